/**
 * Span rules for split editing: offsets are UTF-16 code units into the article body, never cut a
 * character in two, and spans are trimmed of surrounding whitespace and widened to whole words. Each broken rule is a 400
 * with the message the editor sees.
 */
import { AppError } from "@/lib/errors";
import { widenToWords } from "@/lib/word-bounds";

export type Span = { start: number; end: number };

export function assertId(value: unknown, what: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError("bad_request", `A valid ${what} is required.`);
  }
}

export function assertVersion(value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new AppError("bad_request", "The claim version you saw is required (a positive integer).");
  }
}

/** True when `offset` would cut a surrogate pair (an emoji, say) in half. */
function splitsSurrogatePair(body: string, offset: number): boolean {
  if (offset <= 0 || offset >= body.length) return false;
  const before = body.charCodeAt(offset - 1);
  const after = body.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

export function assertOffset(body: string, value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new AppError("bad_request", `The ${name} offset must be a whole number.`);
  }
  if (value < 0 || value > body.length) {
    throw new AppError("bad_request", `The ${name} offset is outside the article (0 to ${body.length}).`);
  }
  if (splitsSurrogatePair(body, value)) {
    throw new AppError("bad_request", `The ${name} offset falls inside a character; choose another point.`);
  }
}

/** Validates [start, end) against the body, trims surrounding whitespace and widens it to whole words; the result is non-empty. */
export function trimmedSpan(body: string, start: unknown, end: unknown): Span {
  assertOffset(body, start, "start");
  assertOffset(body, end, "end");
  if (end <= start) throw new AppError("bad_request", "The end of the span must come after its start.");
  const raw = body.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) throw new AppError("bad_request", "The span is empty: select some text, not just spaces.");
  return widenToWords(body, { start: start + lead, end: start + lead + trimmed.length });
}

export function overlapsSpan(claim: Span, span: Span): boolean {
  return claim.start < span.end && claim.end > span.start;
}

export function describeOverlap(claim: { id: number; start: number; end: number; text: string }): OverlappingClaim {
  return { id: claim.id, start: claim.start, end: claim.end, text: claim.text };
}

export function quoteForMessage(text: string): string {
  return text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`;
}


/** A live claim that blocks a span edit, as sent in the 400's details.overlaps. */
export type OverlappingClaim = { id: number; start: number; end: number; text: string };
