import type { Metadata } from "next";
import { loadPublicReport } from "../../../load";
import { PublishedReportView } from "../../../_components/published-report";

type Params = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, n } = await params;
  const found = loadPublicReport(slug, n);
  return { title: `${found.report.article.title} (fact-check, version ${found.report.publication.version})` };
}

/** One published version, readable by anyone, forever. */
export default async function PublishedVersionPage({ params }: Params) {
  const { slug, n } = await params;
  return <PublishedReportView {...loadPublicReport(slug, n)} />;
}
