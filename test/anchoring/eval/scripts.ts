/**
 * Edit scripts: each turns an article into an (old, new) version pair whose outcome for every
 * sentence is known by construction. The scripts are what newsrooms do to a story during a day:
 * correct a figure, reword a sentence, fix typos, cut or replace a sentence, move or add a
 * paragraph, write a new top paragraph, add a live-blog entry, normalise house style (whitespace
 * and quotes), or several of these at once. Every script is seeded by the article and its name.
 */
import type { ClaimSpan } from "@/lib/anchoring";
import { mulberry32 } from "@/lib/prng";
import { hash, type Article, type Language } from "./corpus";

type Rand = () => number;
export type Outcome = "kept" | "moved" | "changed" | "orphaned";
export type Truth = { outcome: Outcome; start?: number; end?: number };

type Unit = { key: string; text: string; alt?: string; lineBreak: boolean };
type Layout = { paragraphGap: string; sentenceGap: string; lineBreak: string; trailing: string; nbsp: boolean };
type Version = { paragraphs: Unit[][]; layout: Layout };

export type VersionPair = {
  article: string;
  language: Language;
  script: string;
  oldBody: string;
  newBody: string;
  claims: ClaimSpan<string>[];
  /** Parallel to claims. */
  truth: Truth[];
  /** Sentences of the new body that are new (inserted units). */
  added: { start: number; end: number; text: string }[];
};

const PLAIN: Layout = { paragraphGap: "\n\n", sentenceGap: " ", lineBreak: "\n", trailing: "", nbsp: false };
// What a CMS paste or an old template leaves behind: CRLF, extra blank lines, two spaces after a
// full stop, trailing spaces, non-breaking spaces after numbers.
const MESSY: Layout = { paragraphGap: "\r\n\r\n\r\n", sentenceGap: "  ", lineBreak: " \r\n", trailing: "  ", nbsp: true };

export function render(v: Version): { body: string; spans: Map<string, { start: number; end: number; text: string }> } {
  let body = "";
  const spans = new Map<string, { start: number; end: number; text: string }>();
  v.paragraphs.forEach((p, pi) => {
    if (pi > 0) body += v.layout.trailing + v.layout.paragraphGap;
    p.forEach((u, ui) => {
      if (ui > 0) body += p[ui - 1].lineBreak ? v.layout.lineBreak : v.layout.sentenceGap;
      const text = v.layout.nbsp ? u.text.replace(/(\d) (?=\p{L})/gu, "$1\u00a0") : u.text;
      spans.set(u.key, { start: body.length, end: body.length + text.length, text });
      body += text;
    });
  });
  return { body, spans };
}

const TIME_LINE = /^\d{1,2}[:.]\d{2}$/;

type Ctx = { r: Rand; article: Article; old: Version; next: Version; edited: Set<string>; extras: string[]; fresh: () => string };

const pick = <T>(r: Rand, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(r() * xs.length)] : undefined);

/** Index of the first body paragraph: after the headline, a byline, and a live blog's standfirst. */
function firstBody(a: Article, v: Version): number {
  let i = 1;
  if (/^(By|Por) /.test(v.paragraphs[i]?.[0]?.text ?? "")) i++;
  if (a.style === "live") i++;
  return Math.min(i, v.paragraphs.length);
}

/** Sentences of body paragraphs that no earlier edit has touched (time lines excluded). */
function bodyUnits(c: Ctx, v: Version, accept: (u: Unit) => boolean = () => true): Unit[] {
  return v.paragraphs.slice(firstBody(c.article, v)).flat().filter((u) => !TIME_LINE.test(u.text) && !c.edited.has(u.key) && accept(u));
}

function figure(c: Ctx): void {
  const u = pick(c.r, bodyUnits(c, c.next, (x) => /\d/.test(x.text)));
  if (!u) return;
  const digits = [...u.text.matchAll(/\d/g)].map((m) => m.index!);
  const at = pick(c.r, digits)!;
  const d = (Number(u.text[at]) + 1 + Math.floor(c.r() * 8)) % 10;
  u.text = u.text.slice(0, at) + d + u.text.slice(at + 1);
  c.edited.add(u.key);
}

