import type { Metadata } from "next";
import { requirePageUser } from "@/server/session";
import { BulkExportForm } from "./bulk-export-form";

export const metadata: Metadata = { title: "Bulk export" };

export default async function BulkExportPage() {
  await requirePageUser("export:bulk");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Bulk export</h1>
      <p className="max-w-3xl text-sm text-stone-700">
        Every claim matching the filters, one row each, with its article, status, current verdict note, reviewer and number of
        evidence items. Dates are the day a claim was added (UTC), both days included; retired claims are left out. Large
        exports stream: you can watch the progress and cancel at any time.
      </p>
      <BulkExportForm />
    </div>
  );
}
