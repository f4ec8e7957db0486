"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { articleFieldsSchema, prepareArticle, textFromUpload, titleFromBody } from "@/lib/import";
import { AppError } from "@/lib/errors";
import { formAction } from "@/server/action";
import { parseOrThrow } from "@/server/api";
import { prepareFromUrl, storeArticle } from "@/server/import-article";

export const pasteArticleAction = formAction("editor", articleFieldsSchema, (input, user) => {
  const { id } = storeArticle(prepareArticle(input), user.id);
  redirect(`/articles/${id}`);
});

const uploadSchema = z.object({
  file: z.instanceof(File, { message: "Choose a file to upload." }),
  title: z.string().max(500, "The title is too long.").optional(),
  language: z.enum(["auto", "en", "es"]).optional(),
});

export const uploadArticleAction = formAction("editor", uploadSchema, async (input, user) => {
  if (input.file.size === 0 && !input.file.name) throw new AppError("bad_request", "Choose a file to upload.");
  const extracted = textFromUpload(input.file.name, new Uint8Array(await input.file.arrayBuffer()));
  const fields = parseOrThrow(articleFieldsSchema, {
    title: input.title?.trim() || extracted.title || titleFromBody(extracted.body),
    body: extracted.body,
    byline: extracted.byline,
    publishedAt: extracted.publishedAt,
    language: input.language ?? "auto",
  });
  const { id } = storeArticle(prepareArticle(fields), user.id);
  redirect(`/articles/${id}`);
});

const urlSchema = z.object({
  url: z.string().trim().min(1, "Enter the URL of the article.").max(2000, "The URL is too long."),
  language: z.enum(["auto", "en", "es"]).optional(),
});

export const importUrlAction = formAction("editor", urlSchema, async (input, user) => {
  const article = await prepareFromUrl(input.url, { language: input.language === "auto" ? null : input.language });
  const { id } = storeArticle(article, user.id);
  redirect(`/articles/${id}`);
});
