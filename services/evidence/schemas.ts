import { z } from "zod";
import { formatLimit, LIMITS } from "@/lib/vocabulary";

export const evidenceSchema = z.object({
  url: z
    .string("Enter the evidence URL.")
    .trim()
    .min(1, "Enter the evidence URL.")
    .max(LIMITS.urlChars, `The evidence URL is too long (${formatLimit(LIMITS.urlChars)} characters at most).`),
  title: z
    .string("The title must be text.")
    .max(LIMITS.evidenceTitleChars, `The title is too long (${formatLimit(LIMITS.evidenceTitleChars)} characters at most).`)
    .nullish(),
  quote: z
    .string("The quoted passage must be text.")
    .max(LIMITS.evidenceQuoteChars, `The quoted passage is too long (${formatLimit(LIMITS.evidenceQuoteChars)} characters at most).`)
    .nullish(),
});

export const commentSchema = z.object({
  body: z
    .string("Write a comment.")
    .trim()
    .min(1, "The comment is empty.")
    .max(LIMITS.commentChars, `The comment is too long (${formatLimit(LIMITS.commentChars)} characters at most).`),
});
