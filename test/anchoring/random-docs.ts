/**
 * Seeded random articles and edits, for the property test and the benchmark. A document is a
 * list of paragraphs of sentence units; each edit records which units it touched, so the truth
 * about every sentence is known by construction.
 */
import { splitSentences } from "@/lib/splitter";

export type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const EN = [
  "council", "budget", "million", "voted", "against", "the", "plan", "police", "said", "river", "bridge", "closed",
  "minister", "announced", "rate", "rose", "fell", "percent", "school", "hospital", "workers", "strike", "ended",
  "it's", "don't", '"very good"', '"no"', "'final'", "east-side", "9–5", "—", "4.2%", "74,000", "$3.1", "2024",
  "🎉", "😀", "𝒳", "Monday", "officials", "reported", "new", "cases", "after", "storm", "in", "of", "and",
];
const ES = [
  "el", "la", "Gobierno", "aprobó", "ley", "alquileres", "votos", "Senado", "ministra", "dijo", "año", "inflación",
  "llegó", "subió", "bajó", "por", "ciento", "año", "niños", "escuela", "Bogotá", "México", "según", "también",
  '"nunca"', "«sí»", "3,5 %", "25.000", "2023", "acción", "reunión", "mañana", "después", "huelga", "terminó",
  "🎉", "👍🏽", "de", "en", "y", "con", "más", "que",
];
const STARTERS_EN = ["The", "Officials", "Police", "A", "Workers", "Critics", "Residents", "Nobody", "Everyone"];
const STARTERS_ES = ["El", "La", "Los", "Según", "Nadie", "Todos", "Ayer"];

export type Unit = { id: number; words: string[]; gaps: string[]; open: string; close: string; curly: boolean };
export type Doc = { paragraphs: Unit[][]; sentenceGap: string[][]; paragraphGap: string[] };

export function randomUnit(r: Rand, id: number, words: [number, number] = [3, 13]): Unit {
  const es = r() < 0.4;
  const n = int(r, words[0], words[1]);
  const list = [pick(r, es ? STARTERS_ES : STARTERS_EN)];
  for (let i = 1; i < n; i++) list.push(pick(r, es ? ES : EN));
  const question = r() < 0.15;
  return {
    id, words: list, gaps: list.slice(1).map(() => " "),
    open: question && es ? "¿" : "", close: question ? "?" : r() < 0.1 ? "!" : ".", curly: false,
  };
}

export function renderUnit(u: Unit): string {
  let s = u.open + u.words[0];
  for (let i = 1; i < u.words.length; i++) s += u.gaps[i - 1] + u.words[i];
  s += u.close;
  if (!u.curly) return s;
  return s.replace(/"([^"]*)"/g, "“$1”").replace(/'/g, "’").replace(/«/g, "“").replace(/»/g, "”").replace(/–/g, "-");
}

export type Rendered = { body: string; spans: Map<number, { start: number; end: number; text: string }> };

export function render(doc: Doc): Rendered {
  let body = "";
  const spans = new Map<number, { start: number; end: number; text: string }>();
  doc.paragraphs.forEach((p, pi) => {
    if (pi > 0) body += doc.paragraphGap[pi - 1] ?? "\n\n";
    p.forEach((u, ui) => {
      if (ui > 0) body += doc.sentenceGap[pi]?.[ui - 1] ?? " ";
      const text = renderUnit(u);
      spans.set(u.id, { start: body.length, end: body.length + text.length, text });
      body += text;
    });
  });
  return { body, spans };
}

export type DocShape = {
  paragraphs: [number, number];
  sentences: [number, number];
  words?: [number, number];
  /** Retry until the splitter finds exactly the generated sentences (the tests need the truth per sentence). */
  exact?: boolean;
};

/** A random document of the given shape (paragraphs, sentences per paragraph, words per sentence). */
export function randomDoc(r: Rand, nextId: { n: number }, shape: DocShape): Doc {
  const { paragraphs, sentences, words = [3, 13], exact = true } = shape;
  for (;;) {
    const doc: Doc = { paragraphs: [], sentenceGap: [], paragraphGap: [] };
    const np = int(r, paragraphs[0], paragraphs[1]);
    for (let p = 0; p < np; p++) {
      const units: Unit[] = [];
      const ns = int(r, sentences[0], sentences[1]);
      for (let s = 0; s < ns; s++) {
        // Now and then a sentence repeats an earlier one verbatim (boilerplate, a quote used twice).
        const earlier = doc.paragraphs.flat();
        if (earlier.length > 0 && r() < 0.05) units.push({ ...structuredClone(pick(r, earlier)), id: nextId.n++ });
        else units.push(randomUnit(r, nextId.n++, words));
      }
      doc.paragraphs.push(units);
      doc.sentenceGap.push(units.slice(1).map(() => " "));
      if (p > 0) doc.paragraphGap.push("\n\n");
    }
    if (!exact || splitterAgrees(doc)) return doc;
  }
}

