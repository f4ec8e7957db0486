/**
 * Table-driven re-anchoring cases. Claims are the old body's sentences (as the app makes them);
 * `expect` gives, per old sentence in order, its outcome, and for changed claims the new text.
 */
import { describe, expect, it } from "vitest";
import { reanchor, type PlacementStatus } from "@/lib/anchoring";
import { invariantViolations, reanchorSentences, sentenceClaims } from "./support";

type Outcome = "kept" | "moved" | "orphaned" | { changed: string };
type Case = { name: string; old: string; new: string; expect: Outcome[]; added?: string[] };

const P1 = "The council approved a $4.2 million budget on Tuesday. The vote was 7 to 2.";
const P2 = "Opponents said the plan ignores the east side. The mayor rejected that claim.";
const P3 = "A final vote is due in March.";

const CASES: Case[] = [
  {
    name: "moved paragraph",
    old: `${P1}\n\n${P2}\n\n${P3}`,
    new: `${P2}\n\n${P1}\n\n${P3}`,
    expect: ["moved", "moved", "moved", "moved", "kept"],
  },
  {
    name: "corrected number",
    old: `${P1}\n\n${P2}`,
    new: `${P1.replace("7 to 2", "6 to 3")}\n\n${P2}`,
    expect: ["kept", { changed: "The vote was 6 to 3." }, "kept", "kept"],
  },
  {
    name: "reworded sentence",
    old: `${P1}\n\n${P2}`,
    new: `On Tuesday, the council approved a budget of $4.2 million. The vote was 7 to 2.\n\n${P2}`,
    expect: [{ changed: "On Tuesday, the council approved a budget of $4.2 million." }, "moved", "moved", "moved"],
  },
  {
    name: "deleted sentence",
    old: `${P1}\n\n${P2}\n\n${P3}`,
    new: `${P1}\n\nOpponents said the plan ignores the east side.\n\n${P3}`,
    expect: ["kept", "kept", "kept", "orphaned", "moved"],
  },
  {
    name: "sentence replaced by an unrelated one",
    old: `${P1}\n\n${P2}`,
    new: `${P1}\n\nOpponents said the plan ignores the east side. Rain is forecast for the weekend.`,
    expect: ["kept", "kept", "kept", "orphaned"],
    added: ["Rain is forecast for the weekend."],
  },
  {
    name: "whitespace-only changes",
    old: `${P1}\n\n${P2}`,
    new: `${P1.replace("approved a", "approved  a").replace(". The", ".\u00a0 The")}\r\n\r\n\r\n  ${P2.replace(" the ", "\tthe ")}  `,
    expect: ["moved", "moved", "moved", "moved"],
  },
  {
    name: "curly-quote-only changes",
    old: `Smith said "it's over" at noon. Jones said 'no' - twice.\n\nThe end.`,
    new: `Smith said “it’s over” at noon. Jones said ‘no’ — twice.\n\nThe end.`,
    expect: ["kept", "kept", "kept"],
  },
  {
    name: "new top paragraph: everything moves, nothing changes",
    old: `${P1}\n\n${P2}`,
    new: `UPDATE: Police closed the bridge. Traffic is diverted.\n\n${P1}\n\n${P2}`,
    expect: ["moved", "moved", "moved", "moved"],
    added: ["UPDATE: Police closed the bridge.", "Traffic is diverted."],
  },
  {
    name: "Spanish: accents, guillemets, ¿? and a corrected figure",
    old: "¿Quién pagará la deuda? El Gobierno aprobó el 3,5 % de aumento. «No habrá recortes», dijo la ministra.\n\nLa oposición votó en contra.",
    new: "¿Quién pagará la deuda? El Gobierno aprobó el 4,5 % de aumento. “No habrá recortes”, dijo la ministra.\n\nLa oposición votó en contra.",
    expect: ["kept", { changed: "El Gobierno aprobó el 4,5 % de aumento." }, "kept", "kept"],
  },
  {
    name: "Spanish: decomposed accents (NFD) are the same text (longer, so moved)",
    old: "La comisión se reunió en Bogotá. El acuerdo se firmará mañana.",
    new: "La comisio\u0301n se reunio\u0301 en Bogota\u0301. El acuerdo se firmara\u0301 man\u0303ana.",
    expect: ["moved", "moved"],
  },
  {
    name: "emoji and surrogate pairs",
    old: "Fans cheered 🎉🎉 as the team won 3–1. 😀 The coach thanked them.\n\n𝒳 marks the spot.",
    new: "Fans cheered 🎉 as the team won 3–1. 😀 The coach thanked them.\n\nThe stadium 🏟️ was full. 𝒳 marks the spot.",
    expect: [{ changed: "Fans cheered 🎉 as the team won 3–1." }, "moved", "moved"],
    added: ["The stadium 🏟️ was full."],
  },
];

