"use client";

import { useRef, useState, type FormEvent } from "react";
import type { Outcome } from "./use-desk-actions";

/**
 * A desk form whose action answers with an Outcome: the refusal is kept as `error` (cleared on
 * success) and the form is reset once the action succeeded.
 */
export function useOutcomeForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  /** Shows an action's refusal, or clears the one shown. */
  const report = (result: Outcome) => setError(result.ok ? null : result.error);
  /** The form's onSubmit: runs `action` on the form's data instead of submitting the page. */
  const onSubmit = (action: (data: FormData) => Promise<Outcome>) => async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = await action(new FormData(e.currentTarget));
    report(result);
    if (result.ok) formRef.current?.reset();
  };
  return { formRef, error, report, onSubmit };
}
