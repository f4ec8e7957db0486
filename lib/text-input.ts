import { AppError } from "./errors";

/** C0 control characters other than tab and line breaks, and DEL: never meaningful in prose. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Trimmed free text, refused if it holds control characters or runs over the limit. */
export function cleanText(value: string | null | undefined, label: string, max: number): string {
  const text = (value ?? "").trim();
  if (CONTROL.test(text)) throw new AppError("bad_request", `${label} contains control characters (such as NUL); remove them and try again.`);
  if (text.length > max) throw new AppError("bad_request", `${label} is too long (${max} characters at most).`);
  return text;
}
