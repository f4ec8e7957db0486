/**
 * ClaimDesk sentence splitter + check-worthiness scorer (initial simple version).
 */
export type ScoreReason = { label: string; weight: number };
export type SentenceSpan = { text: string; start: number; end: number };
export type ClaimDraft = SentenceSpan & { score: number; checkworthy: boolean; reasons: ScoreReason[] };
export type Language = "en" | "es";

export const CHECKWORTHY_THRESHOLD = 0.5;

export function detectLanguage(text: string): Language {
  const es = (text.match(/\b(el|la|los|las|que|de|del|según|por|para|una|con|es|está|fue)\b|[ñáéíóú¿¡]/gi) ?? []).length;
  const en = (text.match(/\b(the|and|of|to|is|was|that|with|for|by|said|are)\b/gi) ?? []).length;
  return es > en ? "es" : "en";
}

export function splitSentences(body: string, _language?: Language): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const line = m[0];
    const base = m.index;
    const seg = /[^.!?]*(?:[.!?]+["”»’')]*|$)/g;
    let s: RegExpExecArray | null;
    while ((s = seg.exec(line)) && s[0].length > 0) {
      const raw = s[0];
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ text, start: base + s.index + lead, end: base + s.index + lead + text.length });
    }
  }
  return out;
}

export function scoreSentence(
  text: string,
  _context?: { language?: Language; isFirstLine?: boolean; lineText?: string },
): { score: number; checkworthy: boolean; reasons: ScoreReason[] } {
  const reasons: ScoreReason[] = [];
  if (/\d/.test(text)) reasons.push({ label: "contains a number", weight: 0.4 });
  if (/\b(said|according to|según|dijo|afirmó)\b/i.test(text)) reasons.push({ label: "attribution", weight: 0.3 });
  const score = Math.max(0, Math.min(1, 0.2 + reasons.reduce((a, r) => a + r.weight, 0)));
  return { score, checkworthy: score >= CHECKWORTHY_THRESHOLD, reasons };
}

export function splitIntoClaims(body: string, options?: { language?: Language }): ClaimDraft[] {
  const language = options?.language ?? detectLanguage(body);
  return splitSentences(body, language).map((s) => ({ ...s, ...scoreSentence(s.text, { language }) }));
}
