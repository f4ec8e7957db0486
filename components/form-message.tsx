import type { ActionResult } from "@/server/action";

/** The outcome of a form action, announced politely to screen readers. */
export function FormMessage({ state, testId = "form-message" }: { state: ActionResult<unknown> | null; testId?: string }) {
  if (!state) return null;
  const text = state.ok ? state.message : state.error;
  if (!text) return null;
  return (
    <p role="status" data-testid={testId}
      className={`rounded px-3 py-2 text-sm ${state.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}>
      {text}
    </p>
  );
}
