import type { Db } from "@/db/connection";
import { findVersion, listOrphans, listVersions, versionChanges, type VersionSummary } from "@/db/versions";
import type { Article } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { diffSize, wordDiff, type DiffRun } from "@/lib/text-diff";
import { requireCapability, type Actor } from "../actor";
import { requireArticle } from "../articles/read";

export type VersionEntry = VersionSummary & {
  /** What this version did to the claims: ids by outcome. */
  touched: { moved: number[]; changed: number[]; orphaned: number[]; added: number[]; restored: number[] };
};

const OUTCOME: Record<string, keyof VersionEntry["touched"]> = { moved: "moved", text_changed: "changed", orphaned: "orphaned", created: "added", restored: "restored" };

/** Every version of an article, newest last, each with the claims its change touched. */
export async function getVersionHistory(db: Db, actor: Actor, input: { articleId: number }): Promise<{ article: Article; versions: VersionEntry[] }> {
  requireCapability(actor, "article:read");
  const article = requireArticle(db, input.articleId);
  const changes = versionChanges(db, article.id);
  const versions = listVersions(db, article.id).map((v) => {
    const touched: VersionEntry["touched"] = { moved: [], changed: [], orphaned: [], added: [], restored: [] };
    for (const c of changes) if (c.version === v.version && OUTCOME[c.kind]) touched[OUTCOME[c.kind]].push(c.claimId);
    return { ...v, touched };
  });
  return { article, versions };
}

export type VersionComparison = { from: number; to: number; runs: DiffRun[]; added: number; removed: number };

/** A readable word-level diff between two versions of an article (context shortened). */
export async function compareVersions(db: Db, actor: Actor, input: { articleId: number; from: number; to: number }): Promise<VersionComparison> {
  requireCapability(actor, "article:read");
  const article = requireArticle(db, input.articleId);
  const from = findVersion(db, article.id, input.from);
  const to = findVersion(db, article.id, input.to);
  if (!from || !to) throw new AppError("not_found", `This article has versions 1 to ${article.version}.`);
  const runs = wordDiff(from.body, to.body, 120);
  return { from: from.version, to: to.version, runs, ...diffSize(runs) };
}

/** Claims retired because their sentence is gone from a newer version (restorable by hand). */
export async function getOrphans(db: Db, actor: Actor, input: { articleId: number }) {
  requireCapability(actor, "article:read");
  return listOrphans(db, input.articleId);
}
