import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { requirePageUser } from "@/server/session";
import { getDeskSettings } from "@/services/settings";
import { PageFrame } from "@/components/page-frame";
import { DeskSettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Desk settings" };

export default async function DeskSettingsPage() {
  const admin = await requirePageUser("desk:settings");
  const settings = await getDeskSettings(getDb(), admin);
  return (
    <PageFrame title="Desk settings" className="max-w-2xl space-y-4">
      <section aria-labelledby="two-person" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="two-person" className="mb-1 font-semibold">Two-person rule</h2>
        <p className="mb-3 text-sm text-stone-700">
          A verdict covered by the rule shows “awaiting confirmation” until another reviewer confirms it or sends it back. A report cannot be published while a verdict awaits confirmation.
        </p>
        <DeskSettingsForm rule={settings.twoPersonRule} />
      </section>
    </PageFrame>
  );
}
