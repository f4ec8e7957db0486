import { sql } from "drizzle-orm";
import type { Db } from "../connection";
import { users } from "../schema";
import { createArticle } from "../queries/articles";
import { findUserByEmail, insertUser } from "../queries/users";
import { hashPasswordSync } from "@/lib/passwords";
import { DEMO_ARTICLES, readDemoArticleBody } from "./demo-articles";
import type { Role } from "@/lib/vocabulary";

/** Demo-only credentials, documented in the README; turn seeding off with SEED_DEMO=0. */
export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "editor@claimdesk.local", name: "Elena Editor", role: "editor" },
  { email: "lead@claimdesk.local", name: "Luis Lead", role: "lead" },
  { email: "admin@claimdesk.local", name: "Ada Admin", role: "admin" },
];

export function seedDemo(db: Db): { users: number; articles: number } {
  const passwordHash = hashPasswordSync(DEMO_PASSWORD);
  let createdUsers = 0;
  let createdArticles = 0;
  db.$client.transaction(() => {
    for (const u of DEMO_USERS) {
      if (!findUserByEmail(db, u.email)) {
        insertUser(db, { ...u, passwordHash });
        createdUsers++;
      }
    }
    const editor = findUserByEmail(db, DEMO_USERS[0].email)!;
    const existing = db.$client.prepare("select count(*) as n from articles where title = ?");
    for (const article of DEMO_ARTICLES) {
      if ((existing.get(article.title) as { n: number }).n > 0) continue;
      createArticle(db, { ...article, body: readDemoArticleBody(article) }, editor.id);
      createdArticles++;
    }
  })();
  return { users: createdUsers, articles: createdArticles };
}

/** Seeds only a brand-new database, so restarting never re-adds what a user removed. */
export function seedDemoIfEmpty(db: Db): boolean {
  const count = db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
  if (count > 0) return false;
  seedDemo(db);
  return true;
}
