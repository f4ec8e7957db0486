import { describe, expect, it } from "vitest";
import { correctionsSince, toJson } from "@/lib/export";
import { englishReport } from "./fixtures";

/** The JSON claims of the fixture report, with changes applied to some claims by id. */
function claimsWith(changes: Record<number, { text?: string; status?: "supported" | "disputed" | "needs_source" } | "drop">) {
  const report = englishReport();
  report.claims = report.claims.flatMap((c) => {
    const change = changes[c.id];
    if (change === "drop") return [];
    return [change ? { ...c, ...change } : c];
  });
  return toJson(report).claims;
}

describe("corrections since the previous published version", () => {
  const previous = toJson(englishReport());

  it("none when nothing a reader sees changed, and none for a first version", () => {
    expect(correctionsSince(previous, toJson(englishReport()).claims)).toEqual([]);
    expect(correctionsSince(null, previous.claims)).toEqual([]);
  });

  it("a claim whose text changed under the same verdict (the article was edited) is listed with what it read before", () => {
    const before = previous.claims.find((c) => c.id === 11)!;
    const corrections = correctionsSince(previous, claimsWith({ 11: { text: `${before.text} (updated)` } }));
    expect(corrections).toEqual([
      expect.objectContaining({ claimId: 11, text: `${before.text} (updated)`, previousText: before.text, from: before.status, to: before.status }),
    ]);
  });

  it("a verdict change alone carries no previous text", () => {
    const [correction] = correctionsSince(previous, claimsWith({ 15: { status: "supported" } }));
    expect(correction).toMatchObject({ claimId: 15, from: "needs_source", to: "supported" });
    expect(correction).not.toHaveProperty("previousText");
  });

  it("a claim that joined the report has no earlier verdict; one that left it is listed last, as removed", () => {
    const withoutEleven = { claims: previous.claims.filter((c) => c.id !== 11) };
    const joined = correctionsSince(withoutEleven, previous.claims);
    expect(joined).toEqual([expect.objectContaining({ claimId: 11, from: null, to: previous.claims.find((c) => c.id === 11)!.status })]);
    const left = correctionsSince(previous, claimsWith({ 12: "drop", 15: { status: "supported" } }));
    expect(left.map((c) => [c.claimId, c.to])).toEqual([[15, "supported"], [12, null]]);
  });
});
