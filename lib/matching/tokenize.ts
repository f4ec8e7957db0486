/**
 * Tokenisation for claim matching: normalise, split on anything that is not a letter or digit,
 * drop stopwords / numbers / number words, then apply a light stemmer.
 *
 * Language: when not given it is guessed from stopword counts (detectLanguage); if that is
 * inconclusive, the union of both stopword lists and the English stemmer are used.
 * Stopwords: the English or Spanish list for the language (a few words are stopwords in one
 * language and content words in the other, e.g. "son", "era").
 * Besides function words the lists hold reporting verbs ("said", "according", "dijo", "según") and
 * hedges ("roughly", "about", "cerca", "alrededor"): "X said Y" and "Y, according to X" state the
 * same claim. Negations are stopwords too; the similarity score checks them separately.
 *
 * Numbers (digits, number words such as "twelve"/"doce", scale words such as "million"/"millones"
 * and "percent"/"ciento") are removed from the tokens because the number rule in similarity.ts
 * compares them by value: "12" and "twelve" must not count as different words.
 *
 * Light stemming — deliberately small, predictable and always a pure suffix rewrite:
 * - English: "sses"->"ss"; "ies"->"y"; plural "s" (not after s/u/i); then "eed"->"ee", "ing"/"ed"
 *   (stem keeps ≥3 letters with a vowel; doubled final consonant undoubled: "dropped"->"drop"), or
 *   "ly" (stem ≥4); then final "e" (word ≥4) and final "y"->"i" (word ≥4) so that "declare" /
 *   "declared" / "declaring" -> "declar" and "city" / "cities" -> "citi".
 * - Spanish: plural "es" after a consonant / "s" after a vowel, then the longest of a short list of
 *   derivational, verb and gender endings (-amiento, -ación, -mente, -idad, -ieron, -aron, -ando,
 *   -iendo, -aría, -ado/-ada, -ido/-ida, -aba, -ará, -ió, -ar/-er/-ir, -an/-en, -ía, -o/-a/-e) as long as
 *   three letters remain: "ministra"/"ministros" -> "ministr", "firmó"/"firmar"/"firmaron" -> "firm".
 * Deliberately NOT stopwords although common lists have them: "us" (the US), "won" (won't / won
 * an election), "may" (the month), "estado" (the State).
 * Words of three letters or fewer are never stemmed. Collisions (e.g. "cerrado"/"cerro" -> "cerr")
 * are accepted: the character-trigram part of the score and the number rule limit their effect.
 */

import { directionOf } from "./lexicon";
import { normalizeText, stripAccents, unifyPunctuation, type Language } from "./normalize";
import { NUMBER_WORDS } from "./numbers";

const EN_STOPWORDS = new Set(
  (
    "a about above across after again against all almost also am among amid an and any approximately are " +
    "around as at be because been before being below between both but by can cannot could did do does doing " +
    "don doesn didn isn aren wasn weren wouldn couldn shouldn hasn haven hadn " +
    "down during each either else estimated ever every few for from further had has have having he her here " +
    "hers herself him himself his how however i if in into is it its itself just least less let like me " +
    "might more most must my myself neither never no nor not of off on once one only onto or other ought our ours " +
    "ourselves out over own per rather roughly same shall she should since so some such than that the their " +
    "theirs them themselves then there these they this those though through thus to too toward towards under " +
    "until up upon very via was we were what when where whether which while who whom whose why will with " +
    "within without would yet you your yours yourself yourselves nearly " +
    // reporting verbs and attribution
    "according added claimed reportedly said say saying says stated told"
  ).split(/\s+/),
);

const ES_STOPWORDS = new Set(
  (
    "a al algo algun alguna algunas alguno algunos ante antes aproximadamente asi aun aunque cada casi cerca " +
    "alrededor como con contra cual cuales cuando cuya cuyo de del desde donde dos durante e el ella ellas " +
    "ello ellos embargo en entre era eran es esa esas ese eso esos esta estaba estaban estan estar " +
    "estas este esto estos estuvo fue fueron ha habia habian haber han has hasta hay he hemos jamas la las le " +
    "les lo los mas me menos mi mis mucho muchos muy nada nadie ni ningun ninguna ninguno no nos nosotros " +
    "nuestra nuestro nunca o os otra otras otro otros para pero pese pesar poco por porque pues que quien " +
    "quienes se sea sean segun ser sera seran seria si sido siendo sin sino sobre solo son su sus tal tambien " +
    "tampoco tan tanto te tenia ti todo todos tras tu tus u un una unas uno unos vez y ya yo " +
    // reporting verbs and attribution
    "afirma afirmo agrego asegura aseguro dice dicen dijo explico indico senalo"
  ).split(/\s+/),
);

const ALL_STOPWORDS = new Set([...EN_STOPWORDS, ...ES_STOPWORDS]);

