import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimStatus as DomainClaimStatus } from "@/lib/vocabulary";
import { historySummary, selectReportClaims, STATUS_WORDS, summarizeReport, type ClaimStatus } from "@/lib/export";
import { englishReport, spanishReport, T2 } from "./fixtures";

// Compile-time guard: the export module's ClaimStatus must stay identical to the domain's.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const sameStatus: Equal<ClaimStatus, DomainClaimStatus> = true;

describe("selectReportClaims", () => {
  it("keeps check-worthy claims and claims with a verdict, in article order", () => {
    expect(sameStatus).toBe(true);
    const ids = selectReportClaims(englishReport()).map((c) => c.id);
    // 14 is neither check-worthy nor verdicted; 12 is not check-worthy but disputed.
    expect(ids).toEqual([11, 12, 13, 15]);
  });

  it("verifiedOnly drops claims without a verdict", () => {
    const ids = selectReportClaims(englishReport({ options: { verifiedOnly: true } })).map((c) => c.id);
    expect(ids).toEqual([11, 12, 15]);
  });

  it("does not mutate the input claim order", () => {
    const report = englishReport();
    const before = report.claims.map((c) => c.id);
    selectReportClaims(report);
    expect(report.claims.map((c) => c.id)).toEqual(before);
  });
});

describe("summarizeReport", () => {
  it("counts statuses over the selected claims", () => {
    expect(summarizeReport(englishReport())).toEqual({
      total: 4,
      supported: 1,
      disputed: 1,
      needs_source: 1,
      unreviewed: 1,
    });
    expect(summarizeReport(englishReport({ options: { verifiedOnly: true } }))).toEqual({
      total: 3,
      supported: 1,
      disputed: 1,
      needs_source: 1,
      unreviewed: 0,
    });
    expect(summarizeReport(spanishReport()).total).toBe(3);
  });
});

describe("historySummary", () => {
  it("formats changes, time and author", () => {
    expect(historySummary({ changes: 12, lastChangeAt: T2, lastChangeBy: "Carla" })).toBe(
      "12 changes, last change at 2025-03-03T23:59:59.000Z by Carla",
    );
    expect(historySummary({ changes: 1, lastChangeAt: T2, lastChangeBy: null })).toBe(
      "1 change, last change at 2025-03-03T23:59:59.000Z",
    );
    expect(historySummary({ changes: 0, lastChangeAt: null, lastChangeBy: null })).toBe("No changes recorded");
  });
});

describe("STATUS_WORDS", () => {
  it("matches the app's status labels", () => {
    for (const s of CLAIM_STATUSES) expect(STATUS_WORDS[s]).toBe(STATUS_LABELS[s]);
  });
});
