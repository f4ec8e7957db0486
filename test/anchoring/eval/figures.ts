/** The figures reported in docs/anchoring.md, as plain counts (figures.json), for one split. */
import type { Article } from "./corpus";
import { evaluate, margins, OUTCOMES } from "./metrics";
import { versionPairs } from "./scripts";

export type Figures = {
  articles: number;
  pairs: number;
  claims: number;
  /** [truth, predicted, correct] per outcome, and for added sentences. */
  outcomes: Record<string, [number, number, number]>;
  added: [number, number, number];
  exactOffsets: [number, number];
  wrong: number;
  missed: number;
  margins: { lowestChanged: number; highestGone: number };
};

export function figuresOf(articles: Article[]): Figures {
  const pairs = versionPairs(articles);
  const s = evaluate(pairs);
  const m = margins(pairs);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    articles: articles.length,
    pairs: s.pairs,
    claims: s.claims,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, [s.outcomes[o].truth, s.outcomes[o].predicted, s.outcomes[o].correct]])),
    added: [s.added.truth, s.added.predicted, s.added.correct],
    exactOffsets: [s.offsets.exact, s.offsets.placeable],
    wrong: s.wrong,
    missed: s.missed,
    margins: { lowestChanged: round(m.lowestChanged), highestGone: round(m.highestGone) },
  };
}
