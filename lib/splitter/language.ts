import type { Language } from "./types";

// Lower-case function words only, so names like "El Salvador" or "La Nacion" in English text do
// not count as Spanish.
const ES_WORDS =
  /(?<![\p{L}\p{N}])(?:el|la|los|las|del|que|y|en|por|para|con|una|unos|unas|es|son|se|su|sus|al|lo|como|más|pero|según|fue|este|esta|sobre|entre|también|sin|ha|han|dijo)(?![\p{L}\p{N}])/gu;
const EN_WORDS =
  /(?<![\p{L}\p{N}])(?:the|and|of|to|in|is|was|that|for|on|with|as|by|at|from|it|he|she|are|were|has|have|had|said|will|this|which|but|their|its)(?![\p{L}\p{N}])/gu;
const ES_MARKS = /[ñ¿¡áéíóú]/gu;

/** Only the first SAMPLE characters are inspected (enough for a reliable vote, keeps it O(1)-ish). */
const SAMPLE = 20_000;

/** Heuristic EN/ES detection: stop-word counts plus Spanish-only characters. Ties go to English. */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const es = count(sample, ES_WORDS) + 0.5 * count(sample, ES_MARKS);
  const en = count(sample, EN_WORDS);
  return es > en ? "es" : "en";
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}
