"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { LanguageSelect } from "@/components/language-select";
import { uploadArticleAction } from "./actions";
import { TextInput } from "@/components/form";

export function UploadForm() {
  const [state, action, pending] = useActionState(uploadArticleAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="space-y-3" aria-label="Upload an article">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">File (.txt, .md or .html)</span>
        <input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" required className="text-sm" />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Title (optional: taken from the file)</span>
          <TextInput name="title" defaultValue={values?.title} maxLength={500} />
        </label>
        <LanguageSelect id="upload-language" defaultValue={values?.language} />
      </div>
      <FormMessage state={state} testId="import-error" />
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Reading the file…" : "Upload and split into claims"}
      </button>
    </form>
  );
}
