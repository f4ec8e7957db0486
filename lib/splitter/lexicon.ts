/**
 * Cue word lists for check-worthiness scoring, English and Spanish.
 *
 * Single words go to a Map (lower-cased key, or exact key when case matters, e.g. "May", "US" vs "us",
 * capitalised organisation nouns); multi-word phrases are indexed by their first word and matched
 * against the following tokens. Each entry maps to a feature bit.
 */
import type { Language } from "./types";

/** Feature bits. */
export const F = {
  STAT: 1,
  NUMW: 2,
  DATE: 4,
  ATTR: 8,
  COMP: 16,
  ORG: 32,
  EVENT: 64,
  OPIN: 128,
  HEDGE: 256,
  VERB: 512,
} as const;

export type Lexicon = {
  /** lower-cased word -> bits */
  ci: Map<string, number>;
  /** exact word -> bits */
  cs: Map<string, number>;
  /** multi-word phrases, indexed by their first (lower-cased) word */
  phrases: Map<string, Array<{ rest: string[]; bit: number }>>;
  /** words ignored when measuring Title Case */
  titleStop: ReadonlySet<string>;
};

type Spec = Array<[bit: number, list: string, caseSensitive?: boolean]>;

function build(spec: Spec): Lexicon {
  const ci = new Map<string, number>();
  const cs = new Map<string, number>();
  const phrases = new Map<string, Array<{ rest: string[]; bit: number }>>();
  for (const [bit, list, caseSensitive] of spec) {
    for (const raw of list.split("|")) {
      const w = raw.trim();
      if (!w) continue;
      if (w.includes(" ")) {
        const [first, ...rest] = w.toLowerCase().split(/\s+/);
        const list = phrases.get(first) ?? [];
        list.push({ rest, bit });
        phrases.set(first, list);
      } else if (caseSensitive) {
        cs.set(w, (cs.get(w) ?? 0) | bit);
      } else {
        const k = w.toLowerCase();
        ci.set(k, (ci.get(k) ?? 0) | bit);
      }
    }
  }
  return { ci, cs, phrases, titleStop: TITLE_STOP };
}

const TITLE_STOP: ReadonlySet<string> = new Set(
  (
    "a an the of in on at to for and or but nor with by from as vs via into onto over after before about per " +
    "de del la el los las y e o u en al con por para un una sin sobre tras"
  ).split(" "),
);

const EN = build([
  [
    F.STAT,
    "percent|per cent|percentage|percentage points|a third|two thirds|a quarter|three quarters|a fifth|half of|" +
      "majority|minority|average|median|per capita|rate|rates|ratio|one in two|one in three|one in four|one in five|" +
      "one in ten|million|millions|billion|billions|trillion|dollars|euros|pesos",
  ],
  [
    F.NUMW,
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|" +
      "ninety|hundred|hundreds|thousand|thousands|dozen|dozens|double|triple",
  ],
  [
    F.DATE,
    "January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|" +
      "Thursday|Friday|Saturday|Sunday",
    true,
  ],
  [
    F.DATE,
    "yesterday|today|tonight|last week|last month|last year|this week|this month|this year|next week|next month|" +
      "next year|decade|century",
  ],
  [
    F.ATTR,
    "said|says|say|saying|stated|stating|told|tells|added|adds|explained|noted|claimed|claims|announced|" +
      "announces|reported|reports|report|according to|confirmed|confirms|revealed|reveals|argued|argue|argues|warned|" +
      "warn|warns|insisted|acknowledged|admitted|testified|wrote|tweeted|posted|indicated|indicate|indicates|estimated|" +
      "estimates|showed|shows|found|concluded|denied|alleged|data from|figures from|statistics|survey|poll|study",
  ],
  [
    F.COMP,
    "more than|less than|fewer than|greater than|higher than|lower than|larger than|smaller than|bigger than|" +
      "better than|worse than|as many as|as much as|at least|at most|up to|nearly|almost|compared to|compared with|" +
      "than|largest|biggest|highest|lowest|smallest|fastest|slowest|greatest|worst|record|doubled|tripled|halved|" +
      "increased|decreased|increase|decrease|rose|risen|fell|fallen|dropped|grew|declined|reduced|surged|soared|" +
      "plunged|jumped",
  ],
  [
    F.ORG,
    "Commission|Ministry|Minister|Department|Court|Congress|Senate|Parliament|Government|Police|Agency|Bank|" +
      "University|Institute|Organization|Organisation|Office|Council|Committee|Association|Union|Foundation|Party|" +
      "Army|Newspaper|Reuters|Bureau|Authority|Ombudsman|Prosecutor|Tribunal|Assembly",
    true,
  ],
  [
    F.EVENT,
    "visited|met|signed|arrested|detained|killed|died|approved|passed|voted|elected|won|lost|launched|released|" +
      "declared|sworn in|took office|assumed|traveled|travelled|imposed|banned|fired|appointed|resigned|sentenced|" +
      "convicted|charged|deported|built|opened|closed|raised|spent|paid|received|sent|deployed|held|hosted|invaded|" +
      "attacked|captured|seized|expelled|extradited|ratified|enacted|vetoed|ruled|filed|sued|arrived|landed",
  ],
  [
    F.OPIN,
    "shame|disgrace|disgraceful|great|terrible|awful|wonderful|amazing|beautiful|horrible|ridiculous|outrageous|" +
      "absurd|fantastic|excellent|sad|unfortunate|unfortunately|fortunately|clearly|obviously|should|must|ought|" +
      "believe|think|feel|hope|wish|love|hate|deserve|deserves|disagree|agree",
  ],
  [F.HEDGE, "maybe|perhaps|possibly|probably|might|could|seems|seem|apparently|potential|potentially|likely|unlikely"],
  [F.HEDGE, "I|me|my|mine|we|We|our|Our|ours|us|may", true],
  [
    F.VERB,
    "is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|" +
      "said|says|met|won|lost|took|made|gave|went|came|left|got|saw|told|held|sent|paid|spent|built|fell|rose|grew|" +
      "cut|hit|set|put|led|ran|began|became|brought|bought|caught|fought|taught|thought|kept|meant|found|includes|" +
      "include|remains|remain|wants|want|needs|need|plans|plan|faces|face|seeks|seek",
  ],
]);

