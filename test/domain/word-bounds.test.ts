import { describe, expect, it } from "vitest";
import { widenToWords } from "@/lib/word-bounds";

const BODY = "The minister claimed 200,000 jobs were created. El déficit cayó.";
const at = (text: string) => BODY.indexOf(text);
const span = (text: string, cutStart = 0, cutEnd = 0) => ({ start: at(text) + cutStart, end: at(text) + text.length - cutEnd });
const widened = (s: { start: number; end: number }) => BODY.slice(...Object.values(widenToWords(BODY, s)) as [number, number]);

describe("widenToWords: a span never starts or ends inside a word", () => {
  it("leaves a span on word bounds as it is", () => {
    expect(widened(span("200,000 jobs were"))).toBe("200,000 jobs were");
    expect(widened(span("claimed 200,000 jobs were created."))).toBe("claimed 200,000 jobs were created.");
  });
  it("widens an end inside a word to the end of that word", () => {
    expect(widened(span("200,000 jobs were", 0, 2))).toBe("200,000 jobs were");
  });
  it("widens a start inside a word to its start, in figures and accented words too", () => {
    expect(widened(span("minister claimed", 3))).toBe("minister claimed");
    expect(widened(span("200,000 jobs", 5))).toBe("000 jobs");
    expect(widened(span("déficit cayó", 2, 1))).toBe("déficit cayó");
  });
  it("does not cross punctuation or spaces", () => {
    expect(widened(span("created.", 0, 0))).toBe("created.");
    expect(widened({ start: at("jobs") - 1, end: at("jobs") + 4 })).toBe(" jobs");
  });
});