/** Words that flip the polarity of a claim; see similarity.ts. */
const EN_NEGATIONS = new Set(["not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "cannot"]);
const ES_NEGATIONS = new Set(["no", "nunca", "jamas", "ni", "ningun", "ninguna", "ninguno", "nadie", "nada", "tampoco"]);

export function stopwordsFor(language?: Language): ReadonlySet<string> {
  return language === "en" ? EN_STOPWORDS : language === "es" ? ES_STOPWORDS : ALL_STOPWORDS;
}

const VOWEL = /[aeiouy]/;

function undouble(word: string): string {
  return /([^aeioulsz])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** Light English stemmer (see module comment). Expects a normalised (lowercase, unaccented) word. */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith("eed") && w.length > 4) w = w.slice(0, -1);
  else if (w.endsWith("ing") && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length - 2 >= 4) w = w.slice(0, -2);

  if (w.endsWith("e") && w.length >= 4) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length >= 4) w = `${w.slice(0, -1)}i`;
  return w;
}

const ES_SUFFIXES = [
  "amiento", "imiento", "acion", "icion", "mente", "idad", "ieron", "aron", "ando", "iendo", "aban",
  "aria", "eria", "iria", "aran", "eran", "iran", "ado", "ada", "ido", "ida", "aba", "ara", "era", "ira",
  "ian", "io", "ar", "er", "ir", "an", "en", "ia", "o", "a", "e",
].sort((x, y) => y.length - x.length);

/** Light Spanish stemmer (see module comment). Expects a normalised (lowercase, unaccented) word. */
export function stemSpanish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("es") && w.length > 4 && !/[aeiou]/.test(w[w.length - 3]!)) w = w.slice(0, -2);
  else if (w.endsWith("s") && /[aeiou]/.test(w[w.length - 2]!)) w = w.slice(0, -1);
  for (const suffix of ES_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) return w.slice(0, -suffix.length);
  }
  return w;
}

export function stem(word: string, language?: Language): string {
  return language === "es" ? stemSpanish(word) : stemEnglish(word);
}

/**
 * Guesses English or Spanish from stopword counts; undefined when there is no evidence either way.
 * Only used when the caller does not say which language a text is in.
 */
export function detectLanguage(text: string): Language | undefined {
  let en = 0;
  let es = 0;
  for (const w of splitWords(normalizeText(text))) {
    if (EN_STOPWORDS.has(w)) en++;
    if (ES_STOPWORDS.has(w)) es++;
  }
  if (en === es) return undefined;
  return en > es ? "en" : "es";
}

function splitWords(normalized: string): string[] {
  return normalized
    .replace(/'s\b/g, "") // English possessive: "bukele's" -> "bukele"
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * surface: normalised word; stem: its light stem; key: what similarity compares — the stem, or a
 * shared marker for words of the direction/stance lexicon (lexicon.ts).
 */
export type AnalyzedToken = { surface: string; stem: string; key: string };

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

/**
 * Content tokens with both their normalised surface form and their stem, in text order.
 * - Acronyms (2–6 capitals, in a text that also has lowercase letters: "WHO", "US", "OMS") are kept
 *   verbatim — never treated as stopwords ("who", "us") or stemmed.
 * - Direction/stance words ("rose", "cayó", "rejected", see lexicon.ts) get a shared marker as key.
 */
export function analyze(text: string, languageHint?: Language): AnalyzedToken[] {
  const language = languageHint ?? detectLanguage(text);
  const stopwords = stopwordsFor(language);
  const unified = unifyPunctuation(text);
  const mixedCase = /\p{Ll}/u.test(unified);
  const out: AnalyzedToken[] = [];
  for (const raw of unified.replace(/'s\b/giu, "").split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2) continue;
    if (!/\p{L}/u.test(raw)) continue; // pure numbers are compared by value, not as words
    const accented = raw.toLowerCase();
    const surface = stripAccents(accented);
    if (mixedCase && ACRONYM.test(raw)) {
      out.push({ surface, stem: surface, key: surface });
      continue;
    }
    if (stopwords.has(surface) || NUMBER_WORDS.has(surface)) continue;
    const stemmed = stem(surface, language);
    out.push({ surface, stem: stemmed, key: directionOf(surface, accented) ?? stemmed });
  }
  return out;
}

/** Normalised, stopword-free, stemmed content tokens in text order (duplicates kept). */
export function tokenize(text: string, language?: Language): string[] {
  return analyze(text, language).map((t) => t.stem);
}

/** True when the text contains a negation word ("not", "never", "no", "nunca", ...) or "n't". */
export function hasNegation(text: string, language?: Language): boolean {
  const normalized = normalizeText(text, language);
  if (language !== "es" && /n't\b/.test(normalized)) return true;
  const negations =
    language === "en" ? EN_NEGATIONS : language === "es" ? ES_NEGATIONS : new Set([...EN_NEGATIONS, ...ES_NEGATIONS]);
  return splitWords(normalized).some((w) => negations.has(w));
}
