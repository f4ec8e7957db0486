import { escapeMarkdownInline, markdownBlock, markdownLink } from "./markdown-escape";
import { historySummary, humanOn, humanPublishedDay, scopeDescription, selectReportClaims, STATUS_ORDER, STATUS_WORDS, summarizeClaims } from "./report";
import { humanTime, isIsoDay, LANGUAGE_LABELS } from "../vocabulary";
import type { ArticleReport, ReportClaim } from "./types";

/*
 * Markdown is read as plain text, so it speaks like the printable report: dates in the reader's
 * words ("2 March 2025, 14:05 UTC"), no character positions (CSV and JSON keep those for machines).
 * Our own text placed mid-line (dates, fixed words) needs no escaping: `-`, `.` and `:` only have
 * meaning at the start of a line. User text always goes through the escape helpers.
 */

function claimSection(claim: ReportClaim): string {
  const out: string[] = [];
  out.push(`### Claim ${claim.number}: ${STATUS_WORDS[claim.status]}`);
  out.push(markdownBlock(claim.text, "> ") || "> _(empty claim)_");
  const facts = [`**Verdict:** ${STATUS_WORDS[claim.status]}`];
  if (claim.reviewerName || claim.verdictAt) {
    const who = claim.reviewerName ? ` by ${escapeMarkdownInline(claim.reviewerName)}` : "";
    const when = claim.verdictAt ? ` ${humanOn(claim.verdictAt)}` : "";
    const confirmed = claim.confirmedByName ? `, confirmed by ${escapeMarkdownInline(claim.confirmedByName)}` : "";
    facts.push(`**Reviewed**${who}${when}${confirmed}`);
  }
  out.push(facts.join("\\\n"));
  if (claim.note && claim.note.trim()) out.push(`**Note:**\n\n${markdownBlock(claim.note)}`);
  if (claim.evidence.length) {
    const items = claim.evidence.map((e, i) => {
      const marker = `${i + 1}. `;
      const indent = " ".repeat(marker.length); // continuation lines must align with the item text
      const lines = [`${marker}${markdownLink(e.title, e.url)}`];
      const quote = markdownBlock(e.quote, `${indent}> `);
      if (quote) lines.push("", quote);
      lines.push("", `${indent}Added by ${escapeMarkdownInline(e.addedByName)} ${humanOn(e.addedAt)}`);
      return lines.join("\n");
    });
    out.push(`**Evidence:**\n\n${items.join("\n\n")}`);
  } else {
    out.push("**Evidence:** none");
  }
  return out.join("\n\n");
}

/**
 * The report as Markdown (CommonMark/GFM). All user text is escaped; only http(s) URLs become
 * links. Claim anchors are not emitted (no raw HTML); claims carry their number (see ReportClaim).
 */
export function toMarkdown(report: ArticleReport): string {
  const { article, history } = report;
  const claims = selectReportClaims(report);
  const summary = summarizeClaims(claims);
  const out: string[] = [];

  out.push(`# Verification report: ${escapeMarkdownInline(article.title) || "(untitled)"}`);
  const meta: string[] = [];
  if (article.byline) meta.push(`- **Byline:** ${escapeMarkdownInline(article.byline)}`);
  if (article.sourceUrl) meta.push(`- **Source:** ${markdownLink(article.sourceUrl, article.sourceUrl)}`);
  meta.push(`- **Version:** ${article.version}`);
  if (article.publishedAt) {
    const day = isIsoDay(article.publishedAt) ? humanPublishedDay(article.publishedAt) : escapeMarkdownInline(article.publishedAt);
    meta.push(`- **Published:** ${day}`);
  }
  meta.push(`- **Language:** ${LANGUAGE_LABELS[article.language]}`);
  meta.push(`- **Generated:** ${humanTime(report.generatedAt)}`);
  meta.push(`- **History:** ${historySummary(history, escapeMarkdownInline, humanOn)}`);
  meta.push(`- **Scope:** ${scopeDescription(report)}`);
  out.push(meta.join("\n"));

  out.push("## Summary");
  const table = ["| Status | Claims |", "| --- | ---: |"];
  for (const s of STATUS_ORDER) table.push(`| ${STATUS_WORDS[s]} | ${summary[s]} |`);
  table.push(`| **Total** | **${summary.total}** |`);
  out.push(table.join("\n"));

  out.push("## Claims");
  if (claims.length === 0) out.push("_No claims to report._");
  for (const c of claims) out.push(claimSection(c));

  return `${out.join("\n\n")}\n`;
}
