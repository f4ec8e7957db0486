"use client";

import { useFormAction } from "../../_components/use-form-action";
import { Field } from "@/components/form";
import { LanguageSelect } from "@/components/language-select";
import { usePreflight } from "@/components/use-preflight";
import { ARTICLE_SIZE_HINT, articleTextProblem } from "@/lib/article-size";
import { pasteArticleAction } from "./actions";
import { ImportSubmit } from "./import-submit";

const input = "rounded border border-stone-300 px-2 py-1";

export function PasteForm() {
  const { state, action, pending, values, dismiss } = useFormAction(pasteArticleAction);
  const preflight = usePreflight((data) => articleTextProblem(String(data.get("body") ?? "")));
  return (
    <form action={action} onInput={dismiss} onSubmit={preflight.onSubmit} className="space-y-3" aria-label="Paste an article">
      <Field label="Title" className="text-sm">
        <input name="title" defaultValue={values?.title} required maxLength={500} className={input} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Byline (optional)" className="text-sm">
          <input name="byline" defaultValue={values?.byline} maxLength={300} className={input} />
        </Field>
        <Field label="Published (optional)" className="text-sm">
          <input name="publishedAt" defaultValue={values?.publishedAt} type="date" className={input} />
        </Field>
        <Field label="Source URL (optional)" className="text-sm">
          <input name="sourceUrl" defaultValue={values?.sourceUrl} type="url" maxLength={2000} placeholder="https://" className={input} />
        </Field>
        <LanguageSelect id="paste-language" defaultValue={values?.language} />
      </div>
      <Field label="Article text" className="text-sm">
        <textarea name="body" defaultValue={values?.body} rows={14} aria-describedby="paste-size" aria-invalid={Boolean(preflight.error)} className={`${input} font-serif`} />
        <span id="paste-size" className="text-xs text-stone-600">{ARTICLE_SIZE_HINT}</span>
      </Field>
      <ImportSubmit state={state} pending={pending} preflightError={preflight.error} label="Add and split into claims" pendingLabel="Splitting into claims…" />
    </form>
  );
}
