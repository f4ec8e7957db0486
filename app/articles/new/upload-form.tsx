"use client";

import { useFormAction } from "../../_components/use-form-action";
import { LanguageSelect } from "@/components/language-select";
import { uploadArticleAction } from "./actions";
import { ImportSubmit } from "./import-submit";
import { Field, TextInput } from "@/components/form";
import { usePreflight } from "@/components/use-preflight";
import { UPLOAD_SIZE_HINT, uploadProblem } from "@/lib/article-size";

export function UploadForm() {
  const { state, action, pending, values, dismiss } = useFormAction(uploadArticleAction);
  const preflight = usePreflight((data) => uploadProblem(data.get("file") as File | null));
  return (
    <form action={action} onInput={dismiss} onSubmit={preflight.onSubmit} noValidate className="space-y-3" aria-label="Upload an article">
      <Field label="File (.txt, .md or .html)" className="text-sm">
        <input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" aria-describedby="upload-size" aria-invalid={Boolean(preflight.error)} className="text-sm" />
        <span id="upload-size" className="text-xs text-stone-600">{UPLOAD_SIZE_HINT}</span>
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Title (optional: taken from the file)" className="text-sm">
          <TextInput name="title" defaultValue={values?.title} maxLength={500} />
        </Field>
        <LanguageSelect id="upload-language" defaultValue={values?.language} />
      </div>
      <ImportSubmit state={state} pending={pending} preflightError={preflight.error} label="Upload and split into claims" pendingLabel="Reading the file…" />
    </form>
  );
}
