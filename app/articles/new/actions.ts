"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/server/db";
import { articleFieldsSchema, articleFromUrlSchema, importArticle, uploadFormSchema } from "@/services/articles";
import { formAction } from "@/server/action";

export const pasteArticleAction = formAction("article:import", articleFieldsSchema, async (input, user) => {
  const { id } = await importArticle(getDb(), user, { kind: "text", fields: input });
  redirect(`/articles/${id}`);
});

export const uploadArticleAction = formAction("article:import", uploadFormSchema, async (input, user) => {
  const { file, title, language } = input;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { id } = await importArticle(getDb(), user, { kind: "file", name: file.name, bytes, title, language });
  redirect(`/articles/${id}`);
});

export const importUrlAction = formAction("article:import", articleFromUrlSchema, async (input, user) => {
  const { id } = await importArticle(getDb(), user, { kind: "url", ...input });
  redirect(`/articles/${id}`);
});
