import { useActionState, useCallback, useState } from "react";
import type { ActionResult } from "@/server/action";

/**
 * useActionState for a formAction, plus `values`: what a failed submit sent, for the fields'
 * defaultValue (React resets a form after its action; formAction echoes the typed values back).
 * `dismiss` (the form's onInput) hides the last outcome once the user edits: an old "The article
 * text is empty." must not stand beside a form that now has text and is refused for another reason.
 */
export function useFormAction<T>(formAction: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>) {
  const [state, action, pending] = useActionState<ActionResult<T> | null, FormData>(formAction, null);
  const [dismissed, setDismissed] = useState<ActionResult<T> | null>(null);
  const values = state && !state.ok ? state.values : undefined;
  const dismiss = useCallback(() => setDismissed(state), [state]);
  return { state: state === dismissed ? null : state, action, pending, values, dismiss };
}
