import { eq } from "drizzle-orm";
import { deskSettings } from "./schema";
import type { Conn } from "./transaction";

export function readSetting(db: Conn, key: string): string | undefined {
  return db.select({ value: deskSettings.value }).from(deskSettings).where(eq(deskSettings.key, key)).get()?.value;
}

export function writeSetting(db: Conn, key: string, value: string, by: number, at: Date): void {
  db.insert(deskSettings)
    .values({ key, value, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({ target: deskSettings.key, set: { value, updatedBy: by, updatedAt: at } })
    .run();
}
