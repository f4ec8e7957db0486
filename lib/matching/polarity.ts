/**
 * Direction and polarity of a claim frame.
 *
 * Directions: phrases of lexicon-data/directions.json (plus supplement.ts) in the claim's language,
 * each with its id and opposite. Besides the mirrored pairs (approve/reject, surplus/deficit,
 * win/lose …) two coarse axes let different pairs contradict each other:
 * - quantity: changes up (increase, raise, gain, accelerate, expand, more spending) vs down
 *   (decrease, cut, loss, slow, contract, less spending); "steady" (held, mantuvo, sin cambios)
 *   contradicts both. Comparisons and superlatives (more/less, above/below, highest/lowest) only
 *   contradict their own opposite: "raised the minimum salary" and "lifts the lowest pay" agree.
 * - stance: for (approve, authorize, pass, uphold, allow, support, accept, agree, confirm, sign)
 *   vs against (reject, block, defeat, overturn, ban, oppose, refuse, disagree, deny, withdraw,
 *   exclude). A claim's stance is the product of its stance words' signs, so "rejected the veto"
 *   (− × −) is for, and "ratificó el veto" (+ × −) against.
 * Vote tallies ("172 votos a favor, 169 en contra") are not a stance and are skipped.
 *
 * Negation: cues not inside a direction phrase ("not", "n't", "never", "no", "nunca", "ni", …)
 * plus verbs that negate their complement (deny, rule out, refuse, fail to, advise against, vote against,
 * postpone, lack; negó, descartó, rehusó, se negó a, no logró, desaconsejó, aplazó, postergó,
 * carece de). Claims
 * disagree when the parities of their cue counts differ. A "neither … nor" / "ni … ni" chain
 * counts once. Not negations: "never … so many" / "nunca … tanto" and "never before" (a record,
 * added as the time reference "ever"), "not seen since"; and "cannot" / "no podrán" (a ban,
 * added as the direction "ban").
 */

import { anyUsed, type FrameToken, type Unit } from "./frame-types";
import { lexicons } from "./lexicons";
import type { Language } from "./normalize";
import { PhraseTable } from "./phrases";

const UP = ["increase", "raise", "increase_spending", "gain", "accelerate", "expand"];
const DOWN = ["decrease", "cut", "reduce_spending", "loss", "slow", "contract"];
const FOR = ["approve", "authorize", "pass_law", "uphold", "allow", "support", "accept", "agree", "confirm", "sign"];
const AGAINST = ["reject", "block", "defeat_law", "overturn", "ban", "oppose", "refuse", "disagree", "deny", "withdraw", "exclude"];

const SOFT_UP = new Set([...UP, "more", "above", "highest"]);
const SOFT_DOWN = new Set([...DOWN, "less", "below", "lowest"]);

/** Loose sign for alignment only: "down 36 %" and "un 36 % menos" say the same thing. */
export function softSign(id: string): -1 | 0 | 1 {
  return SOFT_UP.has(id) ? 1 : SOFT_DOWN.has(id) ? -1 : 0;
}

export function axisOf(id: string): { axis: "quantity" | "stance" | "pair"; sign: -1 | 0 | 1 } {
  if (UP.includes(id)) return { axis: "quantity", sign: 1 };
  if (DOWN.includes(id)) return { axis: "quantity", sign: -1 };
  if (id === "steady") return { axis: "quantity", sign: 0 };
  if (FOR.includes(id)) return { axis: "stance", sign: 1 };
  if (AGAINST.includes(id)) return { axis: "stance", sign: -1 };
  return { axis: "pair", sign: 1 };
}

