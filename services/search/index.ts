import type { Db } from "@/db/connection";
import { PAGE_SIZE, RANK_WINDOW, searchClaims as searchIndex, type SearchResponse, type SearchResult, type SnippetField } from "@/db/search/read";
import type { SearchInput } from "@/lib/search/query";
import { requireCapability, type Actor } from "../actor";

export * from "./schemas";
export { PAGE_SIZE, RANK_WINDOW, type SearchInput, type SearchResponse, type SearchResult, type SnippetField };

/** Every claim ever checked, by its text, its verdict notes and its evidence titles. */
export async function searchClaims(db: Db, actor: Actor, input: SearchInput): Promise<SearchResponse> {
  requireCapability(actor, "claim:search");
  return searchIndex(db, input);
}
