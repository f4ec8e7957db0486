import { escapeHtml, safeHttpUrl } from "./escape";
import { normalizeNewlines, readerFacts, selectReportClaims, STATUS_COLORS, STATUS_ORDER, STATUS_WORDS, summarizeClaims } from "./report";
import { CLAIM_STATUSES, humanTime, isIsoDay, STATUS_ICONS } from "../vocabulary";
import type { ArticleReport, ClaimStatus, ReportClaim, ReportEvidence } from "./types";

const h = escapeHtml;

/** Screen + print styles. No external resources (fonts, images, imports). */
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #111; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3, h4 { font-family: Helvetica, Arial, sans-serif; line-height: 1.25; }
h1 { font-size: 1.7rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #ccc; padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: .25rem .75rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.claim { border: 1px solid #bbb; border-left-width: 6px; border-radius: 4px; padding: 1rem; margin: 0 0 1.25rem; }
${CLAIM_STATUSES.map((s) => `.status-${s} { border-left-color: ${STATUS_COLORS[s]}; }\n.verdict-${s} { color: ${STATUS_COLORS[s]}; }`).join("\n")}
.verdict { font-weight: bold; }
.mark { display: inline-block; min-width: 1.1em; text-align: center; }
.badge { display: inline-block; font: bold .8rem/1.6 Helvetica, Arial, sans-serif; border: 1px solid currentColor; border-radius: 3px; padding: 0 .4rem; margin-left: .5rem; vertical-align: middle; }
blockquote { margin: .5rem 0; padding: .25rem 0 .25rem 1rem; border-left: 3px solid #ccc; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: #555; font-size: .9rem; }
.url { overflow-wrap: anywhere; }
ol.evidence { padding-left: 1.5rem; }
ol.evidence li { margin-bottom: .75rem; }
a { color: #0645ad; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .claim { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: underline; }
}
`.trim();

/** A moment in the reader's words, with the exact time for machines. */
function time(date: Date): string {
  return `<time datetime="${date.toISOString()}">${humanTime(date)}</time>`;
}

/** The status as its mark (STATUS_ICONS, hidden from screen readers) and its word, in its colour. */
function verdict(status: ClaimStatus, tag = "span", extra = ""): string {
  return `<${tag} class="verdict verdict-${status}${extra}"><span class="mark" aria-hidden="true">${STATUS_ICONS[status]}</span> ${h(STATUS_WORDS[status])}</${tag}>`;
}

/** Element with escaped, whitespace-preserving user text. */
function textBlock(tag: string, text: string, attrs = ""): string {
  return `<${tag} class="text"${attrs}>${h(normalizeNewlines(text))}</${tag}>`;
}

/** A link for http(s) URLs; any other URL is shown as inert text. */
function link(text: string, rawUrl: string): string {
  const href = safeHttpUrl(rawUrl);
  const label = text.trim() ? text : rawUrl;
  if (!href) {
    return `<span>${h(label)}</span> <span class="muted url">(${h(rawUrl)}, not linked)</span>`;
  }
  return `<a href="${h(href)}" rel="noopener noreferrer">${h(label)}</a>`;
}

function evidenceItem(e: ReportEvidence, lang: string): string {
  const parts = [link(e.title, e.url)];
  if (e.title.trim() && safeHttpUrl(e.url)) parts.push(`<div class="muted url">${h(e.url)}</div>`);
  if (e.quote.trim()) parts.push(`<blockquote>${textBlock("p", e.quote, ` lang="${lang}"`)}</blockquote>`);
  parts.push(
    `<div class="muted">Added by ${h(e.addedByName)} on ${time(e.addedAt)}</div>`,
  );
  return `<li>${parts.join("\n")}</li>`;
}

function claimArticle(claim: ReportClaim, lang: string): string {
  const out: string[] = [];
  out.push(`<article class="claim status-${claim.status}" id="claim-${claim.id}">`);
  out.push(`<h3>Claim ${claim.number} ${verdict(claim.status, "span", " badge")}</h3>`);
  out.push(`<blockquote>${textBlock("p", claim.text, ` lang="${lang}"`)}</blockquote>`);
  out.push(`<p><strong>Verdict:</strong> ${verdict(claim.status)}`);
  if (claim.reviewerName || claim.verdictAt) {
    const who = claim.reviewerName ? ` by ${h(claim.reviewerName)}` : "";
    const when = claim.verdictAt ? ` on ${time(claim.verdictAt)}` : "";
    const confirmed = claim.confirmedByName ? `, confirmed by ${h(claim.confirmedByName)}` : "";
    out.push(`<br><strong>Reviewed</strong>${who}${when}${confirmed}`);
  }
  out.push(`</p>`);
  if (claim.note && claim.note.trim()) {
    out.push(`<h4>Note</h4>`, textBlock("p", claim.note));
  }
  out.push(`<h4>Evidence</h4>`);
  out.push(
    claim.evidence.length
      ? `<ol class="evidence">\n${claim.evidence.map((e) => evidenceItem(e, lang)).join("\n")}\n</ol>`
      : `<p class="muted">None</p>`,
  );
  out.push(`</article>`);
  return out.join("\n");
}

/**
 * A complete, standalone, printable HTML document: inline styles only (with `@media print`), no
 * scripts, no external resources (a meta CSP forbids loading any), all user text escaped, links
 * only for http(s) URLs (rel="noopener noreferrer"). Status is written in words with its mark
 * (STATUS_ICONS) and colour as extra cues; dates are in the reader's words (exact times in
 * `<time datetime>`); character positions are left to the machine formats. The document is in
 * English; article text carries the article's `lang`.
 */
export function toHtml(report: ArticleReport): string {
  const { article } = report;
  const lang = article.language;
  const claims = selectReportClaims(report);
  const summary = summarizeClaims(claims);
  const facts = readerFacts(report);
  const title = facts.title;

  const meta: [string, string][] = [];
  if (article.byline) meta.push(["Byline", h(article.byline)]);
  if (article.sourceUrl) meta.push(["Source", `<span class="url">${link(article.sourceUrl, article.sourceUrl)}</span>`]);
  if (article.publishedAt && facts.published) {
    const day = h(facts.published);
    meta.push(["Published", isIsoDay(article.publishedAt) ? `<time datetime="${article.publishedAt}">${day}</time>` : day]);
  }
  meta.push(["Version", String(article.version)]);
  meta.push(["Language", facts.language]);
  meta.push(["Generated", time(report.generatedAt)]);
  meta.push(["History", h(facts.history)]);
  meta.push(["Scope", h(facts.scope)]);

  const rows = STATUS_ORDER.map((s) => `<tr><td>${verdict(s)}</td><td class="n">${summary[s]}</td></tr>`);
  rows.push(`<tr><th scope="row">Total</th><td class="n"><strong>${summary.total}</strong></td></tr>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="ClaimDesk">
<title>Verification report: ${h(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
<header>
<h1>Verification report: <span lang="${lang}">${h(title)}</span></h1>
<dl class="meta">
${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("\n")}
</dl>
</header>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<table>
<thead><tr><th scope="col">Status</th><th scope="col">Claims</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</section>
<section aria-labelledby="claims">
<h2 id="claims">Claims</h2>
${claims.length ? claims.map((c) => claimArticle(c, lang)).join("\n") : `<p>No claims to report.</p>`}
</section>
</main>
</body>
</html>
`;
}
