/**
 * Check-worthiness scoring: a deterministic weighted sum of cue features, clamped to [0, 1].
 *
 * score = clamp(BASE + Σ weight(feature)), checkworthy = score >= CHECKWORTHY_THRESHOLD.
 * Every feature that fired is reported as a reason (short English label + its weight), so the UI
 * can explain the score. Cue lists exist for English and Spanish; the sentence's language (given,
 * or detected from the sentence) picks the list.
 */
import { detectLanguage } from "./language";
import type { Language, ScoreContext, ScoreReason, SentenceScore } from "./types";

export const CHECKWORTHY_THRESHOLD = 0.5;

/** Score of a sentence with no cue at all. */
const BASE = 0.3;

/** Labels shown in the UI. */
export const LABELS = {
  statistic: "contains a statistic",
  number: "contains a number",
  date: "contains a date",
  quoteAttributed: "attributed quote",
  quote: "contains a quote",
  attribution: "attribution (said/according to/stated…)",
  comparison: "comparison",
  organisation: "named source/organisation",
  names: "names people/places",
  event: "reported event (visited/signed/arrested…)",
  seeAlso: "SEE ALSO line",
  headline: "headline/byline",
  caption: "title-case caption",
  question: "question",
  opinion: "opinion word",
  hedge: "first-person/hedge",
  short: "short sentence",
  noVerb: "no verb (caption-like)",
} as const;

const B = "(?<![\\p{L}\\p{N}_])";
const E = "(?![\\p{L}\\p{N}_])";

/** Whole-word alternation; spaces in phrases match any whitespace. Case-insensitive unless `cs`. */
function words(list: string, cs = false): RegExp {
  const alts = list
    .split("|")
    .map((w) => w.trim())
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`${B}(?:${alts.join("|")})${E}`, cs ? "u" : "iu");
}

type Cues = {
  statistic: RegExp;
  numberWord: RegExp;
  date: RegExp;
  attribution: RegExp;
  comparison: RegExp;
  organisation: RegExp;
  event: RegExp;
  opinion: RegExp;
  hedge: RegExp;
  hedgeCs: RegExp;
  verb: RegExp;
};

const EN: Cues = {
  statistic: words(
    "percent|per cent|percentage|percentage points|a third|two thirds|a quarter|three quarters|a fifth|half of|" +
      "majority|minority|average|median|per capita|rate|rates|ratio|one in two|one in three|one in four|one in five|one in ten|" +
      "million|millions|billion|billions|trillion|dollars|euros|pesos",
  ),
  numberWord: words(
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|" +
      "hundred|hundreds|thousand|thousands|dozen|dozens|double|triple",
  ),
  date: words(
    "January|February|March|April|June|July|August|September|October|November|December|" +
      "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last week|last month|last year|" +
      "this week|this month|this year|next week|next month|next year|earlier this year|decade|century",
  ),
  attribution: words(
    "said|says|say|saying|stated|stating|told|tells|added|adds|explained|noted|notes|claimed|claims|" +
      "announced|announces|reported|reports|report|according to|confirmed|confirms|revealed|reveals|argued|argue|argues|" +
      "warned|warn|warns|insisted|acknowledged|admitted|testified|wrote|tweeted|posted|indicated|indicate|indicates|" +
      "estimated|estimates|showed|shows|found|concluded|denied|alleged|data from|figures from|statistics|survey|poll|study",
  ),
  comparison: words(
    "more than|less than|fewer than|greater than|higher than|lower than|larger than|smaller than|bigger than|" +
      "better than|worse than|as many as|as much as|at least|at most|up to|nearly|almost|compared to|compared with|than|" +
      "largest|biggest|highest|lowest|smallest|fastest|slowest|greatest|worst|record|doubled|tripled|halved|" +
      "increased|decreased|increase|decrease|rose|risen|fell|fallen|dropped|grew|declined|reduced|surged|soared|plunged|jumped",
  ),
  organisation: words(
    "Commission|Ministry|Minister|Department|Court|Congress|Senate|Parliament|Government|Police|Agency|Bank|" +
      "University|Institute|Organization|Organisation|Office|Council|Committee|Association|Union|Foundation|Party|" +
      "Army|Newspaper|Reuters|Associated Press|Bureau|Authority|Ombudsman|Prosecutor|Tribunal|Assembly",
    true,
  ),
  event: words(
    "visited|met|signed|arrested|detained|killed|died|approved|passed|voted|elected|won|lost|launched|released|" +
      "declared|sworn in|took office|assumed|traveled|travelled|imposed|banned|fired|appointed|resigned|sentenced|" +
      "convicted|charged|deported|built|opened|closed|raised|spent|paid|received|sent|deployed|held|hosted|invaded|" +
      "attacked|captured|seized|expelled|extradited|ratified|enacted|vetoed|ruled|filed|sued|arrived|landed",
  ),
  opinion: words(
    "shame|disgrace|disgraceful|great|terrible|awful|wonderful|amazing|beautiful|horrible|ridiculous|outrageous|" +
      "absurd|fantastic|excellent|sad|unfortunate|unfortunately|fortunately|clearly|obviously|should|must|ought|" +
      "believe|think|feel|hope|wish|love|hate|deserve|deserves|disagree|agree",
  ),
  hedge: words("maybe|perhaps|possibly|probably|might|could|seems|seem|apparently|potential|potentially|likely|unlikely"),
  hedgeCs: words("I|me|my|mine|we|We|our|Our|ours|us|may", true),
  verb: words(
    "is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|" +
      "said|says|met|won|lost|took|made|gave|went|came|left|got|saw|told|held|sent|paid|spent|built|fell|rose|grew|" +
      "cut|hit|set|put|led|ran|began|became|brought|bought|caught|fought|taught|thought|kept|meant|found",
  ),
};

