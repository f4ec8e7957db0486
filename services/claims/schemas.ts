import { z } from "zod";
import { LIMITS, VERDICTS } from "@/lib/vocabulary";

/** Review input, parsed at the edge (JSON API, server actions): field names as the API has them. */
export const claimIdSchema = z.number("Unknown claim.").int("Unknown claim.").positive("Unknown claim.");
export const versionSchema = z.number("version must be the claim version you saw (a number).").int().positive();

export const verdictSchema = z.object({
  status: z.enum(VERDICTS, "status must be supported, disputed or needs_source."),
  note: z
    .string("note must be text.")
    .max(LIMITS.noteChars, `note is too long (${LIMITS.noteChars} characters at most).`)
    .nullish(),
  version: versionSchema,
  /** "needs a source" only: who finds the source, and by when. */
  sourceOwnerId: z.number("sourceOwnerId must be a user id or null.").int().positive().nullish(),
  dueAt: z.string("dueAt must be a date written as YYYY-MM-DD.").max(40, "dueAt must be a date written as YYYY-MM-DD.").nullish(),
});

export const confirmSchema = z.object({ version: versionSchema });

export const sendBackSchema = z.object({
  version: versionSchema,
  note: z.string("note is required.").trim().min(1, "Say why the verdict is sent back: a note is required.").max(LIMITS.noteChars, `note is too long (${LIMITS.noteChars} characters at most).`),
});

export const assignSchema = z.object({
  userId: z.number("userId must be a user id or null.").int().positive().nullable(),
});

export const resetSchema = z.object({
  note: z.string("note is required.").trim().min(1, "Say why the article is being reset: a note is required.").max(LIMITS.noteChars),
});
