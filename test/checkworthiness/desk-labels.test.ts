/** The desk-label rule (lib/checkworthiness/desk-labels.ts), case by case. */
import { describe, expect, it } from "vitest";
import { countLabels, deskLabelsFrom, sentenceKey, withoutHeldOut, type DeskDecision, type DeskVerdict } from "@/lib/checkworthiness/desk-labels";

let nextEvent = 1;
const d = (claimId: number, kind: DeskDecision["kind"], extra: Partial<DeskDecision> = {}): DeskDecision => ({
  eventId: nextEvent++,
  claimId,
  kind,
  markedTo: null,
  retiredStatus: null,
  text: `Sentence ${claimId}.`,
  language: "en",
  ...extra,
});
const v = (claimId: number, lastEventId: number, extra: Partial<DeskVerdict> = {}): DeskVerdict => ({ claimId, lastEventId, text: `Sentence ${claimId}.`, language: "en", ...extra });
const labels = (decisions: DeskDecision[], verdicts: DeskVerdict[] = []) => deskLabelsFrom(decisions, verdicts).map((l) => `${l.language} ${l.checkworthy ? 1 : 0} ${l.text}`);

describe("desk labels from decisions", () => {
  const cases: [string, () => [DeskDecision[], DeskVerdict[]], string[]][] = [
    ["a mark is the label", () => [[d(1, "marked_checkworthy", { markedTo: 0 })], []], ["en 0 Sentence 1."]],
    ["the latest mark wins", () => [[d(1, "marked_checkworthy", { markedTo: 0 }), d(1, "marked_checkworthy", { markedTo: 1 })], []], ["en 1 Sentence 1."]],
    ["a claim made from a selection is check-worthy", () => [[d(2, "created")], []], ["en 1 Sentence 2."]],
    ["a claim trimmed to a selection is check-worthy", () => [[d(3, "span_changed")], []], ["en 1 Sentence 3."]],
    ["retiring an unreviewed claim says not check-worthy", () => [[d(4, "marked_checkworthy", { markedTo: 1 }), d(4, "deleted", { retiredStatus: "unreviewed" })], []], ["en 0 Sentence 4."]],
    ["retiring a claim that had a verdict is no decision", () => [[d(5, "marked_checkworthy", { markedTo: 1 }), d(5, "deleted", { retiredStatus: "disputed" })], []], []],
    ["a live claim with a verdict is check-worthy, whatever its mark", () => {
      const mark = d(6, "marked_checkworthy", { markedTo: 0 });
      return [[mark], [v(6, mark.eventId - 1)]];
    }, ["en 1 Sentence 6."]],
    ["a verdict alone is a label", () => [[], [v(7, 99)]], ["en 1 Sentence 7."]],
    ["the same sentence in two articles: the later decision wins", () => [[d(8, "marked_checkworthy", { markedTo: 1, text: "Same  words." }), d(9, "marked_checkworthy", { markedTo: 0, text: "Same words." })], []], ["en 0 Same words."]],
    ["the same words in two languages are two labels", () => [[d(10, "created", { text: "Hola." }), d(11, "marked_checkworthy", { markedTo: 0, text: "Hola.", language: "es" })], []], ["en 1 Hola.", "es 0 Hola."]],
    ["labels come sorted by language and text", () => [[d(12, "created", { text: "B.", language: "es" }), d(13, "created", { text: "Z." }), d(14, "created", { text: "A." })], []], ["en 1 A.", "en 1 Z.", "es 1 B."]],
    ["true from SQLite's json_extract reads as 1", () => [[d(15, "marked_checkworthy", { markedTo: true })], []], ["en 1 Sentence 15."]],
  ];
  it.each(cases)("%s", (_name, make, expected) => {
    const [decisions, verdicts] = make();
    expect(labels(decisions, verdicts)).toEqual(expected);
  });

  it("give the same labels in whatever order the rows come", () => {
    const rows = [d(20, "created", { text: "One." }), d(21, "marked_checkworthy", { markedTo: 0, text: "Two." }), d(22, "created", { text: "Three.", language: "es" })];
    expect(deskLabelsFrom([...rows].reverse(), [])).toEqual(deskLabelsFrom(rows, []));
  });

  it("counts by label and language, and holds out dev and test sentences", () => {
    const all = deskLabelsFrom([d(30, "created", { text: "Kept." }), d(31, "marked_checkworthy", { markedTo: 0, text: "Held  out." }), d(32, "created", { text: "Uno.", language: "es" })], []);
    expect(countLabels(all)).toEqual({ en: { checkworthy: 1, notCheckworthy: 1 }, es: { checkworthy: 1, notCheckworthy: 0 } });
    const split = withoutHeldOut(all, new Set([sentenceKey("en", "Held out.")]));
    expect(split.heldOut).toBe(1);
    expect(split.kept.map((l) => l.text)).toEqual(["Kept.", "Uno."]);
  });
});
