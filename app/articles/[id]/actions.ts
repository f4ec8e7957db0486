"use server";

import { z } from "zod";
import { getDb, type Db } from "@/server/db";
import { jsonify } from "@/lib/json";
import { getArticle } from "@/services/articles";
import { assignClaim, readClaimDetail, recordVerdict, requireLiveClaim, resetArticle } from "@/services/claims";
import { confirmVerdict, sendBackVerdict } from "@/services/claims/confirm";
import { assignSchema, claimIdSchema, confirmSchema, resetSchema, sendBackSchema, verdictSchema, versionSchema } from "@/services/claims/schemas";
import { addComment, addEvidence, removeEvidence } from "@/services/evidence";
import { commentSchema, evidenceSchema } from "@/services/evidence/schemas";
import { dismissMatch, findEarlierChecks, listClaimMatches, reuseVerdict } from "@/services/matches";
import { makeClaimFromSelection, mergeWithNext, retireClaim, setCheckworthy, setClaimSpan, splitClaim } from "@/services/spans";
import { addArticleVersion, confirmRecheck, getOrphans, restoreOrphan } from "@/services/versions";
import { formAction, serverAction } from "@/server/action";
import { AppError } from "@/lib/errors";
import { LIMITS } from "@/lib/vocabulary";
import type { Capability } from "@/lib/permissions";
import type { SessionUser } from "@/server/session";
import type { ClaimDetailJson, ClaimMatchesJson, LiveArticleJson, SplitEditResult } from "./_components/types";

/**
 * The review desk's one transport: every read and write of the page is a server action over
 * services. Writes answer with the claim's fresh detail (or, after a split edit, the article's
 * claim list) so the panel redraws without another round trip.
 */

const claimId = claimIdSchema;
const articleId = z.number().int().positive("Unknown article.");
const offset = z.number("Offsets must be numbers.").int("Offsets must be whole numbers.").min(0, "Offsets cannot be negative.");
const version = versionSchema;

function detail(id: number): { ok: true; data: ClaimDetailJson } {
  return { ok: true, data: jsonify(readClaimDetail(getDb(), id)) };
}

/** After a split edit the article's claim list changed: send all of it, plus the claim to show. */
async function splitResult(user: Parameters<typeof getArticle>[1], article: number, selectedId: number): Promise<{ ok: true; data: SplitEditResult }> {
  const { claims } = await getArticle(getDb(), user, { articleId: article });
  return { ok: true, data: { claims: jsonify(claims), selectedId, detail: selectedId ? jsonify(readClaimDetail(getDb(), selectedId)) : null } };
}

const articleOf = (id: number) => requireLiveClaim(getDb(), id).articleId;

/** A write to one claim that answers with that claim's fresh detail, so the panel redraws. */
function claimDetailAction<S extends z.ZodType<{ claimId: number }>>(
  capability: Capability,
  schema: S,
  write: (db: Db, user: SessionUser, input: z.infer<S>) => Promise<unknown>,
) {
  return serverAction(capability, schema, async (input, user) => {
    await write(getDb(), user, input);
    return detail(input.claimId);
  });
}

/** A split edit that leaves one claim to show: answers with the article's new claim list and that claim. */
function splitEditAction<S extends z.ZodType>(
  capability: Capability,
  schema: S,
  edit: (db: Db, user: SessionUser, input: z.infer<S>) => Promise<{ id: number }>,
) {
  return serverAction(capability, schema, async (input, user) => {
    const claim = await edit(getDb(), user, input);
    return splitResult(user, articleOf(claim.id), claim.id);
  });
}

// Reads (polling and the panel)

export const loadLiveArticleAction = serverAction("article:read", z.object({ articleId }), async (input, user): Promise<{ ok: true; data: LiveArticleJson }> => {
  const { article, claims, matching } = await getArticle(getDb(), user, input);
  const orphans = jsonify(await getOrphans(getDb(), user, input));
  return { ok: true, data: { version: article.version, claims: jsonify(claims), matching, orphans, publication: article.publication } };
});

export const loadClaimDetailAction = serverAction("article:read", z.object({ claimId }), (input) => detail(input.claimId));

export const loadMatchesAction = serverAction("article:read", z.object({ claimId }), async (input, user): Promise<{ ok: true; data: ClaimMatchesJson }> => {
  return { ok: true, data: jsonify(await listClaimMatches(getDb(), user, input)) };
});

// Verdicts, assignment, evidence, comments

export const setVerdictAction = claimDetailAction("claim:review", verdictSchema.extend({ claimId }), recordVerdict);

export const confirmVerdictAction = claimDetailAction("claim:confirm", confirmSchema.extend({ claimId }), confirmVerdict);