const ES: Cues = {
  statistic: words(
    "por ciento|porcentaje|puntos porcentuales|un tercio|dos tercios|la mitad|un cuarto|tres cuartos|uno de cada|una de cada|" +
      "mayoría|minoría|promedio|media|per cápita|tasa|tasas|índice|millón|millones|mil millones|billones|dólares|euros|pesos",
  ),
  numberWord: words(
    "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|" +
      "ochenta|noventa|cien|ciento|cientos|mil|miles|docena|docenas|doble|triple",
  ),
  date: words(
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|" +
      "lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|anteayer|hoy|la semana pasada|el mes pasado|" +
      "el año pasado|este año|esta semana|este mes|década|siglo",
  ),
  attribution: words(
    "según|de acuerdo con|dijo|dice|dicen|afirmó|afirma|afirman|declaró|declaraciones|señaló|señala|señalan|aseguró|asegura|" +
      "indicó|indica|indican|expresó|agregó|añadió|explicó|sostuvo|manifestó|comentó|advirtió|denunció|informó|" +
      "reportó|confirmó|reveló|revela|detalló|precisó|destacó|publicó|estimó|mostró|muestra|informe|datos de|cifras de|" +
      "encuesta|estudio|sondeo",
  ),
  comparison: words(
    "más que|más de|menos de|menos que|mayor|mayores|menor|menores|el más|la más|los más|las más|récord|" +
      "aumentó|aumento|disminuyó|disminución|redujo|reducción|duplicó|triplicó|creció|crecimiento|cayó|caída|" +
      "subió|bajó|superior a|inferior a|al menos|casi|alrededor de|cerca de|comparado con|en comparación|respecto a",
  ),
  organisation: words(
    "Ministerio|Ministro|Ministra|Comisión|Gobierno|Corte|Tribunal|Policía|Asamblea|Fiscalía|Instituto|Banco|" +
      "Universidad|Congreso|Senado|Partido|Fundación|Consejo|Comité|Ejército|Diario|Periódico|Secretaría|Procuraduría|" +
      "Defensoría|Agencia|Oficina|Organización",
    true,
  ),
  event: words(
    "visitó|se reunió|firmó|detuvo|detuvieron|arrestó|capturó|murió|murieron|aprobó|votó|ganó|perdió|lanzó|asumió|" +
      "viajó|impuso|prohibió|nombró|renunció|condenó|deportó|construyó|inauguró|recibió|envió|desplegó|llegó|realizó|" +
      "celebró|ratificó|promulgó|vetó|falló|demandó|fue elegido|fue detenido|fueron detenidos|tomó posesión",
  ),
  opinion: words(
    "opino|creo|creemos|pienso|considero|vergüenza|lamentable|excelente|terrible|horrible|maravilloso|increíble|" +
      "ridículo|absurdo|triste|debería|deberían|ojalá|lamentablemente|afortunadamente|desgraciadamente|claramente|" +
      "obviamente|espero|genial",
  ),
  hedge: words(
    "yo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|quizá|quizás|tal vez|acaso|posiblemente|probablemente|" +
      "podría|podrían|parece|parecen|potencial",
  ),
  hedgeCs: words("mi|mis", true),
  verb: words(
    "es|son|fue|fueron|era|eran|ha|han|había|habían|será|serán|sería|está|están|estaba|estaban|tiene|tienen|tenía|hay|" +
      "dijo|va|van|puede|pueden|debe|deben|hizo|hicieron",
  ),
};

