import { describe, expect, it } from "vitest";
import { listLiveClaimViews } from "@/db/claims";
import { DEMO_ARTICLES, readDemoArticleBody } from "@/db/seed/demo-articles";
import { searchExpression } from "@/db/search/filters";
import { rankedPage } from "@/db/search/rank";
import { searchClaims } from "@/db/search/read";
import { SMALL_RESULT, smallResultPage } from "@/db/search/small-page";
import { readSnippets } from "@/db/search/snippets";
import type { SearchInput } from "@/lib/search/query";
import type { Actor } from "@/services/actor";
import { recordVerdict } from "@/services/claims";
import { createArticle } from "../support/articles";
import { testDb } from "../support/db";

async function demoWithVerdicts() {
  const t = testDb();
  for (const a of DEMO_ARTICLES) createArticle(t.db, { title: a.title, body: readDemoArticleBody(a), language: a.language }, t.editorId);
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const claims = listLiveClaimViews(t.db, 1).concat(listLiveClaimViews(t.db, 2));
  // Verdicts on a spread of claims, a plain line among them, so every tier of the order is present.
  const statuses = ["supported", "disputed", "needs_source"] as const;
  for (const [i, c] of claims.filter((_, i) => i % 4 === 1).entries()) {
    await recordVerdict(t.db, editor, { claimId: c.id, status: statuses[i % 3]!, note: `checked against the ministry's figures (${i})`, version: c.version });
  }
  return t;
}

// Words, a phrase, a prefix, a stemmed form, Boolean operators and every kind of filter.
const INPUTS: SearchInput[] = [
  { q: "gangs" },
  { q: "gang" },
  { q: "percent" },
  { q: '"El Salvador"' },
  { q: "presid*" },
  { q: "Milei OR Bukele" },
  { q: "the" },
  { q: "the", scope: "claims" },
  { q: "the", status: "supported" },
  { q: "the", language: "en" },
  { q: "de", language: "es" },
  { q: "ministry" },
  { q: "the", articleId: 1 },
  { q: "zeppelin" },
];

describe("a search with few matches, ranked in one statement", () => {
  it("gives the same pages, totals and snippets as the general ranking", async () => {
    const { db } = await demoWithVerdicts();
    let compared = 0;
    for (const input of INPUTS) {
      const expr = searchExpression(db, input);
      if (!expr) continue;
      const general = rankedPage(db, expr, 0, 1000);
      for (const [offset, limit] of [[0, 20], [0, 1000], [3, 5], [general.total, 20]] as const) {
        const small = smallResultPage(db, expr, offset, limit);
        expect(small, JSON.stringify(input)).not.toBeNull();
        const expected = rankedPage(db, expr, offset, limit).ids;
        expect(small!.ids, `${JSON.stringify(input)} at ${offset}`).toEqual(expected);
        expect(small!.total).toBe(general.total);
        expect(Object.fromEntries(small!.snippets)).toEqual(Object.fromEntries(readSnippets(db, expr.text, expected)));
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(200); // the inputs really match claims
  });

  it("hands a search with more than SMALL_RESULT matches to the general ranking", () => {
    const t = testDb();
    const body = Array.from({ length: SMALL_RESULT + 5 }, (_, i) => `The harbour handled ${1000 + i} containers in week ${i + 1}.`).join("\n\n");
    createArticle(t.db, { title: "Harbour weekly", body, language: "en" }, t.editorId);
    const expr = searchExpression(t.db, { q: "harbour" })!;
    expect(smallResultPage(t.db, expr, 0, 20)).toBeNull();
    const response = searchClaims(t.db, { q: "harbour" });
    expect(response.total).toBe(SMALL_RESULT + 5); // every line of the body
    expect(response.results).toHaveLength(20);
    // A narrower search over the same article is small again and agrees with the general path.
    const narrow = searchExpression(t.db, { q: '"1003 containers"' })!;
    expect(smallResultPage(t.db, narrow, 0, 20)!.ids).toEqual(rankedPage(t.db, narrow, 0, 20).ids);
  });
});