const PLAIN_CUES: Record<Language, ReadonlySet<string>> = {
  en: new Set(["not", "no", "never", "cannot", "neither", "nor", "none", "nobody", "nothing"]),
  es: new Set(["no", "nunca", "jamas", "ni", "ningun", "ninguna", "ninguno", "nadie", "nada", "tampoco"]),
};
const CHAIN = new Set(["nor", "ni"]);
/** Verbs that negate their complement; counted even when they are also direction words. */
const IMPLICATIVE: Record<Language, string[]> = {
  en: ["deny", "denies", "denied", "denying", "rule out", "rules out", "ruled out", "ruling out", "refuse to", "refuses to", "refused to", "refusing to",
    "fail to", "fails to", "failed to", "advise against", "advises against", "advised against", "recommend against", "recommended against",
    "warned against", "postpone", "postpones", "postponed", "postponing", "called off", "call off", "scrapped", "shelved", "declined to",
    "lack", "lacks", "lacked", "lacking", "vote against", "votes against", "voted against", "voting against"],
  es: ["nego", "niega", "niegan", "negaron", "negar", "descarto", "descarta", "descartan", "descartaron", "descartar", "descartara", "rehuso", "rehusa",
    "se nego a", "se niega a", "se negaron a", "no logro", "no lograron", "desaconsejo", "desaconseja", "desaconsejaron", "aplazo", "aplaza",
    "aplazaron", "aplazar", "postergo", "posterga", "postergaron", "postergar", "pospuso", "pospusieron", "posponer",
    "carece de", "carecen de", "carecia de", "carecian de", "voto en contra de", "votaron en contra de", "vota en contra de", "votan en contra de",
    "voto contra", "votaron contra"],
};
const MODALS = new Set(["can", "could", "may", "allowed", "permitted", "able", "podra", "podran", "puede", "pueden", "podia", "podian", "podrian", "podria", "permitido", "permitida", "permitidos", "permitira", "permitiran"]);
const RECORD_AFTER_NEVER = new Set(["tanto", "tanta", "tantos", "tantas", "so", "such", "as", "more", "mas", "higher", "mayor", "before", "antes"]);
/**
 * Dev v12: a negated comparative states a record, not a negation: "no month has been warmer than
 * July", "nobody has run it faster than her", "none of the 30 … had worse punctuality than", "la
 * temperatura más alta jamás medida", "ningún país recibió más solicitudes que Alemania" (pa, pc,
 * pg, ph, pi, pk). Not "not" / "no" before a figure's bound ("no more than 5 %", "no más que").
 */
const RECORD_CUES = new Set(["no", "none", "nobody", "never", "nunca", "jamas", "ningun", "ninguna", "ninguno", "nadie"]);
const COMPARATIVES = new Set(["more", "less", "fewer", "worse", "better", "mas", "menos", "mayor", "menor", "peor", "mejor"]);
function negatedComparative(words: readonly string[], i: number, language: Language): boolean {
  const w = words[i]!;
  if (!RECORD_CUES.has(w) || (w === "no" && language === "es")) return false;
  // "la más alta jamás medida": "jamás" / "nunca" right after a superlative means "ever"
  if ((w === "jamas" || w === "nunca") && words.slice(Math.max(0, i - 3), i).some((x) => COMPARATIVES.has(x))) return true;
  if (COMPARATIVES.has(words[i + 1] ?? "")) return false;
  const than = language === "en" ? "than" : "que";
  for (let k = i + 2; k < Math.min(words.length, i + 12); k++) {
    if (words[k] !== than) continue;
    return words.slice(i + 1, k).some((x) => COMPARATIVES.has(x) || (language === "en" && /^[a-z]{3,}er$/.test(x) && !["other", "rather", "never", "over", "under", "after", "water", "number", "power"].includes(x)));
  }
  return false;
}
const NOT_SEEN = new Set(["seen", "unseen", "visto", "vista", "vistos", "registrado"]);
/** Attribution phrases that hold direction words ("de acuerdo con" = according to). */
const REPORTING: Record<Language, string[]> = { en: ["in agreement with"], es: ["de acuerdo con", "de acuerdo a", "segun informo", "con base en"] };
const VOTE_WORDS = new Set(["votos", "votes", "vote", "voto", "sies", "legisladores", "diputados", "senadores"]);

function span(tokens: readonly FrameToken[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t, k, all) => (k > 0 && all[k - 1]!.end < t.start ? " " : "") + t.raw).join("");
}

function table(phrases: Record<Language, string[]>): Record<Language, PhraseTable<true>> {
  const out = { en: new PhraseTable<true>(), es: new PhraseTable<true>() };
  for (const lang of ["en", "es"] as const) for (const p of phrases[lang]) out[lang].add(p, true);
  return out;
}

let tables: { implicative: Record<Language, PhraseTable<true>>; reporting: Record<Language, PhraseTable<true>> } | undefined;

function matchList(words: readonly string[], i: number, kind: "implicative" | "reporting", language: Language): number {
  tables ??= { implicative: table(IMPLICATIVE), reporting: table(REPORTING) };
  return tables[kind][language].match(words, i)?.length ?? 0;
}

