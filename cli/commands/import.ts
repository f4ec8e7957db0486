import fs from "node:fs";
import { parseArgs } from "node:util";
import { openCliDatabase } from "../db";
import { isAppError } from "@/lib/errors";
import { importArticle, type ArticleSource } from "@/services/articles";
import { defaultFetchOptions } from "@/services/articles/sources";
import { actorByEmail } from "@/services/users";

const USAGE = "Usage: import FILE|URL --as EMAIL [--title T] [--language en|es] [--allow-private]\n";

/** Adds an article from a file or URL as the given user, through the same import service as the app. */
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
  const location = positionals[0];
  if (!location || !values.as) {
    process.stderr.write(USAGE);
    return 1;
  }
  const db = openCliDatabase();
  try {
    const actor = await actorByEmail(db, values.as);
    if (!actor) {
      process.stderr.write(`No active user with the email ${values.as}.\n`);
      return 1;
    }
    const overrides = { title: values.title ?? null, language: values.language ?? null };
    const source: ArticleSource = /^https?:\/\//i.test(location)
      ? { kind: "url", url: location, ...overrides }
      : { kind: "file", name: location, bytes: fs.readFileSync(location), ...overrides };
    const created = await importArticle(db, actor, source, {
      matching: "wait",
      fetch: { ...defaultFetchOptions(), allowPrivate: Boolean(values["allow-private"]) || defaultFetchOptions().allowPrivate },
    });
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