const ES = build([
  [
    F.STAT,
    "por ciento|porcentaje|puntos porcentuales|un tercio|dos tercios|la mitad|un cuarto|tres cuartos|uno de cada|" +
      "una de cada|mayoría|minoría|promedio|per cápita|tasa|tasas|índice|millón|millones|mil millones|billones|" +
      "dólares|euros|pesos",
  ],
  [
    F.NUMW,
    "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|" +
      "ochenta|noventa|cien|ciento|cientos|mil|miles|docena|docenas|doble|triple",
  ],
  [
    F.DATE,
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|" +
      "miércoles|jueves|viernes|sábado|domingo|ayer|anteayer|hoy|la semana pasada|el mes pasado|el año pasado|" +
      "este año|esta semana|este mes|década|siglo",
  ],
  [
    F.ATTR,
    "según|de acuerdo con|dijo|dice|dicen|afirmó|afirma|afirman|declaró|declaraciones|señaló|señala|señalan|aseguró|" +
      "asegura|indicó|indica|indican|expresó|agregó|añadió|explicó|sostuvo|manifestó|comentó|advirtió|denunció|" +
      "informó|reportó|confirmó|reveló|revela|detalló|precisó|destacó|publicó|estimó|mostró|muestra|informe|" +
      "datos de|cifras de|encuesta|estudio|sondeo",
  ],
  [
    F.COMP,
    "más que|más de|menos de|menos que|mayor|mayores|menor|menores|el más|la más|los más|las más|récord|aumentó|" +
      "aumento|disminuyó|disminución|redujo|reducción|duplicó|triplicó|creció|crecimiento|cayó|caída|subió|bajó|" +
      "superior a|inferior a|al menos|casi|alrededor de|cerca de|comparado con|en comparación|respecto a",
  ],
  [
    F.ORG,
    "Ministerio|Ministro|Ministra|Comisión|Gobierno|Corte|Tribunal|Policía|Asamblea|Fiscalía|Instituto|Banco|" +
      "Universidad|Congreso|Senado|Partido|Fundación|Consejo|Comité|Ejército|Diario|Periódico|Secretaría|" +
      "Procuraduría|Defensoría|Agencia|Oficina|Organización",
    true,
  ],
  [
    F.EVENT,
    "visitó|se reunió|firmó|detuvo|detuvieron|arrestó|capturó|murió|murieron|aprobó|votó|ganó|perdió|lanzó|asumió|" +
      "viajó|impuso|prohibió|nombró|renunció|condenó|deportó|construyó|inauguró|recibió|envió|desplegó|llegó|" +
      "realizó|celebró|ratificó|promulgó|vetó|falló|demandó|fue elegido|fue detenido|fueron detenidos|tomó posesión",
  ],
  [
    F.OPIN,
    "opino|creo|creemos|pienso|considero|vergüenza|lamentable|excelente|terrible|horrible|maravilloso|increíble|" +
      "ridículo|absurdo|triste|debería|deberían|ojalá|lamentablemente|afortunadamente|desgraciadamente|claramente|" +
      "obviamente|espero|genial",
  ],
  [
    F.HEDGE,
    "yo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|quizá|quizás|tal vez|acaso|posiblemente|probablemente|" +
      "podría|podrían|parece|parecen|potencial",
  ],
  [F.HEDGE, "mi|mis", true],
  [
    F.VERB,
    "es|son|fue|fueron|era|eran|ha|han|había|habían|será|serán|sería|está|están|estaba|estaban|tiene|tienen|tenía|" +
      "hay|dijo|va|van|puede|pueden|debe|deben|hizo|hicieron|incluye|sigue|quiere|busca|enfrenta",
  ],
]);

export const LEXICONS: Record<Language, Lexicon> = { en: EN, es: ES };
