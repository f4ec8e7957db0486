import type { Db } from "@/db/connection";
import { insertArticle } from "@/db/articles";
import { insertClaim } from "@/db/claims";
import { writeTransaction, type Tx } from "@/db/transaction";
import type { FetchOptions, PreparedArticle } from "@/lib/import";
import { AppError } from "@/lib/errors";
import { splitIntoClaims, type ClaimDraft } from "@/lib/splitter";
import { formatLimit, LIMITS, type VersionSource } from "@/lib/vocabulary";
import { insertVersion } from "@/db/versions";
import { quoteContext } from "../claims/anchor";
import { requireCapability, type Actor } from "../actor";
import { activeModel } from "../checkworthiness/active";
import { matchArticle, startMatching } from "../matches/runner";
import { prepareSource, type ArticleSource } from "./sources";

export type ImportOptions = {
  /**
   * "background" (the app): matching runs after the answer, in slices, with progress on the
   * article; "wait" (the CLI, tests): the promise resolves once every claim is matched.
   */
  matching?: "background" | "wait";
  fetch?: FetchOptions;
  now?: Date;
};

export type ImportResult = { id: number; claims: number };

const VERSION_SOURCE_OF: Record<ArticleSource["kind"], VersionSource> = { text: "paste", file: "upload", url: "url" };

/**
 * The import pipeline: prepare (read, validate, normalise) → split into claims, scored by the
 * check-worthiness model in use (each claim keeps its version) → store the article
 * and its claims, each with its `created` event, in one transaction → match the claims against
 * earlier ones, outside that transaction.
 */
export async function importArticle(db: Db, actor: Actor, source: ArticleSource, options: ImportOptions = {}): Promise<ImportResult> {
  requireCapability(actor, "article:import");
  const article = await prepareSource(source, options.fetch);
  const scorer = activeModel(db);
  const drafts = splitIntoClaims(article.body, { language: article.language, model: scorer.model });
  if (drafts.length > LIMITS.claimsPerArticle) {
    throw new AppError(
      "too_large",
      `This article has ${formatLimit(drafts.length)} sentences; ClaimDesk takes at most ${formatLimit(LIMITS.claimsPerArticle)} per article. Split it into parts and import each one.`,
    );
  }
  const created = writeTransaction(db, (tx) => storeDrafts(tx, actor.id, article, { drafts, modelVersion: scorer.version }, options.now ?? new Date(), VERSION_SOURCE_OF[source.kind]));
  if (options.matching === "wait") await matchArticle(db, created.id);
  else startMatching(db, created.id);
  return created;
}

/** Split → store, in the caller's transaction: each claim with its `created` event, scored by the model in use. */
export function storeSplitArticle(tx: Tx, actorId: number, article: PreparedArticle, now: Date, source: VersionSource = "import"): ImportResult {
  const scorer = activeModel(tx);
  const drafts = splitIntoClaims(article.body, { language: article.language, model: scorer.model });
  return storeDrafts(tx, actorId, article, { drafts, modelVersion: scorer.version }, now, source);
}

type Scored = { drafts: ClaimDraft[]; modelVersion: string };

function storeDrafts(tx: Tx, actorId: number, article: PreparedArticle, { drafts, modelVersion }: Scored, now: Date, source: VersionSource): ImportResult {
  const articleId = insertArticle(tx, article, actorId, now);
  insertVersion(tx, { articleId, version: 1, title: article.title, body: article.body, source, sourceUrl: article.sourceUrl, createdBy: actorId, at: now });
  for (const draft of drafts) {
    insertClaim(
      tx,
      {
        articleId,
        start: draft.start,
        end: draft.end,
        text: draft.text,
        score: draft.score,
        checkworthy: draft.checkworthy,
        reasons: draft.reasons,
        modelVersion,
        ...quoteContext(article.body, draft.start, draft.end),
      },
      { actorId, at: now, payload: { start: draft.start, end: draft.end } },
    );
  }
  return { id: articleId, claims: drafts.length };
}
