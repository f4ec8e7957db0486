"use client";

import { useFormAction } from "../../_components/use-form-action";
import { LanguageSelect } from "@/components/language-select";
import { usePreflight } from "@/components/use-preflight";
import { ARTICLE_SIZE_HINT, articleTextProblem } from "@/lib/article-size";
import { pasteArticleAction } from "./actions";
import { ImportSubmit } from "./import-submit";

const input = "rounded border border-stone-300 px-2 py-1";

export function PasteForm() {
  const { state, action, pending, values } = useFormAction(pasteArticleAction);
  const preflight = usePreflight((data) => articleTextProblem(String(data.get("body") ?? "")));
  return (
    <form action={action} onSubmit={preflight.onSubmit} className="space-y-3" aria-label="Paste an article">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Title</span>
        <input name="title" defaultValue={values?.title} required maxLength={500} className={input} />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Byline (optional)</span>
          <input name="byline" defaultValue={values?.byline} maxLength={300} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Published (optional)</span>
          <input name="publishedAt" defaultValue={values?.publishedAt} type="date" className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Source URL (optional)</span>
          <input name="sourceUrl" defaultValue={values?.sourceUrl} type="url" maxLength={2000} placeholder="https://" className={input} />
        </label>
        <LanguageSelect id="paste-language" defaultValue={values?.language} />
      </div>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Article text</span>
        <textarea name="body" defaultValue={values?.body} rows={14} aria-describedby="paste-size" aria-invalid={Boolean(preflight.error)} className={`${input} font-serif`} />
        <span id="paste-size" className="text-xs text-stone-600">{ARTICLE_SIZE_HINT}</span>
      </label>
      <ImportSubmit state={state} pending={pending} preflightError={preflight.error} label="Add and split into claims" pendingLabel="Splitting into claims…" />
    </form>
  );
}
