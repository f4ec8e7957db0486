import { formatLimit, LIMITS } from "./vocabulary";

/**
 * The one size limit for an article, whichever way it comes in (pasted, uploaded, fetched, JSON
 * API): its text may hold up to LIMITS.articleBodyChars characters, and an uploaded file may be up
 * to LIMITS.uploadBytes (markup included). The forms check both in the browser before sending,
 * so a too-large article is refused with the text still in the box; the server checks again.
 */
export const ARTICLE_SIZE_HINT = `Up to ${formatLimit(LIMITS.articleBodyChars)} characters of text.`;
export const UPLOAD_SIZE_HINT = `Up to ${formatMegabytes(LIMITS.uploadBytes)}.`;

/** Megabytes with one decimal, rounded up: a file just over the limit never reads as equal to it. */
function formatMegabytes(bytes: number): string {
  return `${formatLimit(Math.ceil(bytes / 100_000) / 10)} MB`;
}

/** Why a pasted text cannot be sent, or null when it can. */
export function articleTextProblem(text: string): string | null {
  if (text.length > LIMITS.articleBodyChars) {
    return `The text is ${formatLimit(text.length)} characters long; an article can have up to ${formatLimit(LIMITS.articleBodyChars)}. Nothing was sent, and your text is still here: split it into parts.`;
  }
  return null;
}

/** Why a chosen file cannot be sent, or null when it can. */
export function uploadProblem(file: { size: number; name: string } | null | undefined): string | null {
  if (!file || (file.size === 0 && file.name === "")) return "Choose a file to upload.";
  if (file.size > LIMITS.uploadBytes) {
    return `“${file.name}” is ${formatMegabytes(file.size)}; a file can be up to ${formatMegabytes(LIMITS.uploadBytes)}. Nothing was sent.`;
  }
  return null;
}
