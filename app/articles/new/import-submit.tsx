import { FormMessage } from "@/components/form-message";
import type { ActionResult } from "@/server/action";

type Props = {
  state: ActionResult<unknown> | null;
  pending: boolean;
  /** The size check's refusal before anything is sent; shown instead of the action's message. */
  preflightError?: string | null;
  label: string;
  pendingLabel: string;
};

/** The end of each import form: why the import was refused, and the submit button. */
export function ImportSubmit({ state, pending, preflightError = null, label, pendingLabel }: Props) {
  return (
    <>
      {preflightError ? <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="import-error">{preflightError}</p> : <FormMessage state={state} testId="import-error" />}
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? pendingLabel : label}
      </button>
    </>
  );
}
