import type { Db } from "@/db/connection";
import { DEMO_ARTICLES, readDemoArticleBody } from "@/db/seed/demo-articles";
import { countUsers, findUserByEmail, insertUser } from "@/db/users";
import { writeTransaction } from "@/db/transaction";
import { articleTitled } from "@/db/articles";
import { hashPasswordSync } from "@/lib/passwords";
import type { Role } from "@/lib/vocabulary";
import { storeSplitArticle } from "./articles/import";
import { matchArticleInTransaction } from "./matches/runner";

/** Demo-only credentials, documented in the README; turn seeding off with SEED_DEMO=0. */
export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "editor@claimdesk.local", name: "Elena Editor", role: "editor" },
  { email: "lead@claimdesk.local", name: "Luis Lead", role: "lead" },
  { email: "admin@claimdesk.local", name: "Ada Admin", role: "admin" },
];

/**
 * Adds the demo users and articles (split and matched like any import), skipping what exists, in
 * one transaction. Synchronous: the app seeds a new database before its first answer.
 */
export function seedDemo(db: Db): { users: number; articles: number } {
  const passwordHash = hashPasswordSync(DEMO_PASSWORD);
  return writeTransaction(db, (tx) => {
    let users = 0;
    let articles = 0;
    for (const u of DEMO_USERS) {
      if (!findUserByEmail(tx, u.email)) {
        insertUser(tx, { ...u, passwordHash });
        users++;
      }
    }
    const editor = findUserByEmail(tx, DEMO_USERS[0].email)!;
    for (const article of DEMO_ARTICLES) {
      if (articleTitled(tx, article.title)) continue;
      const { id } = storeSplitArticle(tx, editor.id, { ...article, body: readDemoArticleBody(article) }, new Date());
      matchArticleInTransaction(tx, id);
      articles++;
    }
    return { users, articles };
  });
}

/** Seeds only a brand-new database, so restarting never re-adds what a user removed. */
export function seedDemoIfEmpty(db: Db): boolean {
  if (countUsers(db) > 0) return false;
  seedDemo(db);
  return true;
}
