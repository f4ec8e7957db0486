/** Public types of the splitter module (re-exported from ./index). */

import type { CheckworthinessModel } from "../checkworthiness/model";
import type { Language, ScoreReason } from "../vocabulary";

export type { Language, ScoreReason };

/** A trimmed sentence: `body.slice(start, end) === text` (UTF-16 offsets). */
export type SentenceSpan = { text: string; start: number; end: number };

export type ClaimDraft = SentenceSpan & { score: number; checkworthy: boolean; reasons: ScoreReason[] };


export type ScoreContext = {
  language?: Language;
  /** The sentence is on the first non-empty line of the body (headline position). */
  isFirstLine?: boolean;
  /** The whole (trimmed) line that contains the sentence; defaults to the sentence itself. */
  lineText?: string;
  /** The model to score with (the app passes the model in use); defaults to the shipped model. */
  model?: CheckworthinessModel;
};

export type SentenceScore = { score: number; checkworthy: boolean; reasons: ScoreReason[] };