export const sendBackVerdictAction = claimDetailAction("claim:confirm", sendBackSchema.extend({ claimId }), sendBackVerdict);

export const assignAction = claimDetailAction("claim:assign-self", assignSchema.extend({ claimId }), assignClaim);

export const addEvidenceAction = claimDetailAction("claim:review", evidenceSchema.extend({ claimId }), addEvidence);

export const removeEvidenceAction = claimDetailAction("claim:review", z.object({ claimId, evidenceId: z.number().int().positive() }), removeEvidence);

export const addCommentAction = claimDetailAction("claim:review", commentSchema.extend({ claimId }), addComment);

export const resetArticleAction = serverAction("article:reset", resetSchema.extend({ articleId }), async (input, user) => {
  const count = await resetArticle(getDb(), user, input);
  return { ok: true, message: `${count} claim${count === 1 ? "" : "s"} reset to unreviewed.` };
});

// Claim memory

export const reuseVerdictAction = claimDetailAction("claim:review", z.object({ claimId, sourceClaimId: claimId, version, acknowledgeDifference: z.boolean().optional() }), reuseVerdict);

export const dismissMatchAction = serverAction("claim:review", z.object({ claimId, matchedClaimId: claimId }), async (input, user) => {
  await dismissMatch(getDb(), user, input);
  return { ok: true };
});

export const findEarlierChecksAction = serverAction("claim:review", z.object({ claimId }), async (input, user): Promise<{ ok: true; data: ClaimMatchesJson }> => {
  return { ok: true, data: jsonify(await findEarlierChecks(getDb(), user, input)) };
});

// Split editing

export const mergeWithNextAction = splitEditAction("claim:edit-split", z.object({ claimId, version, keep: z.enum(["first", "second"]).optional() }), async (db, user, input) => (await mergeWithNext(db, user, input)).claim);

export const splitClaimAction = splitEditAction("claim:edit-split", z.object({ claimId, version, at: offset }), async (db, user, input) => (await splitClaim(db, user, input)).claim);

export const setSpanAction = splitEditAction("claim:edit-split", z.object({ claimId, version, start: offset, end: offset }), setClaimSpan);

export const makeClaimAction = serverAction("claim:edit-split", z.object({ articleId, start: offset, end: offset }), async (input, user) => {
  const claim = await makeClaimFromSelection(getDb(), user, input);
  return splitResult(user, input.articleId, claim.id);
});

export const setCheckworthyAction = splitEditAction("claim:edit-split", z.object({ claimId, version, checkworthy: z.boolean() }), setCheckworthy);

export const retireClaimAction = serverAction("claim:edit-split", z.object({ claimId, version }), async (input, user) => {
  const article = articleOf(input.claimId);
  await retireClaim(getDb(), user, input);
  const { claims } = await getArticle(getDb(), user, { articleId: article });
  const next = claims.find((c) => c.checkworthy) ?? claims[0];
  return splitResult(user, article, next?.id ?? 0);
});

// Article versions

const versionForm = z.object({
  articleId: z.coerce.number().int().positive("Unknown article."),
  kind: z.enum(["text", "file", "url"], "Choose where the new version comes from."),
  body: z.string().max(LIMITS.articleBodyChars, "The text is over the size limit.").optional(),
  file: z.instanceof(File).optional(),
  url: z.string().trim().max(LIMITS.urlChars, "The URL is too long.").optional(),
});

/** A new version from the article page: pasted text, an uploaded file, or the source URL fetched again. */
export const addVersionAction = formAction("article:import", versionForm, async (input, user) => {
  const source =
    input.kind === "text"
      ? { kind: "text" as const, body: input.body ?? "" }
      : input.kind === "file"
        ? input.file && (input.file.size > 0 || input.file.name)
          ? { kind: "file" as const, name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) }
          : null
        : { kind: "url" as const, url: input.url || null };
  if (!source) throw new AppError("bad_request", "Choose a file to upload.");
  const result = await addArticleVersion(getDb(), user, { articleId: input.articleId, source });
  const message = result.unchanged
    ? `The text is the same as version ${result.version}; nothing was added.`
    : `Version ${result.version}: ${result.kept.length} claims kept, ${result.moved.length} moved, ${result.changed.length} changed, ${result.orphaned.length} gone, ${result.added.length} new.`;
  return { ok: true as const, message, data: result };
});

export const confirmRecheckAction = claimDetailAction("claim:review", z.object({ claimId, version, note: z.string().max(LIMITS.noteChars).nullish() }), confirmRecheck);

export const restoreOrphanAction = splitEditAction("claim:edit-split", z.object({ claimId, version, start: offset, end: offset }), restoreOrphan);
