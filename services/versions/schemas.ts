import { z } from "zod";
import { formatLimit, LIMITS } from "@/lib/vocabulary";

/** `POST /api/articles/:id/versions`: `{ body }` (pasted text) or `{ url }` (fetch a page; `true` re-fetches the source URL). */
export const newVersionSchema = z.union(
  [
    z.strictObject({
      body: z.string("The text must be text.").max(LIMITS.articleBodyChars, `The article is too long; the limit is ${formatLimit(LIMITS.articleBodyChars)} characters.`),
      title: z.string().max(LIMITS.articleTitleChars).nullish(),
    }),
    z.strictObject({
      url: z.union([z.string().trim().min(1, "Enter the URL of the new version.").max(LIMITS.urlChars, "The URL is too long."), z.literal(true)]),
    }),
  ],
  "Send { body } with the new text, or { url } to fetch it.",
);

export type NewVersionInput = z.infer<typeof newVersionSchema>;
