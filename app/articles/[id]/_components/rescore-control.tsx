import { getDb } from "@/server/db";
import type { SessionUser } from "@/server/session";
import { modelVersionForRescore } from "@/services/checkworthiness";
import { RescoreButton } from "./rescore-button";

/** Leads only: rescore the article with the model in use (the page renders this only for them). */
export async function RescoreControl({ articleId, user }: { articleId: number; user: SessionUser }) {
  const modelVersion = await modelVersionForRescore(getDb(), user);
  return <RescoreButton articleId={articleId} modelVersion={modelVersion} />;
}
