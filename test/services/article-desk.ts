import type { Actor } from "@/services/actor";
import { importArticle } from "@/services/articles";
import { testDb } from "../support/db";

/**
 * A fresh desk with one English article pasted by its editor (Eve), matching waited for, and
 * Leo as its lead: the starting point of the service tests that review one article.
 */
export async function deskWithArticle(title: string, body: string) {
  const t = testDb();
  const editor: Actor = { id: t.editorId, name: "Eve", role: "editor" };
  const lead: Actor = { id: t.leadId, name: "Leo", role: "lead" };
  const { id } = await importArticle(t.db, editor, { kind: "text", fields: { title, body, language: "en" } }, { matching: "wait" });
  return { ...t, editor, lead, articleId: id };
}
