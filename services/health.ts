import type { Db } from "@/db/connection";
import { databaseAnswers } from "@/db/health";

export type Health = { ok: true } | { ok: false; error: string };

/** Liveness for `/api/health`: the database is open, migrated and answering. */
export function checkHealth(openDb: () => Db): Health {
  try {
    return databaseAnswers(openDb()) ? { ok: true } : { ok: false, error: "The database is not available." };
  } catch (error) {
    console.error("Health check failed", error);
    return { ok: false, error: "The database is not available." };
  }
}