const DIGIT_RE = /\p{Nd}/u;
const PERCENT_RE = /[%‰]/;
const CURRENCY_RE = /(?:[$€£¥]\s?\d|\d\s?(?:€|US\$|USD|EUR)|US\$)/;
const MAGNITUDE_RE = /\d(?:[.,]\d+)?\s*(?:bn|m|k)(?![\p{L}\p{N}])/u;
const YEAR_RE = /(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d]|[.,]\d)/;
const NUMERIC_DATE_RE = /(?<!\d)\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?!\d)/;
/** English "May" is only a month next to a number or after in/on/of/since/until. */
const MAY_RE = /(?:\bMay\s+\d|\b(?:in|on|of|since|until|by|early|late|mid)\s+May\b)/;
const EN_OVER_RE = /\b(?:over|under)\s+(?:\d|a\s+(?:third|quarter|half|dozen|hundred|thousand|million|billion)|half)/i;
const QUOTE_RE = /[“”«»"]/;
const QUOTED_SPAN_RE = /“[^”]*”|«[^»]*»|"[^"]*"/g;
const ACRONYM_RE = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const PAST_EN_RE = /\p{L}{2,}ed(?![\p{L}\p{N}])/iu;
const PAST_ES_RE = /\p{L}{2,}(?:ó|aron|ieron|aba|aban|ía|ían)(?![\p{L}\p{N}])/iu;

const SEE_ALSO_RE =
  /^[\s*•·\-–—>]*(?:see also|read more|read also|also read|related(?: stories| articles| news| content)?|more on this|recommended|you may also like|lee también|lea también|leer más|lea más|vea también|ver también|mira también|te puede interesar|también te puede interesar|más información|relacionad[oa]s?|noticias relacionadas|también lee)\s*[:：|»>\-–—]/iu;
const BYLINE_RE =
  /^(?:by|por|written by|escrito por|reporting by|reported by|redacción|text by|texto de|story by)\s*:?\s+\p{Lu}/iu;
