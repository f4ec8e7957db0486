import type { Db } from "@/db/connection";
import { databaseStatus, isBusyError, isReadOnlyError } from "@/db/health";
import { AppError } from "@/lib/errors";

export type Health = { ok: true } | { ok: false; readOnly?: true; error: string };

export const READ_ONLY_MESSAGE = "The database is read-only right now, so nothing was saved. Ask an administrator to check the server's disk and file permissions.";

/** Liveness for `/api/health`: the database is open, migrated, answering and writable. */
export function checkHealth(openDb: () => Db): Health {
  try {
    const status = databaseStatus(openDb());
    if (!status.answers) return { ok: false, error: "The database is not available." };
    if (!status.writable) return { ok: false, readOnly: true, error: READ_ONLY_MESSAGE };
    return { ok: true };
  } catch (error) {
    console.error("Health check failed", error);
    return { ok: false, error: "The database is not available." };
  }
}

/** A storage failure the user can act on, as the error they see; null for anything else. */
export function storageFailure(error: unknown): AppError | null {
  if (isReadOnlyError(error)) return new AppError("unavailable", READ_ONLY_MESSAGE);
  if (isBusyError(error)) return new AppError("unavailable", "The database is busy with other writes; nothing was saved. Try again in a moment.");
  return null;
}
