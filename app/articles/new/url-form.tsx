"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { LanguageSelect } from "@/components/language-select";
import { importUrlAction } from "./actions";
import { TextInput } from "@/components/form";

export function UrlForm() {
  const [state, action, pending] = useActionState(importUrlAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" aria-label="Import from a URL">
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Article URL</span>
          <TextInput name="url" defaultValue={values?.url} type="url" required maxLength={2000} placeholder="https://" />
        </label>
        <LanguageSelect id="url-language" defaultValue={values?.language} />
      </div>
      <p className="text-xs text-stone-600">ClaimDesk fetches the page, extracts the article text, title, byline and date.</p>
      <FormMessage state={state} testId="import-error" />
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Fetching the page…" : "Import and split into claims"}
      </button>
    </form>
  );
}
