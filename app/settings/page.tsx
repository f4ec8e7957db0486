import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { getTokens } from "@/services/users";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { requirePageUser } from "@/server/session";
import { PageFrame } from "@/components/page-frame";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("tokens:manage-own");
  const tokens = await getTokens(getDb(), user);
  return (
    <PageFrame title="Settings" className="max-w-3xl space-y-6">
      <p className="text-sm text-stone-700">
        Signed in as {user.name} ({user.email}), {ROLE_LABELS[user.role]}.
      </p>
      <section aria-labelledby="tokens" className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 id="tokens" className="font-semibold">API tokens</h2>
        <p className="text-sm text-stone-600">
          Scripts can call the JSON API with <code>Authorization: Bearer TOKEN</code>. A token acts with your role until you revoke it.
        </p>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p className="text-sm text-stone-600">You have no tokens.</p>
        ) : (
          <ul className="divide-y divide-stone-200 text-sm" data-testid="token-list">
            {tokens.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 py-2">
                <span>
                  <strong>{t.name}</strong> · created {t.createdAt.toISOString().slice(0, 16).replace("T", " ")}
                  {t.lastUsedAt && ` · last used ${t.lastUsedAt.toISOString().slice(0, 16).replace("T", " ")}`}
                </span>
                {t.revokedAt ? <span className="text-stone-500">Revoked</span> : <RevokeTokenButton tokenId={t.id} name={t.name} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageFrame>
  );
}
