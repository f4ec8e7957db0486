import { z } from "zod";
import { AppError } from "./errors";

/**
 * The one policy for text people type into ClaimDesk (titles, bylines, names, notes, comments,
 * evidence, token names). Refused everywhere: C0 control characters such as NUL and ESC, DEL and
 * the C1 controls, and Unicode bidirectional overrides, embeddings and isolates (U+202A–202E,
 * U+2066–2069), which make "gpj.exe" display as "exe.jpg". Line breaks and tabs are allowed only
 * in multi-line fields. Article bodies are normalised instead (lib/import/body.ts strips bidi
 * controls), since pasted text carries them innocently.
 */
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export type TextShape = "single-line" | "multi-line";

/** What is wrong with `text` under the policy, in words ready to follow the field's label; null when nothing. */
export function textProblem(text: string, shape: TextShape): string | null {
  if ((shape === "single-line" ? CONTROL_SINGLE_LINE : CONTROL_MULTI_LINE).test(text)) {
    return shape === "single-line"
      ? "contains control characters or line breaks; type it on one line without them."
      : "contains control characters (such as NUL or ESC); remove them and try again.";
  }
  BIDI_CONTROLS.lastIndex = 0;
  if (BIDI_CONTROLS.test(text)) return "contains invisible text-direction characters (bidi overrides); remove them and try again.";
  return null;
}

/** Trimmed free text, refused with a 400 if it breaks the policy or runs over the limit. */
export function cleanText(value: string | null | undefined, label: string, max: number, shape: TextShape = "multi-line"): string {
  const text = (value ?? "").trim();
  const problem = textProblem(text, shape);
  if (problem) throw new AppError("bad_request", `${label} ${problem}`);
  if (text.length > max) throw new AppError("bad_request", `${label} is too long (${max.toLocaleString("en-US")} characters at most).`);
  return text;
}

/** The same policy as a zod refinement, for schemas at the edge. */
export function policyText<T extends z.ZodType<string | null | undefined>>(schema: T, label: string, shape: TextShape = "single-line") {
  return schema.superRefine((value, ctx) => {
    const problem = typeof value === "string" ? textProblem(value, shape) : null;
    if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
  });
}