function reword(c: Ctx): void {
  const u = pick(c.r, bodyUnits(c, c.next, (x) => x.alt !== undefined));
  if (!u) return;
  u.text = u.alt!;
  c.edited.add(u.key);
}

/** The old version had a typo that the new one fixes. */
function typo(c: Ctx): void {
  const u = pick(c.r, bodyUnits(c, c.old, (x) => /\p{L}{5,}/u.test(x.text)));
  if (!u) return;
  const words = [...u.text.matchAll(/\p{L}{5,}/gu)];
  const w = pick(c.r, words)!;
  const i = w.index! + 1 + Math.floor(c.r() * (w[0].length - 2));
  const s = u.text;
  const kind = Math.floor(c.r() * 3);
  if (kind === 0) u.text = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // swapped letters
  else if (kind === 1) u.text = s.slice(0, i) + s.slice(i + 1); // dropped letter
  else u.text = s.slice(0, i) + s[i] + s.slice(i); // doubled letter
  if (u.text !== s) c.edited.add(u.key);
}

function removeUnit(v: Version, key: string, replacement?: Unit): void {
  for (const p of v.paragraphs) {
    const i = p.findIndex((u) => u.key === key);
    if (i < 0) continue;
    if (replacement) p.splice(i, 1, { ...replacement, lineBreak: p[i].lineBreak });
    else {
      if (i > 0 && i === p.length - 1) p[i - 1].lineBreak = false;
      p.splice(i, 1);
    }
  }
  v.paragraphs = v.paragraphs.filter((p) => p.length > 0);
}

const sentencesIn = (p: Unit[]) => p.filter((u) => !TIME_LINE.test(u.text)).length;

function deleteSentence(c: Ctx): void {
  const keys = new Set(c.next.paragraphs.filter((p) => sentencesIn(p) >= 2).flat().map((u) => u.key));
  const u = pick(c.r, bodyUnits(c, c.next, (x) => keys.has(x.key)));
  if (u) removeUnit(c.next, u.key);
}

function extraUnit(c: Ctx): Unit | undefined {
  const text = c.extras.shift();
  return text === undefined ? undefined : { key: c.fresh(), text, lineBreak: false };
}

function replaceSentence(c: Ctx): void {
  const u = pick(c.r, bodyUnits(c, c.next));
  const x = extraUnit(c);
  if (u && x) removeUnit(c.next, u.key, x);
}

function movedParagraph(c: Ctx): void {
  const from0 = firstBody(c.article, c.next);
  const n = c.next.paragraphs.length;
  if (n - from0 < 2) return;
  const from = from0 + Math.floor(c.r() * (n - from0));
  const [p] = c.next.paragraphs.splice(from, 1);
  let to = from0 + Math.floor(c.r() * (n - from0 - 1));
  if (to >= from) to++;
  c.next.paragraphs.splice(Math.min(to, c.next.paragraphs.length), 0, p);
}

/** A new paragraph of one or two extra sentences; a live blog gets a timed entry. */
function newParagraph(c: Ctx): Unit[] {
  const units: Unit[] = [];
  if (c.article.style === "live") units.push({ key: c.fresh(), text: `${11 + Math.floor(c.r() * 8)}:${String(Math.floor(c.r() * 60)).padStart(2, "0")}`, lineBreak: true });
  for (let i = 0, n = 1 + Math.floor(c.r() * 2); i < n; i++) {
    const x = extraUnit(c);
    if (x) units.push(x);
  }
  return units.some((u) => !TIME_LINE.test(u.text)) ? units : [];
}

function insertParagraph(c: Ctx): void {
  const from = firstBody(c.article, c.next);
  const p = newParagraph(c);
  if (p.length) c.next.paragraphs.splice(from + 1 + Math.floor(c.r() * (c.next.paragraphs.length - from)), 0, p);
}

