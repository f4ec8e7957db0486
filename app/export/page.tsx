import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { requirePageUser } from "@/server/session";
import { queryRecord } from "@/lib/query-string";
import { findArticleFor } from "@/services/articles";
import { PageFrame } from "@/components/page-frame";
import { BulkExportForm } from "./bulk-export-form";

export const metadata: Metadata = { title: "Bulk export" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `/export?articleId=N` opens the form with that article chosen. */
export default async function BulkExportPage({ searchParams }: Props) {
  const user = await requirePageUser("export:bulk");
  const requested = Number(queryRecord(await searchParams).articleId);
  const found = Number.isSafeInteger(requested) && requested > 0 ? await findArticleFor(getDb(), user, requested) : null;
  return (
    <PageFrame title="Bulk export" className="space-y-4">
      <p className="max-w-3xl text-sm text-stone-700">
        Every claim matching the filters, one row each, with its article, status, current verdict note, reviewer and number of
        evidence items. Dates are the day a claim was added (UTC), both days included; retired claims are left out. Large
        exports stream: you can watch the progress and cancel at any time.
      </p>
      <BulkExportForm article={found ? { id: found.id, title: found.title } : null} />
    </PageFrame>
  );
}
