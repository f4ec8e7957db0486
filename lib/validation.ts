import type { z } from "zod";
import { AppError } from "./errors";

/**
 * Parses input with a zod schema; a failure is a 400 with the first problem in words. Used at
 * every edge (route handlers, server actions, the CLI) so bad input reads the same everywhere.
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (first && first.path.length === 0 && first.code === "invalid_type") {
      throw new AppError("bad_request", "The request body must be a JSON object.");
    }
    const where = first?.path.length && isFieldNameInMessage(first.message) ? "" : first?.path.length ? `${first.path.join(".")}: ` : "";
    throw new AppError("bad_request", `${where}${first?.message ?? "Invalid input."}`);
  }
  return parsed.data;
}

/** Messages written for people ("Enter the URL…") need no field-name prefix; zod's defaults do. */
function isFieldNameInMessage(message: string): boolean {
  return /^[A-Z]/.test(message);
}
