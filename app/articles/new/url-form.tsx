"use client";

import { useFormAction } from "../../_components/use-form-action";
import { LanguageSelect } from "@/components/language-select";
import { importUrlAction } from "./actions";
import { ImportSubmit } from "./import-submit";
import { Field, TextInput } from "@/components/form";

export function UrlForm() {
  const { state, action, pending, values, dismiss } = useFormAction(importUrlAction);
  return (
    <form action={action} onInput={dismiss} className="space-y-3" aria-label="Import from a URL">
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field label="Article URL" className="text-sm">
          <TextInput name="url" defaultValue={values?.url} type="url" required maxLength={2000} placeholder="https://" />
        </Field>
        <LanguageSelect id="url-language" defaultValue={values?.language} />
      </div>
      <p className="text-xs text-stone-600">ClaimDesk fetches the page, extracts the article text, title, byline and date.</p>
      <ImportSubmit state={state} pending={pending} label="Import and split into claims" pendingLabel="Fetching the page…" />
    </form>
  );
}
