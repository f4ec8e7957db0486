import Link from "next/link";
import { StatusBadge } from "@/components/status-style";
import { jsonForScript, safeHttpUrl, type PublishedReport } from "@/lib/export";
import { humanDay, humanTime, STATUS_LABELS } from "@/lib/vocabulary";
import { PrintButton } from "./print-button";

type Props = {
  report: PublishedReport;
  sha256: string;
  latestVersion: number;
  withdrawal: { at: string; reason: string } | null;
};

const versionPath = (slug: string, version: number) => `/reports/${slug}/v/${version}`;

/**
 * One published version of a verified report, rendered only from its frozen snapshot: what the
 * reader sees is what was signed off, and `report.json` beside it holds the same data byte for byte.
 */
export function PublishedReportView({ report, sha256, latestVersion, withdrawal }: Props) {
  const { article, publication, claims, corrections, summary } = report;
  const sourceUrl = safeHttpUrl(article.sourceUrl);
  const orgUrl = safeHttpUrl(publication.organization.url);
  const superseded = publication.version < latestVersion;
  return (
    <article className="mx-auto max-w-3xl rounded-lg border border-stone-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none sm:p-10" lang={article.language} data-testid="public-report">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(report.claimReview) }} />
      <header className="border-b border-stone-200 pb-5">
        <p className="text-sm font-medium uppercase tracking-wide text-stone-600" lang="en">
          {orgUrl ? <a href={orgUrl} className="hover:underline">{publication.organization.name}</a> : publication.organization.name} · Fact-check report
        </p>
        <h1 className="mt-2 text-2xl font-semibold leading-tight sm:text-3xl">{article.title}</h1>
        <p className="mt-2 text-sm text-stone-700" lang="en">
          {article.byline && <>By {article.byline}</>}
          {article.byline && (article.publishedAt || sourceUrl) && " · "}
          {article.publishedAt && <>Published {humanDay(article.publishedAt)}</>}
          {sourceUrl && <> · <a href={sourceUrl} className="underline" rel="noopener noreferrer">Read the article</a></>}
        </p>
      </header>

      <div lang="en">
        {withdrawal && (
          <div role="alert" className="mt-5 rounded border-2 border-red-700 bg-red-50 p-4" data-testid="withdrawn">
            <p className="font-semibold text-red-900">This report was withdrawn on {humanDay(withdrawal.at)}.</p>
            <p className="mt-1 whitespace-pre-wrap text-red-900">{withdrawal.reason}</p>
          </div>
        )}
        {superseded && (
          <p className="mt-5 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950" data-testid="superseded">
            This is version {publication.version}. It is superseded by{" "}
            <Link href={versionPath(publication.slug, latestVersion)} className="font-medium underline">version {latestVersion}</Link>.
          </p>
        )}

        <section aria-label="Sign-off" className="mt-5 text-sm text-stone-700">
          <p data-testid="signed-off">
            Version {publication.version}, signed off by <strong>{publication.publishedBy}</strong> on {humanTime(publication.publishedAt)}.
            {article.version > 1 && <> It covers version {article.version} of the article.</>}
          </p>
          {publication.note && <p className="mt-2 whitespace-pre-wrap border-l-4 border-stone-300 pl-3">{publication.note}</p>}
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
            <span>{summary.total} {summary.total === 1 ? "claim" : "claims"} checked:</span>
            {(["supported", "disputed", "needs_source"] as const).map((s) => (
              <span key={s}>{summary[s]} {STATUS_LABELS[s].toLowerCase()}</span>
            ))}
          </p>
        </section>

        {corrections.length > 0 && (
          <section aria-labelledby="corrections" className="mt-6 rounded border border-stone-300 bg-stone-50 p-4" data-testid="corrections">
            <h2 id="corrections" className="text-lg font-semibold">Corrections</h2>
            <p className="text-sm text-stone-700">Changed since version {publication.supersedes}.</p>
            <ul className="mt-2 space-y-3">
              {corrections.map((c) => (
                <li key={c.claimId} data-testid="correction">
                  <p>Claim {c.number}: “{c.text}”</p>
                  {c.previousText !== undefined && <p className="text-sm text-stone-700" data-testid="correction-previous-text">The article changed; the claim read: “{c.previousText}”</p>}
                  <p className="text-sm">
                    {c.from === null ? (
                      <>Added to the report: <strong>{c.to ? STATUS_LABELS[c.to] : ""}</strong></>
                    ) : c.from === c.to ? (
                      <>Verdict unchanged: <strong>{STATUS_LABELS[c.from]}</strong></>
                    ) : (
                      <><strong>{STATUS_LABELS[c.from]}</strong> → <strong>{c.to ? STATUS_LABELS[c.to] : "removed from the report"}</strong></>
                    )}
                    {c.at && <> on {humanDay(c.at)}</>}
                  </p>
                  {c.reason && <p className="mt-1 whitespace-pre-wrap text-sm text-stone-700">{c.reason}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>

      <ol className="mt-8 space-y-6" aria-label="Claims">
        {claims.map((claim) => (
          <li key={claim.id} id={`claim-${claim.id}`} className="break-inside-avoid border-t border-stone-200 pt-5" data-testid="public-claim" data-status={claim.status}>
            <div className="flex flex-wrap items-center gap-2" lang="en">
              <span className="text-sm font-semibold text-stone-600">Claim {claim.number}</span>
              <StatusBadge status={claim.status} />
            </div>
            <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 text-lg leading-relaxed">{claim.text}</blockquote>
            <div lang="en">
              {claim.note && <p className="mt-2 whitespace-pre-wrap">{claim.note}</p>}
              <p className="mt-1 text-sm text-stone-600">
                {claim.reviewer && <>Reviewed by {claim.reviewer}</>}
                {claim.verdictAt && <> on {humanDay(claim.verdictAt)}</>}
                {claim.confirmedBy && <>, confirmed by {claim.confirmedBy}</>}
              </p>
              {claim.evidence.length > 0 && (
                <div className="mt-3">
                  <h3 className="text-sm font-semibold">Evidence</h3>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                    {claim.evidence.map((e, i) => {
                      const href = safeHttpUrl(e.url);
                      return (
                        <li key={i} className="break-words">
                          {href ? <a href={href} className="underline" rel="noopener noreferrer">{e.title || href}</a> : <span>{e.title || e.url}</span>}
                          {e.quote && <q className="ml-1 text-stone-700">{e.quote}</q>}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>

      <footer className="mt-10 border-t border-stone-200 pt-4 text-sm text-stone-600" lang="en">
        <p>
          Versions:{" "}
          {Array.from({ length: latestVersion }, (_, i) => i + 1).map((v) => (
            <span key={v} className="mr-2">
              {v === publication.version ? <strong aria-current="page">v{v}</strong> : <Link href={versionPath(publication.slug, v)} className="underline">v{v}</Link>}
            </span>
          ))}
        </p>
        <p className="mt-2">
          This version never changes. <a href={`${versionPath(publication.slug, publication.version)}/report.json`} className="underline">Download its data (JSON)</a>; SHA-256{" "}
          <code className="break-all" data-testid="sha256">{sha256}</code>.
        </p>
        <div className="mt-3"><PrintButton /></div>
      </footer>
    </article>
  );
}
