import type { Metadata } from "next";
import { requirePageUser } from "@/server/session";
import { PageFrame } from "@/components/page-frame";
import { ImportTabs } from "./import-tabs";

export const metadata: Metadata = { title: "Add article" };

export default async function NewArticlePage() {
  await requirePageUser("article:import");
  return (
    <PageFrame title="Add an article" className="max-w-3xl space-y-4">
      <p className="text-sm text-stone-600">
        ClaimDesk splits the text into sentence-level claims and scores each for check-worthiness.
      </p>
      <ImportTabs />
    </PageFrame>
  );
}