const VOTE_VERBS = new Set(["vote", "votes", "voted", "voting", "voto", "votaron", "vota", "votan"]);
/** Dev v7: "voted 9-4 against …", "votó 7 a 2 en contra de …": the vote verb negates through a tally. Its length in words, or 0. */
function talliedAgainst(tokens: readonly FrameToken[], words: readonly string[], i: number): number {
  if (!VOTE_VERBS.has(words[i]!)) return 0;
  let j = i + 1;
  while (j < tokens.length && (tokens[j]!.kind === "num" || tokens[j]!.kind === "sym" || ((words[j] === "to" || words[j] === "a") && tokens[j + 1]?.kind === "num"))) j++;
  if (j === i + 1 || tokens[j - 1]!.kind !== "num") return 0;
  const tail = words[j] === "against" || words[j] === "contra" ? 1 : words[j] === "en" && words[j + 1] === "contra" ? 2 : 0;
  return tail ? j - i + tail : 0;
}

export type PolarityResult = { directions: Unit[]; negations: { text: string; index: number }[]; extra: Unit[] };

/** Direction units and negation cues of a frame; `used` is updated with the direction tokens. */
export function polarityUnits(tokens: readonly FrameToken[], words: readonly string[], used: boolean[], language: Language): PolarityResult {
  const lex = lexicons();
  const directions: Unit[] = [];
  const extra: Unit[] = [];
  const negations: { text: string; index: number }[] = [];
  const unit = (first: number, last: number, id: string): Unit => {
    // the phrase's bilingual concepts too, so "condenó" (convict) still meets "sentenced"
    const concepts = [...(lex.concepts[language].match(words, first)?.values ?? []), ...(lex.concepts[language].get(words[first]!) ?? [])];
    const keys = [`d:${id}`, ...concepts.map((c) => `c:${c}`)];
    return { kind: "direction", first, last, text: span(tokens, first, last), keys, ids: [], weight: 1, direction: { id, ...axisOf(id) }, verb: concepts.some((c) => lex.conceptInfo[c]!.pos === "verb") };
  };

  for (let i = 0; i < tokens.length; i++) {
    const reporting = matchList(words, i, "reporting", language);
    if (reporting) for (let k = i; k < i + reporting; k++) used[k] = true;
    if (used[i] || tokens[i]!.kind !== "word") continue;
    const hit = lex.directions[language].match(words, i, (h) => !anyUsed(used, i, i + h.length));
    if (!hit) continue;
    const id = hit.values[0]!;
    const last = i + hit.length - 1;
    const previous = words[i - 1] ?? "";
    const tally = (id === "support" || id === "oppose") && (VOTE_WORDS.has(previous) || tokens[i - 1]?.kind === "num" || VOTE_WORDS.has(words[i - 2] ?? ""));
    for (let k = i; k <= last; k++) used[k] = true;
    if (!tally) directions.push(unit(i, last, id));
    i = last;
  }

  let sentenceCue = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentenceStart) sentenceCue = false;
    if (t.kind !== "word") continue;
    const implicative = matchList(words, i, "implicative", language) || talliedAgainst(tokens, words, i);
    if (implicative) {
      negations.push({ text: span(tokens, i, i + implicative - 1), index: i });
      sentenceCue = true;
      i += implicative - 1;
      continue;
    }
    if (used[i]) continue;
    const w = words[i]!;
    if (!PLAIN_CUES[language].has(w)) continue;
    if (CHAIN.has(w) && sentenceCue) continue;
    const next = words.slice(i + 1, i + 3);
    if (w === "cannot" || next.some((x) => MODALS.has(x)) || /^(can|ca|couldn)$/.test(words[i - 1] ?? "")) {
      // "cannot", "no podrán circular", "not allowed": a ban, not a negation
      directions.push(unit(i, i, "ban"));
      used[i] = true;
      continue;
    }
    if (((w === "never" || w === "nunca") && words.slice(i + 1, i + 7).some((x) => RECORD_AFTER_NEVER.has(x))) || negatedComparative(words, i, language)) {
      extra.push({ kind: "time", first: i, last: i, text: t.raw, keys: [], ids: [], weight: 1, time: { group: "reference", value: "ever" } });
      used[i] = true;
      continue;
    }
    if (NOT_SEEN.has(words[i + 1] ?? "") || (w === "no" && words[i + 1] === "se" && words[i + 2] === "veia")) continue;
    // dev v15: "NO2" / "NOx" is a formula, not a negation; "13 votes to none", "none against" is a tally, not a stance
    if (t.raw === "NO" && tokens[i + 1] !== undefined && tokens[i + 1]!.start === t.end && /^(\d|x)/i.test(tokens[i + 1]!.raw)) continue;
    if (w === "none" && ((words[i - 1] === "to" && VOTE_WORDS.has(words[i - 2] ?? "")) || words[i + 1] === "against")) continue;
    negations.push({ text: t.norm === "not" && t.raw === "t" ? "n't" : t.raw, index: i });
    used[i] = true;
    sentenceCue = true;
  }
  return { directions, negations, extra };
}
