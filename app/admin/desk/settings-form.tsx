"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import type { TwoPersonRule } from "@/lib/vocabulary";
import { updateDeskSettingsAction } from "./actions";

const CHOICES: { value: TwoPersonRule; label: string; help: string }[] = [
  { value: "disputed", label: "Disputed verdicts", help: "A second reviewer confirms every Disputed verdict (the default: a public “false” needs two people)." },
  { value: "all", label: "Every verdict", help: "Supported, Disputed and Needs a source all wait for a second reviewer." },
  { value: "off", label: "Off", help: "One reviewer's verdict stands. Leads still sign off before publishing." },
];

export function DeskSettingsForm({ rule }: { rule: TwoPersonRule }) {
  const [state, action, pending] = useActionState(updateDeskSettingsAction, null);
  return (
    <form action={action} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="font-medium">Which verdicts need a second reviewer?</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="flex items-start gap-2 rounded border border-stone-200 p-2 has-[:checked]:border-stone-900">
            <input type="radio" name="twoPersonRule" value={c.value} defaultChecked={(state?.ok === false ? state.values?.twoPersonRule : rule) === c.value} className="mt-1" />
            <span>
              <span className="font-medium">{c.label}</span>
              <span className="block text-sm text-stone-600">{c.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
