/**
 * Check-worthiness scores for the splitter: the learned model of lib/checkworthiness with the
 * committed weights (model-v5.json). A score is the model's probability rounded to two decimals;
 * `checkworthy = score >= CHECKWORTHY_THRESHOLD`; the reasons are the features that moved the
 * score most, in plain words, each with its contribution to the log-odds.
 */
import { analyseLine, type LineFacts } from "../checkworthiness/layout";
import { CheckworthinessModel, type ModelFile, type ModelScore } from "../checkworthiness/model";
import modelFile from "../checkworthiness/model-v5.json";
import { detectLanguage } from "./language";
import type { Language, ScoreContext, SentenceScore } from "./types";

const FILE = modelFile as unknown as ModelFile;

/** The weights file the scores come from. */
export const CHECKWORTHINESS_MODEL_VERSION: string = FILE.version;
/** Chosen on the dev split (docs/checkworthiness.md, "Model"). */
export const CHECKWORTHY_THRESHOLD: number = FILE.threshold;

let shipped: CheckworthinessModel | null = null;

/** The shipped model, loaded on first use. */
export function shippedModel(): CheckworthinessModel {
  return (shipped ??= new CheckworthinessModel(FILE));
}

/** Datelines and timestamps are not sentences, so never claims (rule book). */
export function notASentence(kind: "dateline" | "timestamp"): ModelScore {
  return {
    score: 0,
    checkworthy: false,
    reasons: [{ label: kind === "dateline" ? "a dateline, not a sentence" : "a live-blog timestamp, not a sentence", weight: -1 }],
    stage: "fast",
  };
}

export function scoreInContext(
  model: CheckworthinessModel,
  text: string,
  language: Language,
  line: LineFacts,
  firstLine: boolean,
): ModelScore {
  return model.score(text, { language, line, firstLine });
}

/** Score one sentence. Pure and deterministic. `lineText` defaults to the sentence itself. */
export function scoreSentence(text: string, context: ScoreContext = {}): SentenceScore {
  const t = typeof text === "string" ? text.trim() : "";
  const language = context.language ?? detectLanguage(t);
  const line = analyseLine(context.lineText ?? t);
  const { score, checkworthy, reasons } = scoreInContext(context.model ?? shippedModel(), t, language, line, context.isFirstLine === true);
  return { score, checkworthy, reasons };
}
