import { AppError } from "../errors";
import { BIDI_CONTROLS } from "../text-policy";
import { LIMITS } from "../vocabulary";

const MAX_BODY_CHARS = LIMITS.articleBodyChars;

/**
 * Normalises pasted or extracted text to what is stored: LF line ends, no trailing spaces
 * on lines, no runs of more than one blank line, no bidi override characters (which would make
 * highlighted text display out of order). Offsets are computed on this form.
 */
export function normalizeBody(text: string): string {
  return text
    .replace(BIDI_CONTROLS, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\t ]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** True when the text holds NUL or many other control characters: a binary file. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

export function assertUsableBody(text: string): string {
  if (text.length > MAX_BODY_CHARS) {
    throw new AppError("too_large", `The article is too long: ${text.length.toLocaleString("en")} characters, the limit is ${MAX_BODY_CHARS.toLocaleString("en")}.`);
  }
  if (looksBinary(text)) throw new AppError("bad_request", "That looks like a binary file, not article text.");
  const body = normalizeBody(text);
  if (!body) throw new AppError("bad_request", "The article text is empty.");
  return body;
}

/** Strict UTF-8 decoding: invalid byte sequences mean the upload is not a text file. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new AppError("bad_request", "The file is not valid UTF-8 text. Save it as UTF-8 and try again.");
  }
}
