/**
 * Direction lexicon: verbs (and verb-like nouns) that say a quantity went up or down. Claims about
 * statistics are often reworded with a synonym ("rose"/"increased", "cayó"/"descendió") and changed
 * with an antonym ("unemployment rose" vs "unemployment fell"), both of which a purely lexical
 * score gets wrong. analyze() replaces any of these surface forms with a shared marker token, so
 * synonyms of the same direction match each other, and similarity() penalises texts whose only
 * directions disagree.
 *
 * Kept deliberately small and generic (common newswire verbs, listed as normalised surface forms:
 * lowercase, no accents); it is not a general synonym dictionary. Ambiguous words are left out:
 * "up", "higher", "more", "gain", Spanish "ascender" ("ascendió a" = "amounted to").
 * The same mechanism handles approval polarity (approve/aprobar vs reject/veto/rechazar).
 */

export const UP_MARKER = "dir_up";
export const DOWN_MARKER = "dir_down";
/** Approval polarity works the same way: "approved the budget" vs "rejected the budget". */
export const APPROVE_MARKER = "stance_for";
export const REJECT_MARKER = "stance_against";

/** English regular verbs: base form; -s/-ed/-ing forms are generated. */
const EN_UP_REGULAR = ["increase", "climb", "jump", "soar", "surge", "raise", "boost", "hike", "rebound", "accelerate", "expand"];
const EN_DOWN_REGULAR = ["drop", "decline", "decrease", "reduce", "lower", "slow", "plunge", "plummet", "slump", "dip", "slash", "tumble", "shrink"];
/** Forms that are more often adjectives/prepositions than verbs: never direction words. */
const EXCLUDED = new Set(["lower", "slow", "bajo", "bajas"]);
const EN_UP_EXTRA = ["rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing"];
const EN_DOWN_EXTRA = ["fall", "falls", "fell", "fallen", "falling", "cut", "cuts", "cutting", "shrank", "shrunk", "sank", "sink", "sinks", "sinking"];

/** Spanish verbs as stems that take the regular -ar/-er/-ir endings below, plus irregular forms. */
const ES_UP_AR = ["aument", "elev", "increment", "repunt"];
const ES_DOWN_AR = ["baj", "recort", "desaceler", "desplom"];
const ES_UP_OTHER = ["subir", "sube", "suben", "subio", "subieron", "subira", "subiran", "subiendo", "subido", "subida",
  "crecer", "crece", "crecen", "crecio", "crecieron", "crecera", "creciendo", "crecido", "crecimiento", "alza"];
const ES_DOWN_OTHER = ["caer", "cae", "caen", "cayo", "cayeron", "caera", "cayendo", "caido", "caida",
  "descender", "desciende", "descienden", "descendio", "descendieron", "descendido", "descenso",
  "disminuir", "disminuye", "disminuyen", "disminuyo", "disminuyeron", "disminuido", "disminucion",
  "reducir", "reduce", "reducen", "redujo", "redujeron", "reducido", "reduccion",
  "retroceder", "retrocede", "retrocedio", "retroceso"];

function englishForms(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(base) ? base + base[base.length - 1] : base;
  const past = base.endsWith("e") ? `${base}d` : `${doubled}ed`;
  const gerund = base.endsWith("e") ? `${stem}ing` : `${doubled}ing`;
  return [base, `${base}s`, past, gerund];
}

function spanishArForms(stem: string): string[] {
  return ["ar", "a", "an", "o", "aron", "ara", "aran", "ando", "ado", "ada", "ados", "adas", "aba", "aban"].map((e) => stem + e);
}

function build(words: string[], marker: string, map: Map<string, string>): void {
  for (const w of words) if (!EXCLUDED.has(w)) map.set(w, marker);
}

const DIRECTION = new Map<string, string>();
build(EN_UP_REGULAR.flatMap(englishForms), UP_MARKER, DIRECTION);
build(EN_DOWN_REGULAR.flatMap(englishForms), DOWN_MARKER, DIRECTION);
build(EN_UP_EXTRA, UP_MARKER, DIRECTION);
build(EN_DOWN_EXTRA, DOWN_MARKER, DIRECTION);
build(ES_UP_AR.flatMap(spanishArForms), UP_MARKER, DIRECTION);
build(ES_DOWN_AR.flatMap(spanishArForms), DOWN_MARKER, DIRECTION);
build(ES_UP_OTHER, UP_MARKER, DIRECTION);
build(ES_DOWN_OTHER, DOWN_MARKER, DIRECTION);
// Spanish nouns that double as direction words.
build(["aumento", "aumentos", "incremento", "incrementos", "subida", "subidas"], UP_MARKER, DIRECTION);
build(["caida", "caidas", "recorte", "recortes", "descenso", "descensos"], DOWN_MARKER, DIRECTION);

build([...englishForms("approve"), "approval", "aprobar", "aprueba", "aprueban", "aprobo", "aprobaron", "aprobara",
  "aprobado", "aprobada", "aprobados", "aprobadas", "aprobacion"], APPROVE_MARKER, DIRECTION);
build([...englishForms("reject"), "rejection", ...englishForms("veto"), "vetoes", "vetoed", "rechazar", "rechaza",
  "rechazan", "rechazo", "rechazaron", "rechazara", "rechazado", "rechazada", "rechazados", "rechazadas", "vetar", "veta",
  "vetan", "veto", "vetaron", "vetado", "vetada"], REJECT_MARKER, DIRECTION);

/** Words that are direction verbs only when written with their accent ("bajó" fell, "bajo" under). */
const ACCENTED_ONLY = new Map<string, string>([["bajó", DOWN_MARKER]]);

/**
 * The direction marker for a word, if it is in the lexicon. `surface` is the normalised form;
 * `accented` the lowercase form that still has its accents.
 */
export function directionOf(surface: string, accented: string = surface): string | undefined {
  return ACCENTED_ONLY.get(accented) ?? DIRECTION.get(surface);
}