const CAPTION_RE =
  /^(?:photo|foto|fotografía|image|imagen|caption|credit|crédito|créditos|fuente|source|archivo|file photo|photograph|video)\s*(?:[:|/(–—-]|by\b|de\b)/iu;
const SEPARATOR_RE = /[|•·]|\s[–—-]\s/;
const FINAL_PUNCT_RE = /[.!?…:;]["'”’»)\]]*$/u;
const QUESTION_END_RE = /\?["'”’»)\]]*$/u;
const QUESTION_START_RE = /^["'“‘«(\-–—\s]*¿/u;

const TITLE_STOP = new Set(
  "a an the of in on at to for and or but nor with by from as vs via into onto over after before about per de del la el los las y e o u en al con por para un una sin sobre tras".split(
    " ",
  ),
);

function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (w) out.push(w);
  }
  return out;
}

/** Share of capitalised content words after the first word (stop words ignored). */
function titleCaseRatio(ws: string[]): { ratio: number; content: number } {
  let content = 0;
  let caps = 0;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (TITLE_STOP.has(w.toLowerCase())) continue;
    if (!/^\p{L}/u.test(w)) continue;
    content++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return { ratio: content === 0 ? 0 : caps / content, content };
}

function countCapitalisedAfterFirst(ws: string[]): number {
  let n = 0;
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (w !== "I" && /^\p{Lu}\p{Ll}/u.test(w)) n++;
  }
  return n;
}

/** Score one sentence. Pure and deterministic. */
export function scoreSentence(text: string, context: ScoreContext = {}): SentenceScore {
  const reasons: ScoreReason[] = [];
  const add = (label: string, weight: number) => reasons.push({ label, weight });
  const t = text.trim();
  const lang: Language = context.language ?? detectLanguage(t);
  const cues = lang === "es" ? ES : EN;
  const line = (context.lineText ?? t).trim();
  const ws = wordsOf(t);
  const wordCount = ws.length;
  const outsideQuotes = t.replace(QUOTED_SPAN_RE, " ");
  const hasDigit = DIGIT_RE.test(t);

  // --- layout: SEE ALSO / byline / headline / captions ---
  const seeAlso = SEE_ALSO_RE.test(line);
  if (seeAlso) add(LABELS.seeAlso, -1);

  const noFinalPunct = !FINAL_PUNCT_RE.test(line);
  const lineIsSentence = line === t;
  const tc = titleCaseRatio(ws);
  const titleCase = tc.content >= 3 && tc.ratio > 0.9;
  const allCaps = !HAS_LOWER_RE.test(t) && /\p{Lu}.*\p{Lu}/u.test(t);
  let layout = seeAlso;
  if (!seeAlso) {
    const lineWords = lineIsSentence ? wordCount : wordsOf(line).length;
    const byline =
      BYLINE_RE.test(line) && noFinalPunct && (SEPARATOR_RE.test(line) || hasDigit || lineWords <= 6);
    const caption = CAPTION_RE.test(line);
    if (byline) {
      add(LABELS.headline, -0.8);
      layout = true;
    } else if (caption) {
      add(LABELS.caption, -0.6);
      layout = true;
    } else if (
      lineIsSentence &&
      noFinalPunct &&
      (context.isFirstLine === true || titleCase || allCaps || wordCount <= 10)
    ) {
      add(LABELS.headline, -0.6);
      layout = true;
    } else if (titleCase && wordCount >= 4) {
      add(LABELS.caption, -0.35);
      layout = true;
    }
  }

  // --- content cues (positive) ---
  const statistic =
    PERCENT_RE.test(t) || CURRENCY_RE.test(t) || MAGNITUDE_RE.test(t) || cues.statistic.test(t);
  if (statistic) add(LABELS.statistic, 0.25);
  if (hasDigit) add(LABELS.number, 0.2);
  else if (cues.numberWord.test(t)) add(LABELS.number, 0.15);

  const date =
    YEAR_RE.test(t) ||
    NUMERIC_DATE_RE.test(t) ||
    cues.date.test(t) ||
    (lang === "en" && MAY_RE.test(t));
  if (date) add(LABELS.date, 0.2);

  const attribution = cues.attribution.test(t);
  const quoted = QUOTE_RE.test(t);
  if (quoted && attribution) add(LABELS.quoteAttributed, 0.3);
  else if (attribution) add(LABELS.attribution, 0.2);
  else if (quoted) add(LABELS.quote, 0.05);

  const comparison = cues.comparison.test(t) || (lang === "en" && EN_OVER_RE.test(t));
  if (comparison) add(LABELS.comparison, 0.25);

  const acronym = HAS_LOWER_RE.test(t) && ACRONYM_RE.test(t.replace(/(?<![\p{L}\p{N}])I(?![\p{L}\p{N}])/gu, ""));
  if (acronym || cues.organisation.test(t)) add(LABELS.organisation, 0.1);
  if (!titleCase && countCapitalisedAfterFirst(ws) >= 2) add(LABELS.names, 0.1);
  const event = cues.event.test(t);
  if (event) add(LABELS.event, 0.1);

  // --- negative cues ---
  if (QUESTION_END_RE.test(t) || QUESTION_START_RE.test(t)) add(LABELS.question, -0.4);
  if (cues.opinion.test(outsideQuotes)) add(LABELS.opinion, -0.2);
  if (cues.hedge.test(outsideQuotes) || cues.hedgeCs.test(outsideQuotes)) add(LABELS.hedge, -0.15);
  if (wordCount < 4) add(LABELS.short, -0.3);
  else if (wordCount < 6) add(LABELS.short, -0.2);
  if (
    !layout &&
    wordCount <= 8 &&
    !event &&
    !attribution &&
    !cues.verb.test(t) &&
    !(lang === "en" ? PAST_EN_RE : PAST_ES_RE).test(t)
  ) {
    add(LABELS.noVerb, -0.2);
  }

  let raw = BASE;
  for (const r of reasons) raw += r.weight;
  const score = Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
  return { score, checkworthy: score >= CHECKWORTHY_THRESHOLD, reasons };
}
