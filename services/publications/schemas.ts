import { z } from "zod";
import { LIMITS } from "@/lib/vocabulary";

/** Publication input, parsed at the edge: field names as the API has them. */
export const publishSchema = z.object({
  note: z.string("note must be text.").max(LIMITS.noteChars, `note is too long (${LIMITS.noteChars} characters at most).`).default(""),
});

export const withdrawSchema = z.object({
  reason: z.string("reason is required.").trim().min(1, "Say why the report is withdrawn: readers will see the reason.").max(LIMITS.noteChars, `reason is too long (${LIMITS.noteChars} characters at most).`),
});
