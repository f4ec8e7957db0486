import { useActionState } from "react";
import type { ActionResult } from "@/server/action";

/**
 * useActionState for a formAction, plus `values`: what a failed submit sent, for the fields'
 * defaultValue (React resets a form after its action; formAction echoes the typed values back).
 */
export function useFormAction<T>(formAction: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const [state, action, pending] = useActionState<ActionResult<T> | null, FormData>(formAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return { state, action, pending, values };
}
