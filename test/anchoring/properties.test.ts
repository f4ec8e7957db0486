/**
 * Seeded property test: random edits on random multi-paragraph EN/ES texts (words inserted,
 * deleted and replaced; paragraphs moved, inserted and deleted; sentences inserted and deleted;
 * whitespace and quote style changed). Whatever the edits, no placement breaks the slice rule or
 * overlaps another, and a sentence the edits did not touch is kept or moved, never changed or
 * orphaned; when its text occurs once in the new body, it lands exactly there.
 *
 * Repeated sentences are judged by count, not identity: when one of two identical sentences is
 * deleted, the text alone cannot say which one went (the shortest diff may well keep the other),
 * so for a text that several claims share, at least as many of them must be kept or moved as
 * there are untouched copies left.
 */
import { describe, expect, it } from "vitest";
import { canonicalText, reanchor } from "@/lib/anchoring";
import { mulberry32 } from "@/lib/prng";
import { applyEdit, EDIT_KINDS, randomDoc, render, type Doc } from "./random-docs";
import { invariantViolations } from "./support";

const TRIALS = 1000;

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

describe("reanchor: properties under random edits", () => {
  it(`holds the invariants over ${TRIALS} seeded trials`, () => {
    let checkedUntouched = 0;
    for (let seed = 1; seed <= TRIALS; seed++) {
      const r = mulberry32(seed);
      const ids = { n: 0 };
      const doc = randomDoc(r, ids, { paragraphs: [1, 6], sentences: [1, 5] });
      const old = render(doc);
      const claims = doc.paragraphs.flat().map((u) => ({ id: u.id, ...old.spans.get(u.id)! }));
      const next: Doc = structuredClone(doc);
      const touched = new Set<number>();
      const edits = 1 + Math.floor(r() * 6);
      const log: string[] = [];
      for (let e = 0; e < edits; e++) {
        const kind = EDIT_KINDS[Math.floor(r() * EDIT_KINDS.length)];
        log.push(kind);
        applyEdit(r, next, kind, touched, ids);
      }
      const now = render(next);
      const result = reanchor(old.body, now.body, claims);
      const where = `seed ${seed} (${log.join(", ")})`;
      expect(invariantViolations(now.body, claims, result), where).toEqual([]);
      const canonicalNew = canonicalText(now.body);
      const sharing = new Map<string, number>(); // canonical text → claims with it
      for (const c of claims) sharing.set(canonicalText(c.text), (sharing.get(canonicalText(c.text)) ?? 0) + 1);
      const untouchedLeft = new Map<string, number>();
      const placedSame = new Map<string, number>();
      result.placements.forEach((p, i) => {
        const key = canonicalText(claims[i].text);
        if (p.status === "kept" || p.status === "moved") placedSame.set(key, (placedSame.get(key) ?? 0) + 1);
        const span = now.spans.get(p.id);
        if (!span || touched.has(p.id)) return;
        checkedUntouched++;
        untouchedLeft.set(key, (untouchedLeft.get(key) ?? 0) + 1);
        if (sharing.get(key)! > 1) return;
        expect(p.status === "kept" || p.status === "moved", `${where}: claim ${p.id} ${p.status}`).toBe(true);
        if (p.status !== "orphaned" && occurrences(canonicalNew, key) === 1) {
          expect([p.start, p.end], `${where}: claim ${p.id} offsets`).toEqual([span.start, span.end]);
        }
      });
      for (const [key, left] of untouchedLeft) {
        expect(placedSame.get(key) ?? 0, `${where}: copies of ${JSON.stringify(key)}`).toBeGreaterThanOrEqual(left);
      }
    }
    expect(checkedUntouched).toBeGreaterThan(TRIALS * 5);
  });
});