export function splitterAgrees(doc: Doc): boolean {
  const { body, spans } = render(doc);
  const got = splitSentences(body).map((s) => `${s.start}:${s.end}`);
  const want = doc.paragraphs.flat().map((u) => { const s = spans.get(u.id)!; return `${s.start}:${s.end}`; });
  return got.join(",") === want.join(",");
}

export type EditKind =
  | "insertWord" | "deleteWord" | "replaceWord" | "movePara" | "insertPara" | "deletePara"
  | "insertSentence" | "deleteSentence" | "whitespace" | "quotes";
export const EDIT_KINDS: readonly EditKind[] = [
  "insertWord", "deleteWord", "replaceWord", "movePara", "insertPara", "deletePara",
  "insertSentence", "deleteSentence", "whitespace", "quotes",
];

/**
 * Applies one random edit in place. Units whose words change go into `touched`; deleted units
 * simply disappear. Whitespace and quote-style edits touch nothing.
 */
export function applyEdit(r: Rand, doc: Doc, kind: EditKind, touched: Set<number>, nextId: { n: number }): void {
  const paras = doc.paragraphs;
  const units = paras.flat();
  if (units.length === 0) return;
  const pi = Math.floor(r() * paras.length);
  const unit = pick(r, units);
  const vocab = [...EN, ...ES];
  switch (kind) {
    case "insertWord": {
      const at = int(r, 1, unit.words.length);
      unit.words.splice(at, 0, pick(r, vocab));
      unit.gaps.splice(at - 1, 0, " ");
      touched.add(unit.id);
      return;
    }
    case "deleteWord": {
      if (unit.words.length < 3) return;
      const at = int(r, 1, unit.words.length - 1);
      unit.words.splice(at, 1);
      unit.gaps.splice(at - 1, 1);
      touched.add(unit.id);
      return;
    }
    case "replaceWord": {
      const at = int(r, 1, unit.words.length - 1);
      const w = pick(r, vocab);
      if (w === unit.words[at]) return;
      unit.words[at] = w;
      touched.add(unit.id);
      return;
    }
    case "movePara": {
      if (paras.length < 2) return;
      const [p] = paras.splice(pi, 1);
      const [g] = doc.sentenceGap.splice(pi, 1);
      const to = Math.floor(r() * (paras.length + 1));
      paras.splice(to, 0, p);
      doc.sentenceGap.splice(to, 0, g);
      return;
    }
    case "insertPara": {
      const n = int(r, 1, 4);
      const p = Array.from({ length: n }, () => randomUnit(r, nextId.n++));
      const to = Math.floor(r() * (paras.length + 1));
      paras.splice(to, 0, p);
      doc.sentenceGap.splice(to, 0, p.slice(1).map(() => " "));
      doc.paragraphGap.push("\n\n");
      return;
    }
    case "deletePara": {
      if (paras.length < 2) return;
      paras.splice(pi, 1);
      doc.sentenceGap.splice(pi, 1);
      doc.paragraphGap.pop();
      return;
    }
    case "insertSentence": {
      const p = paras[pi];
      const at = Math.floor(r() * (p.length + 1));
      p.splice(at, 0, randomUnit(r, nextId.n++));
      doc.sentenceGap[pi].splice(Math.max(0, at - 1), 0, " ");
      return;
    }
    case "deleteSentence": {
      const p = paras[pi];
      if (p.length < 2) return;
      const at = Math.floor(r() * p.length);
      p.splice(at, 1);
      doc.sentenceGap[pi].splice(Math.max(0, at - 1), 1);
      return;
    }
    case "whitespace": {
      const choice = r();
      if (choice < 0.4 && unit.gaps.length > 0) unit.gaps[Math.floor(r() * unit.gaps.length)] = pick(r, ["  ", "\u00a0", "\t", " \n", "\u2009"]);
      else if (choice < 0.7 && doc.paragraphGap.length > 0) doc.paragraphGap[Math.floor(r() * doc.paragraphGap.length)] = pick(r, ["\n\n\n", "\r\n\r\n", " \n\n", "\n \n", "\n"]);
      else if (doc.sentenceGap[pi].length > 0) doc.sentenceGap[pi][Math.floor(r() * doc.sentenceGap[pi].length)] = pick(r, ["  ", "\n", " \u00a0"]);
      return;
    }
    case "quotes":
      unit.curly = !unit.curly;
      return;
  }
}
