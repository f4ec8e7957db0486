/**
 * Text sanitising for PDFKit's standard (AFM) fonts, which only encode Windows-1252 (WinAnsi).
 * Latin-1 letters (ñ á é ¿ ¡ ...) and the cp1252 extras (“ ” ‘ ’ – — … € • ...) print as is;
 * anything else is approximated (compatibility decomposition without accents, a few symbols) or
 * replaced with PDF_PLACEHOLDER, so emoji etc. never print as garbage.
 */

/** Printed instead of a character (grapheme) the standard fonts cannot encode. */
export const PDF_PLACEHOLDER = "?";

/** Unicode code points outside Latin-1 that Windows-1252 encodes (the set PDFKit maps). */
const CP1252_EXTRAS = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014,
  0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039,
  0x203a, 0x20ac, 0x2122,
]);

const APPROXIMATIONS: Record<string, string> = {
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2015": "\u2014", "\u2212": "-",
  "\u2032": "'", "\u2033": '"', "\u2190": "<-", "\u2192": "->", "\u2194": "<->", "\u21d2": "=>",
  "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u2248": "~", "\u2027": "\u00b7", "\u2044": "/",
  "\u2215": "/",
};

/** Zero-width characters, joiners, variation selectors, BOM, soft hyphen: dropped. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f]/gu;

function encodable(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || CP1252_EXTRAS.has(cp))) return false;
  }
  return true;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function convertGrapheme(grapheme: string): string {
  if (grapheme === "\n") return "\n";
  if (grapheme === "\t") return " ";
  // Other C0/C1 control characters are dropped.
  const g = grapheme.replace(INVISIBLE, "").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  if (g === "" || encodable(g)) return g;
  if (g in APPROXIMATIONS) return APPROXIMATIONS[g];
  // Compatibility decomposition without combining marks: "ş" -> "s", "ﬁ" -> "fi", "Ａ" -> "A",
  // thin space -> " ".
  const decomposed = g.normalize("NFKD").replace(/\p{M}/gu, "");
  if (decomposed && encodable(decomposed)) return decomposed;
  return PDF_PLACEHOLDER;
}

/**
 * Makes `text` printable with a WinAnsi font: NFC-normalised, line endings as \n, tabs as spaces,
 * control and invisible characters dropped, and each unprintable character (a grapheme, so an
 * emoji with its skin tone / joiners counts once) approximated or replaced by PDF_PLACEHOLDER.
 */
export function toWinAnsiText(text: string): string {
  let out = "";
  for (const { segment } of segmenter.segment(text.normalize("NFC").replace(/\r\n?/g, "\n"))) {
    out += convertGrapheme(segment);
  }
  return out;
}
