import fs from "node:fs";
import { parseArgs } from "node:util";
import { importArticle, type ArticleSource } from "@/services/articles";
import { defaultFetchOptions } from "@/services/articles/sources";
import { actorByEmail } from "@/services/users";
import { withCliDatabase } from "./with-database";

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
  const email = values.as;
  if (!location || !email) {
    process.stderr.write(USAGE);
    return 1;
  }
  return withCliDatabase(async (db) => {
    const actor = await actorByEmail(db, email);
    if (!actor) {
      process.stderr.write(`No active user with the email ${email}.\n`);
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
  });
}
