import { describe, expect, it } from "vitest";
import { findArticle } from "@/db/articles";
import { articleAsOf } from "@/services/history";
import { deskWithArticle } from "./article-desk";

const BODY = "The city spent $310 million on the stadium in 2016.\n\nAttendance fell 12% last season, the club said.";

describe("the article as of a moment", () => {
  it("before the article was added: no version, no text and no claims, never today's text", async () => {
    const { db, editor, articleId } = await deskWithArticle("Stadium", BODY);
    const added = findArticle(db, articleId)!.createdAt;
    const before = await articleAsOf(db, editor, { articleId, moment: new Date(added.getTime() - 60_000) });
    expect(before).toMatchObject({ version: null, body: "", claims: [] });
  });

  it("from the moment it was added: version 1, its text and its claims", async () => {
    const { db, editor, articleId } = await deskWithArticle("Stadium", BODY);
    const added = findArticle(db, articleId)!.createdAt;
    const then = await articleAsOf(db, editor, { articleId, moment: added });
    expect(then?.version).toBe(1);
    expect(then?.body).toBe(BODY);
    expect(then?.claims.map((c) => c.text)).toEqual(["The city spent $310 million on the stadium in 2016.", "Attendance fell 12% last season, the club said."]);
  });
});
