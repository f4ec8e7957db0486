import fs from "node:fs";
import { parseArgs } from "node:util";
import { openCliDatabase } from "../db";
import { createArticle } from "@/db/queries/articles";
import { findUserByEmail } from "@/db/queries/users";
import { articleFieldsSchema, fetchArticle, prepareArticle, textFromUpload, titleFromBody } from "@/lib/import";
import { isAppError } from "@/lib/errors";

const USAGE = "Usage: import FILE|URL --as EMAIL [--title T] [--language en|es] [--allow-private]\n";

/** Adds an article from a file or URL as the given user, split into claims. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      as: { type: "string" },
      title: { type: "string" },
      language: { type: "string" },
      "allow-private": { type: "boolean", default: false },
    },
  });
  const source = positionals[0];
  if (!source || !values.as) {
    process.stderr.write(USAGE);
    return 1;
  }
  const db = openCliDatabase();
  try {
    const user = findUserByEmail(db, values.as);
    if (!user || user.disabled) {
      process.stderr.write(`No active user with the email ${values.as}.\n`);
      return 1;
    }
    const extracted = /^https?:\/\//i.test(source)
      ? await fetchArticle(source, { allowPrivate: Boolean(values["allow-private"]) }).then((p) => ({ ...p, sourceUrl: p.url }))
      : { ...textFromUpload(source, fs.readFileSync(source)), sourceUrl: null };
    const fields = articleFieldsSchema.safeParse({
      title: values.title ?? (extracted.title || titleFromBody(extracted.body)),
      body: extracted.body,
      byline: extracted.byline,
      publishedAt: extracted.publishedAt,
      sourceUrl: extracted.sourceUrl,
      language: values.language ?? "auto",
    });
    if (!fields.success) {
      process.stderr.write(`${fields.error.issues[0]?.message}\n`);
      return 1;
    }
    const created = createArticle(db, prepareArticle(fields.data), user.id);
    process.stdout.write(`${JSON.stringify(created)}\n`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}
