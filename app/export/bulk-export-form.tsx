"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/vocabulary";
import { csvRowCounter, filenameFromDisposition, formatBytes, jsonRowCounter } from "./row-counter";
import { ArticlePicker, type PickedArticle } from "@/components/article-picker";
import { Field, Select, TextInput } from "@/components/form";

type Progress = { rows: number; bytes: number; total: number | null };
type State =
  | { phase: "idle" }
  | ({ phase: "running" } & Progress)
  | ({ phase: "done"; url: string | null; filename: string } & Progress)
  | ({ phase: "cancelled" } & Progress)
  | { phase: "error"; message: string };

const FIELDS = ["format", "from", "to", "status", "articleId", "bom"] as const;
/** Re-rendering on every network chunk would make a big export slower than the download. */
const REPAINT_MS = 100;
const count = (n: number) => n.toLocaleString("en-US");

/**
 * Streams /api/export with fetch, counting rows and bytes as they arrive against the server's
 * X-Total-Count, then offers the received bytes as a file. The whole file is held in the
 * browser until it is saved: fine for the desk's sizes, and it lets Cancel stop the query.
 */
export function BulkExportForm({ article = null }: { article?: PickedArticle | null }) {
  const [state, setState] = useState<State>({ phase: "idle" });
  const [format, setFormat] = useState("csv");
  const controller = useRef<AbortController | null>(null);
  const objectUrl = useRef<string | null>(null);

  const releaseUrl = () => {
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = null;
  };
  useEffect(() => () => {
    controller.current?.abort();
    releaseUrl();
  }, []);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    controller.current?.abort();
    releaseUrl();
    const data = new FormData(event.currentTarget);
    if (String(data.get("articleQuery") ?? "").trim() && !data.get("articleId")) {
      setState({ phase: "error", message: "Pick the article from the list of titles, or empty the Article box to export every article." });
      return;
    }
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = String(data.get(name) ?? "").trim();
      if (value) params.set(name, value);
    }
    const abort = new AbortController();
    controller.current = abort;
    const progress: Progress = { rows: 0, bytes: 0, total: null };
    setState({ phase: "running", ...progress });
    try {
      const res = await fetch(`/api/export?${params}`, { signal: abort.signal, cache: "no-store" });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `The export failed (HTTP ${res.status}).`);
      }
      const header = res.headers.get("X-Total-Count");
      progress.total = header !== null && /^\d+$/.test(header) ? Number(header) : null;
      const counter = params.get("format") === "json" ? jsonRowCounter() : csvRowCounter();
      const decoder = new TextDecoder();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      const reader = res.body.getReader();
      let painted = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parts.push(value);
        counter.push(decoder.decode(value, { stream: true }));
        progress.bytes += value.byteLength;
        progress.rows = counter.rows();
        if (performance.now() - painted > REPAINT_MS) {
          painted = performance.now();
          setState({ phase: "running", ...progress });
        }
      }
      const filename = filenameFromDisposition(res.headers.get("Content-Disposition")) ?? `claims.${params.get("format") ?? "csv"}`;
      const url = progress.rows > 0 ? URL.createObjectURL(new Blob(parts, { type: res.headers.get("Content-Type") ?? "" })) : null;
      objectUrl.current = url;
      setState({ phase: "done", url, filename, ...progress });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: "cancelled", ...progress });
      else setState({ phase: "error", message: error instanceof Error ? error.message : "The export failed." });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  const running = state.phase === "running";
  return (
    <div className="space-y-4">
      <form onSubmit={start} aria-label="Bulk export" className="grid max-w-3xl gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2">
        <Field label="Format" className="text-sm">
          <Select name="format" value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="csv">CSV (spreadsheet)</option>
            <option value="json">JSON</option>
          </Select>
        </Field>
        <Field label="Status" className="text-sm">
          <Select name="status" defaultValue="">
            <option value="">Any status</option>
            {CLAIM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </Select>
        </Field>
        <Field label="Claims added from" className="text-sm">
          <TextInput type="date" name="from" />
        </Field>
        <Field label="to (inclusive)" className="text-sm">
          <TextInput type="date" name="to" />
        </Field>
        <ArticlePicker initial={article} textName="articleQuery" placeholder="All articles: type a title" className="text-sm" testId="export-article" />
        {format === "csv" && (
          <label className="flex items-center gap-2 self-end text-sm">
            <input type="checkbox" name="bom" value="1" />
            For Excel (keeps accents readable)
          </label>
        )}
        <div className="flex gap-2 sm:col-span-2">
          <button type="submit" disabled={running} className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white disabled:opacity-60">
            {running ? "Exporting…" : "Start export"}
          </button>
          {running && (
            <button type="button" onClick={() => controller.current?.abort()} className="rounded border border-stone-300 px-3 py-1.5 text-sm">
              Cancel
            </button>
          )}
        </div>
      </form>
      <ExportStatus state={state} />
    </div>
  );
}

function ExportStatus({ state }: { state: State }) {
  if (state.phase === "idle") return null;
  if (state.phase === "error") {
    return <p role="alert" data-testid="export-error" className="max-w-3xl rounded bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>;
  }
  const { rows, bytes, total } = state;
  const of = total === null ? "" : ` of ${count(total)}`;
  const summary = `${count(rows)}${of} rows · ${formatBytes(bytes)}`;
  // Indeterminate until the total is known; full once done, whatever the count said.
  const max = state.phase === "done" ? Math.max(total ?? 0, rows, 1) : Math.max(total ?? 1, 1);
  const headline = { running: "Exporting…", done: "Export finished.", cancelled: "Export cancelled." }[state.phase];
  return (
    <section aria-label="Export progress" data-testid="export-status" className="max-w-3xl space-y-2 rounded border border-stone-200 bg-white p-4 text-sm">
      <p role="status" className="font-medium">{headline}</p>
      <progress
        value={state.phase === "done" ? max : total === null ? undefined : rows}
        max={max}
        aria-label="Rows exported"
        aria-valuetext={summary}
        className="h-2 w-full"
      />
      <p data-testid="export-progress" className="tabular-nums text-stone-700">{summary}</p>
      {state.phase === "done" &&
        (state.url ? (
          <a href={state.url} download={state.filename} data-testid="export-download" className="inline-block rounded bg-emerald-700 px-3 py-1.5 text-white">
            Download {state.filename} ({formatBytes(bytes)})
          </a>
        ) : (
          <p data-testid="export-empty" className="text-stone-700">No claims match these filters: there is nothing to download. Widen the dates or clear the status or article.</p>
        ))}
    </section>
  );
}
