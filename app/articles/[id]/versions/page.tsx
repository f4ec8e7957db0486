import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Field, Select } from "@/components/form";
import { isAppError } from "@/lib/errors";
import { compareVersions, getVersionHistory, type VersionComparison } from "@/services/versions";
import { getDb } from "@/server/db";
import { requirePageUser } from "@/server/session";
import { DiffText } from "../_components/diff-text";

export const metadata: Metadata = { title: "Article versions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const SOURCE_LABELS = { import: "imported", paste: "pasted", upload: "uploaded", url: "fetched from its URL" } as const;
const OUTCOMES = [
  ["changed", "changed"],
  ["orphaned", "gone"],
  ["added", "new"],
  ["moved", "moved"],
  ["restored", "restored"],
] as const;

/** Every version of an article: who added it, when, from where, what it did to the claims, and a diff of any two. */
export default async function VersionsPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const db = getDb();
  let history;
  try {
    history = await getVersionHistory(db, user, { articleId: id });
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
  const { article, versions } = history;
  const query = await searchParams;
  const to = Number(query.to ?? article.version);
  const from = Number(query.from ?? Math.max(1, to - 1));
  let comparison: VersionComparison | null = null;
  let problem: string | null = null;
  if (versions.length > 1) {
    try {
      comparison = await compareVersions(db, user, { articleId: id, from, to });
    } catch (error) {
      if (!isAppError(error)) throw error;
      problem = error.message;
    }
  }

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href={`/articles/${article.id}`} className="underline">Back to review</Link></p>
      <h1 className="text-2xl font-semibold">{article.title}: versions</h1>
      <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.version} className="space-y-1 px-4 py-3 text-sm" data-testid="version" data-version={v.version}>
            <p>
              <strong>Version {v.version}</strong>
              {v.version === article.version && <span className="ml-2 rounded bg-stone-900 px-1.5 py-0.5 text-xs text-white">newest</span>} · {SOURCE_LABELS[v.source]} by {v.createdByName} ·{" "}
              <time dateTime={v.createdAt.toISOString()}>{v.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</time> · {v.chars.toLocaleString("en-US")} characters
            </p>
            {v.sourceUrl && <p className="break-all text-xs text-stone-600">{v.sourceUrl}</p>}
            {v.version > 1 && (
              <p className="text-stone-700" data-testid="version-touched">
                {OUTCOMES.map(([key, word]) => `${v.touched[key].length} ${word}`).join(" · ")}
                {v.touched.changed.length > 0 && (
                  <>
                    {" — changed: "}
                    {v.touched.changed.map((claimId, i) => (
                      <span key={claimId}>
                        {i > 0 && ", "}
                        <Link href={`/articles/${article.id}?claim=${claimId}`} className="underline">#{claimId}</Link>
                      </span>
                    ))}
                  </>
                )}
              </p>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <section aria-labelledby="compare" className="space-y-3">
          <h2 id="compare" className="font-semibold">Compare two versions</h2>
          <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
            {(["from", "to"] as const).map((side) => (
              <Field key={side} label={side === "from" ? "From" : "To"}>
                <Select name={side} defaultValue={String(side === "from" ? from : to)}>
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>Version {v.version}</option>
                  ))}
                </Select>
              </Field>
            ))}
            <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1">Show the changes</button>
          </form>
          {problem && <p role="alert" className="text-sm text-red-800">{problem}</p>}
          {comparison && (
            <>
              <p className="text-sm text-stone-600" data-testid="diff-summary">
                Version {comparison.from} → {comparison.to}: {comparison.added.toLocaleString("en-US")} characters added, {comparison.removed.toLocaleString("en-US")} removed.
                Removed text is struck through, added text underlined; long unchanged passages are shortened to “…”.
              </p>
              <div className="whitespace-pre-wrap rounded border border-stone-200 bg-white p-5 font-serif leading-8" data-testid="version-diff">
                <DiffText runs={comparison.runs} />
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
