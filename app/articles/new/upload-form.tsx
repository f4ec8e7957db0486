"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { LanguageSelect } from "@/components/language-select";
import { uploadArticleAction } from "./actions";
import { TextInput } from "@/components/form";
import { usePreflight } from "@/components/use-preflight";
import { UPLOAD_SIZE_HINT, uploadProblem } from "@/lib/article-size";

export function UploadForm() {
  const [state, action, pending] = useActionState(uploadArticleAction, null);
  const values = state && !state.ok ? state.values : undefined;
  const preflight = usePreflight((data) => uploadProblem(data.get("file") as File | null));
  return (
    <form action={action} onSubmit={preflight.onSubmit} noValidate className="space-y-3" aria-label="Upload an article">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">File (.txt, .md or .html)</span>
        <input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" aria-describedby="upload-size" aria-invalid={Boolean(preflight.error)} className="text-sm" />
        <span id="upload-size" className="text-xs text-stone-600">{UPLOAD_SIZE_HINT}</span>
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Title (optional: taken from the file)</span>
          <TextInput name="title" defaultValue={values?.title} maxLength={500} />
        </label>
        <LanguageSelect id="upload-language" defaultValue={values?.language} />
      </div>
      {preflight.error ? <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="import-error">{preflight.error}</p> : <FormMessage state={state} testId="import-error" />}
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Reading the file…" : "Upload and split into claims"}
      </button>
    </form>
  );
}
