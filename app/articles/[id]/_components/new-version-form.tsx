"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useFormAction } from "../../../_components/use-form-action";
import { Button, Field, TextArea, TextInput } from "@/components/form";
import { FormMessage } from "@/components/form-message";
import { usePreflight } from "@/components/use-preflight";
import { ARTICLE_SIZE_HINT, articleTextProblem, UPLOAD_SIZE_HINT, uploadProblem } from "@/lib/article-size";
import { addVersionAction } from "../actions";

type Props = { articleId: number; version: number; sourceUrl: string | null };

/**
 * "New version": the article's newer text, pasted, uploaded or fetched again from its URL. The
 * claims are carried over to it; the page then shows the newest text.
 */
export function NewVersionForm({ articleId, version, sourceUrl }: Props) {
  const { state, action, pending, values, dismiss } = useFormAction(addVersionAction);
  const [kind, setKind] = useState<"text" | "file" | "url">(sourceUrl ? "url" : "text");
  const router = useRouter();
  const preflight = usePreflight((data) =>
    kind === "text" ? articleTextProblem(String(data.get("body") ?? "")) : kind === "file" ? uploadProblem(data.get("file") as File | null) : null,
  );
  useEffect(() => {
    if (state?.ok && !state.data?.unchanged) router.refresh();
  }, [state, router]);
  return (
    <details className="rounded border border-stone-300 bg-white text-sm" data-testid="new-version">
      <summary className="cursor-pointer px-3 py-1.5 font-medium">New version (now v{version})</summary>
      <form action={action} onInput={dismiss} onSubmit={preflight.onSubmit} className="space-y-3 border-t border-stone-200 p-3" aria-label="Add a new version of the article">
        <input type="hidden" name="articleId" value={articleId} />
        <fieldset className="flex flex-wrap gap-3">
          <legend className="sr-only">Where the new text comes from</legend>
          {(
            [
              ["text", "Paste the new text"],
              ["file", "Upload a file"],
              ["url", "Fetch the page again"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {kind === "text" && (
          <Field label="The whole new text" hint={ARTICLE_SIZE_HINT}>
            <TextArea name="body" rows={10} defaultValue={values?.body} className="font-serif" data-testid="new-version-body" />
          </Field>
        )}
        {kind === "file" && (
          <Field label="A .txt, .md or .html file" hint={UPLOAD_SIZE_HINT}>
            <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm" />
          </Field>
        )}
        {kind === "url" && (
          <Field label="URL">
            <TextInput name="url" type="url" defaultValue={values?.url ?? sourceUrl ?? ""} placeholder="https://" />
          </Field>
        )}
        <p className="text-xs text-stone-600">
          Claims keep their verdicts where their sentence is still there; a changed sentence is marked “changed since verdict”, a sentence that is gone is kept
          as an orphaned claim, and new sentences become new claims.
        </p>
        {preflight.error ? <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="new-version-message">{preflight.error}</p> : <FormMessage state={state} testId="new-version-message" />}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Carrying the claims over…" : "Add the new version"}
        </Button>
      </form>
    </details>
  );
}
