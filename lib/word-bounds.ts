/**
 * A span never starts or ends inside a word: an editor who drags from "200,000 jobs we" means the
 * words, and a claim that ends in "we" with "re created." left over reads as an error. Letters and
 * digits make words; a bound between a letter and a hyphen, apostrophe or space is already whole.
 */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(body: string, index: number): boolean {
  return index >= 0 && index < body.length && WORD_CHAR.test(body[index]);
}

/** [start, end) widened outwards to the nearest word bounds (unchanged when already on them). */
export function widenToWords(body: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (isWordChar(body, start - 1) && isWordChar(body, start)) start--;
  while (isWordChar(body, end - 1) && isWordChar(body, end)) end++;
  return { start, end };
}
