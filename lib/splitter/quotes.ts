/**
 * Open-quotation tracking for the sentence scanner. A quotation that spans sentences stays one claim
 * with its attribution (rule book: `"We were told $310 million in 2016. The final bill was $428
 * million," Pike said.` is one claim), so a boundary inside an open quotation is dropped when that
 * quotation closes later on the same line. A quotation that never closes on its line (a quoted
 * paragraph that continues in the next one) does not hold boundaries back.
 *
 * Curly “…” and «…» nest; straight "…" open after a space or line start and close after a
 * non-space. Single quotes are ignored: they double as apostrophes.
 */
import * as m_chars from "./chars";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { isLineBreak, isSpace } = m_chars;

/** The closer must come within this many code units of the opener (keeps the look-ahead bounded). */
const MAX_QUOTE = 1500;

const enum Kind {
  None,
  Curly,
  Guillemet,
  Straight,
}

export function isQuoteChar(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

/** A straight quote opens when it follows a space, the line start or an opening bracket/dash. */
function opensAt(s: string, i: number, lineStart: number): boolean {
  if (i + 1 >= s.length || isSpace(s.charCodeAt(i + 1)) || isLineBreak(s.charCodeAt(i + 1))) return false;
  if (i === lineStart) return true;
  const p = s.charCodeAt(i - 1);
  return isSpace(p) || p === 40 || p === 91 || p === 0x2014 || p === 0x2013 || p === 45 || p === 0xbf || p === 0xa1;
}

export class QuoteTracker {
  private kind = Kind.None;
  private depth = 0;
  private openAt = -1;
  /** Offset of the closer of the open quotation: -2 not looked up yet, -1 none on this line. */
  private closeAt = -2;

  reset(): void {
    this.kind = Kind.None;
    this.depth = 0;
    this.closeAt = -2;
  }

  get open(): boolean {
    return this.kind !== Kind.None;
  }

  /** Feed the quote character at `i` (see isQuoteChar). */
  see(s: string, i: number, lineStart: number): void {
    const c = s.charCodeAt(i);
    switch (this.kind) {
      case Kind.None:
        if (c === 0x201c) this.start(Kind.Curly, i);
        else if (c === 0xab) this.start(Kind.Guillemet, i);
        else if (c === 34 && opensAt(s, i, lineStart)) this.start(Kind.Straight, i);
        return;
      case Kind.Curly:
        this.nest(c, 0x201c, 0x201d);
        return;
      case Kind.Guillemet:
        this.nest(c, 0xab, 0xbb);
        return;
      case Kind.Straight:
        if (c === 34) this.reset();
    }
  }

  /** Does the open quotation close at or after `from`, on this line? */
  closesAfter(s: string, from: number): boolean {
    if (this.kind === Kind.None) return false;
    if (this.closeAt === -2) this.closeAt = this.findCloser(s);
    return this.closeAt >= from;
  }

  private start(kind: Kind, i: number): void {
    this.kind = kind;
    this.depth = 1;
    this.openAt = i;
    this.closeAt = -2;
  }

  private nest(c: number, opener: number, closer: number): void {
    if (c === opener) this.depth++;
    else if (c === closer && --this.depth === 0) this.reset();
  }

  private findCloser(s: string): number {
    const lim = Math.min(s.length, this.openAt + MAX_QUOTE);
    const straight = this.kind === Kind.Straight;
    const opener = this.kind === Kind.Curly ? 0x201c : 0xab;
    const closer = this.kind === Kind.Curly ? 0x201d : 0xbb;
    let depth = 1;
    for (let p = this.openAt + 1; p < lim; p++) {
      const c = s.charCodeAt(p);
      if (isLineBreak(c)) return -1;
      if (straight) {
        if (c === 34) return p;
      } else {
        if (c === opener) depth++;
        else if (c === closer && --depth === 0) return p;
      }
    }
    return -1;
  }
}
