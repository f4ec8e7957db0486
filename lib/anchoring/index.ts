/**
 * ClaimDesk anchoring: describe a claim's place in an article body, and carry claims over to a
 * new version of the body (kept, moved, changed or orphaned), plus the new sentences no claim
 * covers. Pure TypeScript (no Next.js, React or database); sentence boundaries come from
 * lib/splitter. See docs/anchoring.md for the algorithm, the threshold and the evaluation.
 */
export { describeAnchor, CONTEXT_LENGTH } from "./selectors";
export type { Anchor, TextPositionSelector, TextQuoteSelector } from "./selectors";
export { reanchor } from "./reanchor";
export { canonicalText, sameText } from "./canonical";
export { DEFAULT_WEIGHTS, REANCHOR_THRESHOLD } from "./similarity";
export type {
  ClaimSpan, MatchWeights, Placement, PlacementMethod, PlacementStatus, ReanchorOptions, ReanchorResult,
  ReanchorStats, SentenceSpan,
} from "./types";