describe("reanchor: cases", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const claims = sentenceClaims(c.old);
      expect(claims).toHaveLength(c.expect.length);
      const result = reanchorSentences(c.old, c.new);
      expect(invariantViolations(c.new, claims, result)).toEqual([]);
      const got = result.placements.map((p): Outcome => (p.status === "changed" ? { changed: p.text } : p.status));
      expect(got).toEqual(c.expect);
      if (c.added) expect(result.added.map((s) => s.text)).toEqual(c.added);
    });
  }
});

describe("reanchor: specifics", () => {
  it("a sentence that appears twice: each copy keeps its own place", () => {
    const old = "Police said no one was hurt. The fire started at 3 a.m.\n\nLater, a second fire broke out. Police said no one was hurt.";
    const moved = `Breaking news.\n\n${old}`;
    const r = reanchorSentences(old, moved);
    const delta = moved.length - old.length;
    const claims = sentenceClaims(old);
    r.placements.forEach((p, i) => {
      expect(p.status).toBe("moved");
      if (p.status === "moved") expect(p.start).toBe(claims[i].start + delta);
    });
    // Swap the paragraphs: the copies travel with their own paragraph (told apart by context).
    const [a, b] = old.split("\n\n");
    const swapped = `${b}\n\n${a}`;
    const s = reanchorSentences(old, swapped);
    expect(invariantViolations(swapped, claims, s)).toEqual([]);
    const starts = s.placements.map((p) => (p.status === "orphaned" ? -1 : p.start));
    expect(starts).toEqual([b.length + 2, b.length + 2 + a.indexOf("The fire"), 0, b.indexOf("Police")]);
    // Delete the first copy only: the second stays where it is, the first is orphaned.
    const deleted = old.replace("Police said no one was hurt. ", "");
    const d = reanchorSentences(old, deleted);
    expect(d.placements.map((p) => p.status)).toEqual(["orphaned", "moved", "moved", "moved"]);
  });

  it("identical bodies: everything kept, nothing searched", () => {
    const body = `${P1}\n\n${P2}`;
    const r = reanchorSentences(body, body);
    expect(r.placements.every((p) => p.status === "kept")).toBe(true);
    expect(r.stats.searched).toBe(0);
    expect(r.added).toEqual([]);
  });

  it("an empty new body orphans every claim", () => {
    const r = reanchorSentences(P1, "");
    expect(r.placements.map((p) => p.status)).toEqual(["orphaned", "orphaned"]);
  });

  it("a live-blog append touches only the new entry", () => {
    const entries = Array.from({ length: 200 }, (_, i) => `${String(9 + (i % 12)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")} Update ${i}: officials reported ${i * 3} new cases.`);
    const old = `Live: the storm\n\n${entries.join("\n\n")}`;
    const entry = "21:05 Update 200: the river peaked at 4.2 metres.";
    for (const next of [`${old}\n\n${entry}`, old.replace("\n\n", `\n\n${entry}\n\n`)]) {
      const r = reanchorSentences(old, next);
      expect(r.stats.searched).toBe(0);
      expect(r.stats.newMiddle[1] - r.stats.newMiddle[0]).toBeLessThan(entry.length + 80);
      expect(r.stats.searchedChars).toBeLessThan(entry.length + 80); // only the entry is tokenised and split
      expect(r.placements.every((p) => p.status === "kept" || p.status === "moved")).toBe(true);
      expect(r.added.map((s) => s.text).join(" ")).toContain("the river peaked at 4.2 metres.");
    }
  });

  it("stale offsets: a claim whose offsets no longer hold its text is found by its text", () => {
    const claims = [{ id: "a", start: 3, end: 10, text: "The vote was 7 to 2." }];
    const r = reanchor(P1, `Intro.\n\n${P1}`, claims);
    expect(r.placements[0]).toMatchObject({ status: "moved", text: "The vote was 7 to 2." });
  });

  it("overlapping input claims: the result still never overlaps", () => {
    const claims = [
      { id: 1, start: 0, end: 54, text: P1.slice(0, 54) },
      { id: 2, start: 40, end: P1.length, text: P1.slice(40) },
    ];
    const next = `Intro.\n\n${P1}`;
    const r = reanchor(P1, next, claims);
    expect(invariantViolations(next, claims, r).filter((p) => p.includes("overlap"))).toEqual([]);
    const statuses: PlacementStatus[] = r.placements.map((p) => p.status);
    expect(statuses[0]).toBe("moved");
    // The second can only have what the first left: the sentence after it, or nothing.
    expect(r.placements[1]).toSatisfy((p: (typeof r.placements)[number]) => p.status === "orphaned" || p.text === "The vote was 7 to 2.");
  });
});
