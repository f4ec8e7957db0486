import { describe, expect, it } from "vitest";
import { claimFrame } from "@/lib/matching/frame";
import { yearPartMonths } from "@/lib/matching/periods";
import { en, enEs, es } from "./compare-in";

/**
 * Dev v20 (docs/matching.md, "What changed in dev v20"): holdouts qb and qc, scored once under dev
 * v19, are spent and join the dev data, which the eval scripts and the corpus test read as DEV_DIRS;
 * a part of the year is compared with months. Examples written for these tests (none from corpus/matching).
 */
describe("dev v20: a part of the year against months (periods.ts)", () => {
  it("is a different period when the months fall outside the quarter or half", () => {
    const q = en("Retail sales rose 4% in the second quarter, the statistics office said.", "Retail sales rose 4% between January and March, the statistics office said.");
    expect(q.tier).not.toBe("same");
    expect(q.reason).toBe("different period: second quarter / January, March");
    expect(es("Las exportaciones crecieron un 6 % en el segundo semestre.", "Las exportaciones crecieron un 6 % entre enero y junio.").tier).not.toBe("same");
    expect(enEs("Hotel bookings fell 12% in the third quarter.", "Las reservas hoteleras cayeron un 12 % entre enero y marzo.").tier).not.toBe("same");
  });

  it("is a shorter period when one month stands for the quarter", () => {
    expect(en("Retail sales rose 4% in the first quarter.", "Retail sales rose 4% in March.").reason).toBe("different period: first quarter / March");
  });

  it("agrees when the months open and close it", () => {
    expect(yearPartMonths(claimFrame("Sales rose in the second quarter.", "en").units.find((u) => u.kind === "time")!)).toEqual([4, 6]);
    const slots = en("Retail sales rose 4% in the first quarter.", "Retail sales rose 4% between January and March.").slots;
    expect(slots.filter((s) => s.slot === "period" && !s.agrees)).toEqual([]);
  });

  it("leaves 'the first 90 days' of anything alone: it is not a part of the year", () => {
    expect(yearPartMonths(claimFrame("The mayor cut 300 jobs in her first 90 days.", "en").units.find((u) => u.kind === "time")!)).toBeUndefined();
  });
});
