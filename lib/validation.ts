import { z } from "zod";
import { VERDICTS } from "./vocabulary";
import { MAX_NOTE_CHARS } from "./claim-rules";

/** Input shapes shared by the JSON API and the server actions. */
export const verdictSchema = z.object({
  status: z.enum(VERDICTS, "status must be supported, disputed or needs_source."),
  note: z.string("note must be text.").max(MAX_NOTE_CHARS, `note is too long (${MAX_NOTE_CHARS} characters at most).`).nullish(),
  version: z.number("version must be the claim version you saw (a number).").int().positive(),
});

export const evidenceSchema = z.object({
  url: z.string("url is required.").trim().min(1, "url is required.").max(2000, "url is too long."),
  title: z.string("title must be text.").max(500, "title is too long (500 characters at most).").nullish(),
  quote: z.string("quote must be text.").max(5000, "quote is too long (5000 characters at most).").nullish(),
});

export const commentSchema = z.object({
  body: z.string("body is required.").trim().min(1, "The comment is empty.").max(5000, "The comment is too long (5000 characters at most)."),
});

export const assignSchema = z.object({
  userId: z.number("userId must be a user id or null.").int().positive().nullable(),
});

export const resetSchema = z.object({
  note: z.string("note is required.").trim().min(1, "Say why the article is being reset: a note is required.").max(MAX_NOTE_CHARS),
});
