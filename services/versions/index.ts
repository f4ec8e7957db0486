import { applyClaimChange, insertClaim, listLiveClaims } from "@/db/claims";
import type { Db } from "@/db/connection";
import type { Article, Claim } from "@/db/schema";
import type { Tx } from "@/db/transaction";
import { advanceArticle, insertVersion } from "@/db/versions";
import { reanchor, type Placement } from "@/lib/anchoring";
import { AppError } from "@/lib/errors";
import { assertUsableBody, fetchArticle, textFromUpload } from "@/lib/import";
import { scoreSentence } from "@/lib/splitter";
import { formatLimit, LIMITS, type VersionSource } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { requireArticle } from "../articles/read";
import { defaultFetchOptions } from "../articles/sources";
import { quoteContext } from "../claims/anchor";
import { activeModel } from "../checkworthiness/active";
import { claimWrite } from "../claims/write";
import { startMatching } from "../matches/runner";

export * from "./schemas";
export * from "./review";
export * from "./history";

/** Where the new text comes from. */
export type VersionSource_ =
  | { kind: "text"; body: string; title?: string | null }
  | { kind: "file"; name: string; bytes: Uint8Array }
  | { kind: "url"; url: string | null };

export type VersionResult = {
  version: number;
  /** True when the text was the same as the newest version's: no version was added. */
  unchanged: boolean;
  kept: number[];
  moved: number[];
  changed: number[];
  orphaned: number[];
  added: number[];
};

type NewText = { body: string; title: string; source: VersionSource; sourceUrl: string | null };

async function readNewText(article: Article, source: VersionSource_): Promise<NewText> {
  if (source.kind === "text") return { body: assertUsableBody(source.body), title: source.title?.trim() || article.title, source: "paste", sourceUrl: null };
  if (source.kind === "file") {
    const file = textFromUpload(source.name, source.bytes);
    return { body: assertUsableBody(file.body), title: file.title || article.title, source: "upload", sourceUrl: null };
  }
  const url = source.url ?? article.sourceUrl;
  if (!url) throw new AppError("bad_request", "This article has no source URL to fetch again; paste or upload the new text instead.");
  const page = await fetchArticle(url, defaultFetchOptions());
  return { body: assertUsableBody(page.body), title: page.title || article.title, source: "url", sourceUrl: page.url };
}

/**
 * A new version of an article: its text is kept beside every earlier one, and each live claim is
 * re-anchored into it (lib/anchoring): kept, moved, changed (its text becomes the new sentence and,
 * if it had a verdict, it needs a recheck) or orphaned (retired, restorable by hand); new sentences
 * become new claims, scored and then matched like any import. One transaction for all of it.
 */
export async function addArticleVersion(db: Db, actor: Actor, input: { articleId: number; source: VersionSource_ }): Promise<VersionResult> {
  requireCapability(actor, "article:import");
  const article = requireArticle(db, input.articleId);
  const next = await readNewText(article, input.source);
  const live = listLiveClaims(db, article.id);
  if (next.body === article.body && next.title === article.title) {
    return { version: article.version, unchanged: true, kept: live.map((c) => c.id), moved: [], changed: [], orphaned: [], added: [] };
  }
  const { placements, added } = reanchor(article.body, next.body, live.map((c) => ({ id: c.id, start: c.start, end: c.end, text: c.text })));
  const kept = live.length - placements.filter((p) => p.status === "orphaned").length;
  if (kept + added.length > LIMITS.claimsPerArticle) {
    throw new AppError("too_large", `The new version would have ${formatLimit(kept + added.length)} claims; ClaimDesk takes at most ${formatLimit(LIMITS.claimsPerArticle)} per article.`);
  }
  const version = article.version + 1;
  const byId = new Map(live.map((c) => [c.id, c]));
  const scorer = activeModel(db); // the model in use scores new and changed sentences
  const result = claimWrite(db, (tx) => {
    if (!advanceArticle(tx, article.id, article.version, { version, body: next.body, title: next.title })) {
      throw new AppError("conflict", "Someone added another version of this article meanwhile. Reload it and try again.");
    }
    insertVersion(tx, { articleId: article.id, version, ...next, createdBy: actor.id, at: new Date() });
    const out: VersionResult = { version, unchanged: false, kept: [], moved: [], changed: [], orphaned: [], added: [] };
    const now = new Date();
    for (const placement of placements) applyPlacement(tx, actor, next.body, byId.get(placement.id)!, placement, version, now, out);
    for (const sentence of added) {
      const scored = scoreSentence(sentence.text, { language: article.language, model: scorer.model });
      const id = insertClaim(
        tx,
        { articleId: article.id, start: sentence.start, end: sentence.end, text: sentence.text, ...scored, modelVersion: scorer.version, ...quoteContext(next.body, sentence.start, sentence.end) },
        { actorId: actor.id, at: now, payload: { start: sentence.start, end: sentence.end, articleVersion: version } },
      );
      out.added.push(id);
    }
    return out;
  });
  startMatching(db, article.id);
  return result;
}

function applyPlacement(tx: Tx, actor: Actor, body: string, claim: Claim, p: Placement<number>, articleVersion: number, at: Date, out: VersionResult): void {
  const span = (start: number, end: number) => ({ start, end, ...quoteContext(body, start, end) });
  if (p.status === "orphaned") {
    applyClaimChange(tx, claim, { deletedAt: at, orphanedAt: at }, {
      actorId: actor.id,
      at,
      kind: "orphaned",
      fromStatus: claim.status,
      note: claim.text,
      payload: { articleVersion, start: claim.start, end: claim.end, text: claim.text },
    });
    out.orphaned.push(claim.id);
  } else if (p.status === "changed") {
    const scorer = activeModel(tx);
    const scored = scoreSentence(p.text, { model: scorer.model });
    applyClaimChange(
      tx,
      claim,
      { ...span(p.start, p.end), text: p.text, score: scored.score, reasons: scored.reasons, modelVersion: scorer.version, checkworthy: claim.checkworthy || scored.checkworthy, needsRecheck: claim.status !== "unreviewed" },
      { actorId: actor.id, at, kind: "text_changed", note: p.text, payload: { articleVersion, from: { start: claim.start, end: claim.end, text: claim.text }, to: { start: p.start, end: p.end, text: p.text }, score: p.score } },
    );
    out.changed.push(claim.id);
  } else {
    // The same words (whitespace and quote style do not count): at most a move, never a recheck.
    const moved = p.start !== claim.start || p.end !== claim.end;
    if (moved || p.text !== claim.text) {
      applyClaimChange(tx, claim, { ...span(p.start, p.end), text: p.text }, {
        actorId: actor.id,
        at,
        kind: "moved",
        payload: { articleVersion, from: { start: claim.start, end: claim.end }, to: { start: p.start, end: p.end }, ...(p.text !== claim.text && { restyled: true }) },
      });
    }
    (moved ? out.moved : out.kept).push(claim.id);
  }
}
