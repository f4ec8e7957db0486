import { appendCompanionEvent, applyClaimChange, claimView, currentVerdictNote, expectVersion, findLiveClaim, type ClaimView } from "@/db/claims";
import type { Db } from "@/db/connection";
import { evidenceOfClaims, evidenceRows, insertEvidence } from "@/db/evidence";
import { claimForMatching, dismissMatchRow, findMatch, isScanned, reusedSources, storedMatches } from "@/db/matches";
import { findArticle } from "@/db/articles";
import { writeTransaction, type Tx } from "@/db/transaction";
import { AppError } from "@/lib/errors";
import { compareClaims, wordDiff, type WordDiff } from "@/lib/matching";
import { LIMITS, type ClaimStatus, type Language } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { claimWrite, requireLiveClaim } from "../claims/write";
import { needsConfirmation, readDeskSettings } from "../settings";
import { matchClaim } from "./scoring";

export { matchArticle, matchingProgress, startMatching, type MatchingProgress } from "./runner";
export { MAX_MATCHES, scoreCandidates, type MatchScore } from "./scoring";

export type MatchEvidence = { url: string; title: string; quote: string };

export type ClaimMatchView = {
  claimId: number;
  articleId: number;
  articleTitle: string;
  text: string;
  /** The matched claim's article language: an English claim can match a Spanish one. */
  language: Language;
  status: ClaimStatus;
  similarity: number;
  /** The same claim, by lib/matching's rule at match time (every deciding slot agrees); otherwise related. */
  same: boolean;
  /** Why the two are not the same claim, in words ("different place: Texas / Ohio"); null when none disagrees. */
  reason: string | null;
  /** This claim against the matched one: a word diff (one language) or the slots side by side (two). */
  diff: WordDiff;
  /** The note of the verdict that set the matched claim's current status, if any. */
  note: string | null;
  verdictByName: string | null;
  verdictAt: Date | null;
  /** The verdict still waits for a second reviewer: shown, so a reviewer never takes it for settled. */
  awaitingConfirmation: boolean;
  evidence: MatchEvidence[];
  /** This claim already reused the matched claim's verdict. */
  reused: boolean;
};

export type ClaimMatches = { scanned: boolean; matches: ClaimMatchView[] };

/**
 * The claim's undismissed matches whose claims are still live, best first, with each matched
 * claim's verdict note and evidence. Read-only: a claim the matcher has not looked at yet (still
 * queued, or made before claim memory existed) says so with `scanned: false`.
 */
export async function listClaimMatches(db: Db, actor: Actor, input: { claimId: number }): Promise<ClaimMatches> {
  requireCapability(actor, "article:read");
  const claim = requireLiveClaim(db, input.claimId);
  const language = claimForMatching(db, claim.id)?.language ?? "en";
  const rows = storedMatches(db, claim.id);
  const evidence = evidenceOfClaims(db, rows.map((r) => r.claimId));
  const reused = reusedSources(db, claim.id);
  return {
    scanned: isScanned(db, claim.id),
    matches: rows.map((r) => {
      const diff = wordDiff(claim.text, r.text, { languageA: language, languageB: r.language });
      return {
        ...r,
        reason: diff.reason,
        diff,
        note: r.status === "unreviewed" ? null : currentVerdictNote(db, r.claimId, r.status),
        evidence: evidence.filter((e) => e.claimId === r.claimId).map(({ url, title, quote }) => ({ url, title, quote })),
        reused: reused.has(r.claimId),
      };
    }),
  };
}

/** Looks for earlier checks of one claim now (the explicit action for a claim never matched). */
export async function findEarlierChecks(db: Db, actor: Actor, input: { claimId: number }): Promise<ClaimMatches> {
  requireCapability(actor, "claim:review");
  requireLiveClaim(db, input.claimId);
  writeTransaction(db, (tx) => void matchClaim(tx, input.claimId));
  return listClaimMatches(db, actor, input);
}

/** Hides a match from the claim's "Checked before" list; dismissing twice is harmless. */
export async function dismissMatch(db: Db, actor: Actor, input: { claimId: number; matchedClaimId: number }, now = new Date()): Promise<void> {
  requireCapability(actor, "claim:review");
  writeTransaction(db, (tx) => {
    requireLiveClaim(tx, input.claimId);
    const match = findMatch(tx, input.claimId, input.matchedClaimId);
    if (!match) throw new AppError("not_found", "That claim is not among this claim's matches.");
    if (!match.dismissedAt) dismissMatchRow(tx, match.id, actor.id, now);
  });
}