/** A new top paragraph (a new lede, or the newest live-blog entry) right after the headline block. */
function topParagraph(c: Ctx): void {
  const p = newParagraph(c);
  if (p.length) c.next.paragraphs.splice(firstBody(c.article, c.next), 0, p);
}

function append(c: Ctx): void {
  const p = newParagraph(c);
  if (p.length) c.next.paragraphs.push(p);
}

/** Straight quotes become typographic ones or the other way round; «» become “”; dashes swap. */
function convertQuotes(text: string): string {
  if (/["']/.test(text)) {
    return text.replace(/"([^"]*)"/g, "“$1”").replace(/(^|[\s(])'/g, "$1‘").replace(/'/g, "’").replace(/ - /g, " — ");
  }
  return text.replace(/[“”«»]/g, '"').replace(/[‘’]/g, "'").replace(/—/g, "-").replace(/–/g, "-");
}

function quotes(c: Ctx): void {
  for (const u of c.next.paragraphs.flat()) u.text = convertQuotes(u.text);
}

function houseStyle(c: Ctx): void {
  c.old.layout = MESSY;
  quotes(c);
}

const either = (...ops: ((c: Ctx) => void)[]) => (c: Ctx) => ops[Math.floor(c.r() * ops.length)](c);
const maybe = (op: (c: Ctx) => void) => (c: Ctx) => (c.r() < 0.5 ? op(c) : undefined);

export const SCRIPTS: { name: string; ops: ((c: Ctx) => void)[] }[] = [
  { name: "figure", ops: [figure, maybe(figure)] },
  { name: "reword", ops: [reword, maybe(reword)] },
  { name: "typo", ops: [typo, maybe(typo), maybe(typo)] },
  { name: "delete", ops: [deleteSentence, maybe(deleteSentence)] },
  { name: "replace", ops: [replaceSentence] },
  { name: "move", ops: [movedParagraph] },
  { name: "insert", ops: [insertParagraph] },
  { name: "top", ops: [topParagraph] },
  { name: "append", ops: [append] },
  { name: "house-style", ops: [houseStyle] },
  { name: "update", ops: [figure, either(reword, deleteSentence, replaceSentence), movedParagraph, topParagraph, quotes] },
];

function versionOf(a: Article): Version {
  let n = 0;
  const paragraphs = a.paragraphs.map((p) => p.map((s) => ({ key: `s${n++}`, text: s.text, alt: s.alt, lineBreak: s.lineBreak })));
  return { paragraphs, layout: PLAIN };
}

export function versionPair(article: Article, script: (typeof SCRIPTS)[number]): VersionPair {
  const r = mulberry32(hash(`${article.id}:${script.name}`));
  const old = versionOf(article);
  const next: Version = structuredClone(old);
  const extras = [...article.extras].sort(() => r() - 0.5);
  let fresh = 0;
  const c: Ctx = { r, article, old, next, edited: new Set(), extras, fresh: () => `x${fresh++}` };
  for (const op of script.ops) op(c);
  const before = render(old);
  const after = render(next);
  const claims: ClaimSpan<string>[] = old.paragraphs.flat().map((u) => ({ id: u.key, ...before.spans.get(u.key)! }));
  const truth = claims.map((cl): Truth => {
    const now = after.spans.get(cl.id);
    if (!now) return { outcome: "orphaned" };
    if (c.edited.has(cl.id)) return { outcome: "changed", start: now.start, end: now.end };
    return { outcome: now.start === cl.start && now.end === cl.end ? "kept" : "moved", start: now.start, end: now.end };
  });
  const oldKeys = new Set(claims.map((cl) => cl.id));
  const added = next.paragraphs.flat().filter((u) => !oldKeys.has(u.key)).map((u) => after.spans.get(u.key)!);
  return { article: article.id, language: article.language, script: script.name, oldBody: before.body, newBody: after.body, claims, truth, added };
}

export function versionPairs(articles: Article[]): VersionPair[] {
  return articles.flatMap((a) => SCRIPTS.map((s) => versionPair(a, s)));
}
