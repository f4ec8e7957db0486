import { describe, expect, it } from "vitest";
import type { Actor } from "@/services/actor";
import { articleListPaging, findArticleByTitle, listArticles } from "@/services/articles";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

/** The article picker (dashboard, bulk export): titles found by the words typed, newest first. */
function setup() {
  const t = testDb();
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const at = (day: number) => new Date(Date.UTC(2024, 2, day));
  const add = (title: string, day: number, language: "en" | "es" = "en") =>
    createArticle(t.db, { title, body: "The city spent $310 million on the stadium in 2016.", language }, t.editorId, at(day)).id;
  const ids = {
    budget: add("City budget: where the money went", 1),
    budget2: add("The BUDGET vote, explained", 2),
    carcel: add("La megacárcel de Bukele", 3, "es"),
    percent: add("Turnout hit 100% in district 5_b", 4),
  };
  return { ...t, lead, ids };
}

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe("picking an article by title", () => {
  it("keeps the articles whose title holds every word typed, case and accents ignored, newest first", async () => {
    const { db, lead } = setup();
    const find = (q: string) => listArticles(db, lead, articleListPaging(new URLSearchParams({ q, limit: "8" })));
    expect(titles(await find("budget"))).toEqual(["The BUDGET vote, explained", "City budget: where the money went"]);
    expect(titles(await find("money  BUDG"))).toEqual(["City budget: where the money went"]);
    expect(titles(await find("megacarcel"))).toEqual(["La megacárcel de Bukele"]);
    expect(titles(await find("MEGACÁRCEL bukele"))).toEqual(["La megacárcel de Bukele"]);
    expect(await find("budget stadium")).toEqual([]);
    // Punctuation is not a word, and LIKE's wildcards never reach the query as wildcards.
    expect(titles(await find("100%"))).toEqual(["Turnout hit 100% in district 5_b"]);
    expect(titles(await find("district 5_b"))).toEqual(["Turnout hit 100% in district 5_b"]);
    expect(await find("%")).toHaveLength(4); // no words: no title filter
    expect(await find("_")).toHaveLength(4);
  });

  it("gives each title its claim counts and honours limit and offset", async () => {
    const { db, lead } = setup();
    const page = (offset: number) => listArticles(db, lead, articleListPaging(new URLSearchParams({ q: "budget", limit: "1", offset: String(offset) })));
    const [first] = await page(0);
    const [second] = await page(1);
    expect(first?.title).toBe("The BUDGET vote, explained");
    expect(second?.title).toBe("City budget: where the money went");
    expect(first?.checkworthy).toBeGreaterThan(0);
    expect(await page(2)).toEqual([]);
  });

  it("answers a title typed without picking (no JavaScript) with the newest article it names, or null", async () => {
    const { db, lead, ids } = setup();
    expect((await findArticleByTitle(db, lead, "budget"))?.id).toBe(ids.budget2);
    expect((await findArticleByTitle(db, lead, "where the MONEY"))?.id).toBe(ids.budget);
    expect((await findArticleByTitle(db, lead, "carcel"))?.id).toBe(ids.carcel);
    expect(await findArticleByTitle(db, lead, "zeppelin")).toBeNull();
    expect(await findArticleByTitle(db, lead, "  ¿?  ")).toBeNull();
  });
});
