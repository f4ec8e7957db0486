import type { Metadata } from "next";
import { loadPublicReport } from "../load";
import { PublishedReportView } from "../_components/published-report";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = loadPublicReport((await params).slug);
  return { title: `${found.report.article.title} (fact-check)` };
}

/** The newest published version of an article's report. */
export default async function PublishedReportPage({ params }: Params) {
  return <PublishedReportView {...loadPublicReport((await params).slug)} />;
}