export type ReuseInput = {
  claimId: number;
  sourceClaimId: number;
  version: number;
  /** Required unless the earlier claim was matched as the same claim: the reviewer read the difference. */
  acknowledgeDifference?: boolean;
};

/**
 * A verdict applies to the same claim only. When the earlier claim was not matched as the same
 * claim (a related match, or none), the reviewer must say they read the difference first.
 */
function requireSameOrAcknowledged(tx: Tx, claim: { id: number; text: string }, source: { id: number; text: string }, acknowledged: boolean): void {
  if (acknowledged) return;
  const match = findMatch(tx, claim.id, source.id);
  if (match?.same) return;
  const languageOf = (id: number) => claimForMatching(tx, id)?.language;
  const why = match ? compareClaims(claim.text, source.text, { languageA: languageOf(claim.id), languageB: languageOf(source.id) }).reason : null;
  throw new AppError(
    "bad_request",
    `${match ? "The earlier claim is related, not the same claim" : "The earlier claim is not among this claim's matches"}${why ? ` (${why})` : ""}. Read the difference and confirm that its verdict applies (acknowledgeDifference: true).`,
  );
}

/**
 * Copies an earlier claim's verdict — status, note and evidence — onto this claim in one
 * transaction and one version bump, if the claim is still at the version the reviewer saw.
 * History: a `reused` event (from → to status, the source note plus where it came from, payload
 * { sourceClaimId, sourceArticleId, evidenceIds }) and an `evidence_added` event per copied item.
 * Evidence whose URL the claim already has is not copied twice.
 */
export async function reuseVerdict(db: Db, actor: Actor, input: ReuseInput, now = new Date()): Promise<ClaimView> {
  requireCapability(actor, "claim:review");
  return claimWrite(db, (tx) => {
    const claim = requireLiveClaim(tx, input.claimId);
    expectVersion(claim, input.version);
    if (input.sourceClaimId === claim.id) throw new AppError("bad_request", "A claim cannot reuse its own verdict.");
    const source = findLiveClaim(tx, input.sourceClaimId);
    if (!source) throw new AppError("not_found", "The earlier claim no longer exists.");
    if (source.status === "unreviewed") throw new AppError("bad_request", "The earlier claim has no verdict to reuse yet.");
    requireSameOrAcknowledged(tx, claim, source, input.acknowledgeDifference === true);
    const sourceTitle = findArticle(tx, source.articleId)?.title ?? `article ${source.articleId}`;

    const origin = `Reused from claim #${source.id} in “${sourceTitle}”.`;
    const sourceNote = currentVerdictNote(tx, source.id, source.status)?.trim() ?? "";
    const room = LIMITS.noteChars - origin.length - 2;
    const note = sourceNote ? `${sourceNote.length > room ? `${sourceNote.slice(0, room - 1)}…` : sourceNote}\n\n${origin}` : origin;

    const have = new Set(evidenceRows(tx, claim.id).map((e) => e.url));
    const toCopy = evidenceRows(tx, source.id).filter((e) => !have.has(e.url) && (have.add(e.url), true));
    const copied = toCopy.map((e) => ({
      from: e,
      row: insertEvidence(tx, { claimId: claim.id, url: e.url, title: e.title, quote: e.quote, addedBy: actor.id, addedAt: now }),
    }));

    applyClaimChange(
      tx,
      claim,
      {
        status: source.status,
        verdictBy: actor.id,
        verdictAt: now,
        firstVerdictAt: claim.firstVerdictAt ?? now,
        needsRecheck: false,
        awaitingConfirmation: needsConfirmation(readDeskSettings(tx).twoPersonRule, source.status),
      },
      {
        actorId: actor.id,
        at: now,
        kind: "reused",
        fromStatus: claim.status,
        toStatus: source.status,
        note,
        payload: { sourceClaimId: source.id, sourceArticleId: source.articleId, evidenceIds: copied.map((c) => c.row.id), acknowledgedDifference: input.acknowledgeDifference === true },
      },
      input.version,
    );
    for (const { from, row } of copied) {
      appendCompanionEvent(tx, {
        claimId: claim.id,
        actorId: actor.id,
        at: now,
        kind: "evidence_added",
        note: from.title || from.url,
        payload: { evidenceId: row.id, url: from.url, title: from.title, quote: from.quote, sourceClaimId: source.id, sourceEvidenceId: from.id },
      });
    }
    return claimView(tx, claim.id);
  });
}
