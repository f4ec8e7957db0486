/**
 * Cue classes: groups of words and phrases with one meaning for check-worthiness (a reporting verb,
 * a non-answer, a plan, a feeling...). The lists are in lexicon-en.ts and lexicon-es.ts; each class
 * becomes a model feature and, when it moves a score, a plain-English reason ("a non-answer
 * (declined to)"). Classes carry meaning, not topics, so they transfer to articles the corpus never
 * saw; the n-gram features learn the rest.
 */

export const CUE_CLASSES = [
  "report", // said, told, according to: a named source speaks
  "reportView", // argued, called, described, criticised: a source gives a view
  "future", // will, going to, va a
  "plan", // plans to, is scheduled, intends, tiene previsto
  "predict", // expects, forecast, likely, se espera
  "modal", // could, may, might, would, podría
  "conditional", // if, unless, si
  "nonAnswer", // declined to say, did not respond, no quiso
  "review", // would review, will study, revisará
  "procedural", // adjourned, recess, live coverage, cuarto intermedio
  "deontic", // should, must, ought to, debería, hay que: what ought to be, not what is
  "opinion", // too far, brave, disgrace, vergüenza
  "feeling", // heartbroken, proud, felices
  "firstPerson", // I, we, my, yo, nosotros
  "secondPerson", // you, your, usted
  "private", // family and private life: wife, grew up, lives in, mi madre
  "promo", // read, subscribe, sign up, suscríbete (at the start)
  "comparison", // more than, higher, fewer, mayor que
  "record", // first, only, record, highest, por primera vez
  "causal", // because, caused by, due to, se debió
  "law", // law, constitution, requires, prohíbe
  "negation", // not, never, no, nunca
  "vague", // some, many, several, algunos
  "mood", // divided, tense, silent, tensión
  "numberWord", // two, dozen, dos, docena
  "magnitude", // million, billion, percent, millones
  "dateWord", // Tuesday, March, martes, marzo
  "pastTime", // last year, ago, yesterday, el año pasado
  "futureTime", // next week, tomorrow, la próxima semana
  "question", // who, why, how, qué, por qué (at the start)
  "boilerplate", // forward-looking statements, media contact, about the company
] as const;

export type CueClass = (typeof CUE_CLASSES)[number];

if (CUE_CLASSES.length > 31) throw new Error("cue classes must fit in 31 bits");

export const CUE_BIT: Record<CueClass, number> = Object.fromEntries(CUE_CLASSES.map((c, i) => [c, 1 << i])) as Record<
  CueClass,
  number
>;

/** Classes that only count at the start of a sentence (after quotes and dashes). */
export const INITIAL_ONLY: ReadonlySet<CueClass> = new Set(["promo", "question"]);

export type CueSpec = Partial<Record<CueClass, string>>;

/** Single words map to class bits; phrases are indexed by their first word and matched on. */
export type CueLexicon = {
  words: Map<string, number>;
  phrases: Map<string, Array<{ rest: string[]; bits: number }>>;
};

/** Normalised form used for lookups: lower case, curly apostrophes straight. */
export function normaliseWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.indexOf("’") < 0 ? lower : lower.replace(/’/g, "'");
}

export function buildLexicon(spec: CueSpec): CueLexicon {
  const words = new Map<string, number>();
  const phrases = new Map<string, Array<{ rest: string[]; bits: number }>>();
  for (const cls of CUE_CLASSES) {
    const list = spec[cls];
    if (!list) continue;
    for (const raw of list.split("|")) {
      const entry = normaliseWord(raw.trim());
      if (!entry) continue;
      const parts = entry.split(/\s+/);
      if (parts.length === 1) {
        words.set(entry, (words.get(entry) ?? 0) | CUE_BIT[cls]);
      } else {
        const [first, ...rest] = parts;
        const bucket = phrases.get(first) ?? [];
        bucket.push({ rest, bits: CUE_BIT[cls] });
        phrases.set(first, bucket);
      }
    }
  }
  return { words, phrases };
}
