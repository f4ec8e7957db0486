import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { can, capabilityMessage, type Capability } from "@/lib/permissions";
import { storageFailure } from "@/services/health";
import { getCurrentUser, type SessionUser } from "./session";

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; error: string; details?: Record<string, unknown>; values?: Record<string, string> };

function toInput(raw: unknown): unknown {
  if (raw instanceof FormData) {
    const out: Record<string, FormDataEntryValue> = {};
    for (const [k, v] of raw.entries()) out[k] = v;
    return out;
  }
  return raw;
}

/**
 * Server actions are public endpoints: this checks the session and capability first, then
 * validates with zod, and turns AppErrors into `{ ok: false, error }` for the form.
 */
export function serverAction<S extends z.ZodType, T = undefined>(
  capability: Capability,
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult<T>> | ActionResult<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
    if (!can(user.role, capability)) return { ok: false, error: capabilityMessage(capability) };
    const parsed = schema.safeParse(toInput(raw));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, error: first?.message ?? "Invalid input." };
    }
    try {
      return await run(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() travel as exceptions
      if (isAppError(error)) return { ok: false, error: error.message, details: error.details };
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: storage.message };
      console.error("Server action failed", error);
      return { ok: false, error: "Something went wrong on the server. Nothing was saved." };
    }
  };
}

/** The same, shaped for useActionState(action, initialState) with a <form>. */
export function formAction<S extends z.ZodType, T = undefined>(
  capability: Capability,
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult<T>> | ActionResult<T>,
) {
  const action = serverAction(capability, schema, run);
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const result = await action(formData);
    if (result.ok) return result;
    // React resets a form after its action: echo what was typed so a failed submit loses nothing.
    const values: Record<string, string> = {};
    if (!(formData instanceof FormData)) return result;
    for (const [key, value] of formData.entries()) {
      if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$")) values[key] = value;
    }
    return { ...result, values };
  };
}
