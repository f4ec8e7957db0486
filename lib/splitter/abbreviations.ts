/**
 * Abbreviation tables used by the sentence scanner (English + Spanish).
 *
 * Lookups are case-sensitive on purpose ("Mar." is a month, "mar." is the Spanish word for sea;
 * "Va." is Virginia, "va." is a Spanish verb). An ALL-CAPS token that is not found is retried in
 * Capitalised form ("DR" -> "Dr").
 */

/** What a period after the token means. */
export enum AbbrevKind {
  /** Not an abbreviation: a period after it is an ordinary sentence end. */
  None = 0,
  /** Comes before a name/noun and never ends a sentence (Dr., Sra., vs., e.g.). */
  Prefix = 1,
  /** Only an abbreviation when a number follows (No. 5, pág. 12, art. 3). */
  Numeric = 2,
  /**
   * Can end a sentence (etc., Inc., U.S., a.m., Jan., initials): a boundary only when the
   * next word is a typical sentence starter ("The", "He", "El", "Pero"...) or an opening quote.
   */
  Final = 3,
}

const table = new Map<string, AbbrevKind>();

function add(kind: AbbrevKind, words: string, opts: { lower?: boolean } = {}): void {
  for (const w of words.split(/\s+/)) {
    if (!w) continue;
    table.set(w, kind);
    const cap = w[0].toUpperCase() + w.slice(1);
    table.set(cap, kind);
    if (opts.lower) table.set(w.toLowerCase(), kind);
  }
}

// --- English titles and prefixes (never sentence-final) ---
add(
  AbbrevKind.Prefix,
  "Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Gov Govs Sen Sens Rep Reps Gen Lt Col Maj Capt Cpt Cmdr Cmdt Adm Sgt Cpl Pvt " +
    "Rev Hon Pres Supt Insp Det Atty Amb Msgr Brig Gens Lieut Comdr Rt",
);
add(AbbrevKind.Prefix, "vs v viz cf approx ca", { lower: true });
// Latin/initialism abbreviations that precede something.
add(AbbrevKind.Prefix, "e.g i.e E.g I.e p.ej P.ej");
// --- Spanish titles and prefixes ---
add(
  AbbrevKind.Prefix,
  "Dra Dras Sra Sras Srta Srtas Sres Dres Lic Lcdo Lcda Licda Ing Arq Abg Abog Gral Cnel Tte Pdte Pdta Dña Dª " +
    "Av Avda Excmo Excma Ilmo Ilma Ud Uds Vd Vds Profa Mtro Mtra Cap",
  { lower: true },
);
add(AbbrevKind.Prefix, "Mons Pte Dn Sto Sta Gob Dip EE FF AA CC OO Sec");
add(AbbrevKind.Prefix, "aprox", { lower: true });
// "Sr." is a Spanish title but also the English "Senior" that can end a sentence: Final handles both
// ("Sr. Pérez" -> no boundary because "Pérez" is not a sentence starter).

// --- Only abbreviations before a number ---
add(AbbrevKind.Numeric, "No Nos Nr Nro Núm Num Nº Fig Figs Vol Vols Art Arts Ch Chap Pág Págs Pag Pp Tel Ext Ej Secc Apdo Cod Exp Op Km", {
  lower: true,
});
add(AbbrevKind.Numeric, "p");

// --- Can end a sentence ---
add(
  AbbrevKind.Final,
  "etc Inc Corp Ltd Co Cos Bros Plc LLC Jr Sr St Ste Mt Ft Ave Blvd Rd Hwy Univ Inst Dept Depts Assn Assoc Intl Natl Govt " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun " +
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo " +
    "al ibid Ph.D PhD M.D B.A M.A EE.UU UU Dpto Depto Admón Hnos Cía Ltda Sres",
);
add(AbbrevKind.Final, "etc al ibid hnos ltda dpto depto cía sr", { lower: true });
// Lower-case Spanish month abbreviations are risky ("mar" = sea), so only unambiguous ones.
add(AbbrevKind.Final, "ene abr sept oct dic");

const ACRONYM_RE = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const ALL_CAPS_RE = /^\p{Lu}{2,}$/u;
const SINGLE_LETTER_RE = /^\p{L}$/u;

/** Classify the token that precedes a period (the token itself has no trailing period). */
export function abbrevKind(token: string): AbbrevKind {
  if (token.length === 0) return AbbrevKind.None;
  const k = table.get(token);
  if (k !== undefined) return k;
  if (token.length === 1 ? SINGLE_LETTER_RE.test(token) : false) return AbbrevKind.Final; // initials: J. K. Mbeki
  if (token.length <= 12 && token.indexOf(".") > 0 && ACRONYM_RE.test(token)) return AbbrevKind.Final; // U.S, a.m, S.A
  if (token.length >= 2 && token.length <= 6 && ALL_CAPS_RE.test(token)) {
    const cap = token[0] + token.slice(1).toLowerCase();
    const k2 = table.get(cap);
    if (k2 !== undefined) return k2;
  }
  return AbbrevKind.None;
}

/**
 * Capitalised words that typically start a sentence. After a "Final" abbreviation (etc., U.S.,
 * a.m., an initial) a boundary is assumed only when the next word is one of these.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    // English
    "The A An This That These Those There Their They Them He She It Its We Our Us I You Your His Her Hers My " +
    "But And Or Nor So Yet Still However Meanwhile Moreover Furthermore Also Instead Nevertheless Nonetheless Thus Therefore Indeed " +
    "In On At For From By With Without After Before During Since Until Under Over Among Between Despite Although Though Because " +
    "When While Where Why How What Who Whom Whose Which Whether If As Once Unless " +
    "Some Many Most Several All Both Each Every Few Other Another Such No Not None Neither Either Any " +
    "One Two Three Four Five Six Seven Eight Nine Ten According Officials Critics Experts Analysts Police Authorities " +
    "Then Now Today Yesterday Tomorrow Last Next Earlier Later Previously Recently Currently Finally First Second " +
    "Here Is Are Was Were Has Have Had Will Would Can Could Should Do Does Did " +
    // Spanish
    "El La Los Las Lo Un Una Unos Unas Este Esta Estos Estas Ese Esa Esos Esas Eso Esto Aquel Aquella Su Sus Se Le Les " +
    "Pero Y E O U Ni Sin Además Asimismo Según En Por Para Con Tras Desde Durante Hasta Entre Sobre Ante Bajo " +
    "Cuando Mientras Aunque Si Como Porque Donde Ya También Tampoco Hoy Ayer Mañana Luego Después Antes Entonces Así " +
    "Al Del De A Otro Otra Otros Otras Muchos Muchas Algunos Algunas Varios Varias Todos Todas Ambos Ambas Cada " +
    "Él Ella Ellos Ellas Nosotros Nosotras Yo Usted Ustedes Mi Mis Nuestro Nuestra Nuestros Nuestras Es Son Fue Fueron Ha Han"
  ).split(/\s+/),
);
