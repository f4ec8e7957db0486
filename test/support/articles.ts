import type { Db } from "@/db/connection";
import { writeTransaction } from "@/db/transaction";
import type { Language } from "@/lib/vocabulary";
import type { Actor } from "@/services/actor";
import { storeSplitArticle, type ImportResult } from "@/services/articles/import";
import { articleAsOf } from "@/services/history";
import { matchArticleInTransaction } from "@/services/matches/runner";

/** Anyone who may read: for read-only service calls in tests. */
export const READER: Actor = { id: 1, name: "Reader", role: "editor" };

/**
 * An article split, stored and matched in one synchronous step: the import service's own
 * split → store → match, without the file/URL preparation (tests hand it finished fields).
 */
export function createArticle(
  db: Db,
  input: { title: string; body: string; language: Language; byline?: string | null; sourceUrl?: string | null; publishedAt?: string | null },
  actorId: number,
  now = new Date(),
): ImportResult {
  return writeTransaction(db, (tx) => {
    const created = storeSplitArticle(tx, actorId, { byline: null, sourceUrl: null, publishedAt: null, ...input }, now);
    matchArticleInTransaction(tx, created.id);
    return created;
  });
}

/** Each claim's status at a moment, from the history (the as-of view's rule). */
export async function statusesAsOf(db: Db, articleId: number, moment: Date): Promise<Map<number, string>> {
  const view = await articleAsOf(db, READER, { articleId, moment });
  return new Map((view?.claims ?? []).map((c) => [c.id, c.status]));
}
