import { openCliDatabase } from "../db";
import { seedDemo } from "@/services/demo";
import { resolveDatabasePath } from "@/db/connection";

export async function migrateCommand(): Promise<number> {
  const db = openCliDatabase();
  db.$client.close();
  process.stderr.write(`Migrations applied to ${resolveDatabasePath(process.env.DATABASE_URL)}\n`);
  return 0;
}

export async function seedDemoCommand(): Promise<number> {
  const db = openCliDatabase();
  const added = seedDemo(db);
  db.$client.close();
  process.stderr.write(`Demo data: ${added.users} users and ${added.articles} articles added.\n`);
  return 0;
}
