"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { revokeTokenAction } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [state, action, pending] = useActionState(revokeTokenAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" disabled={pending} aria-label={`Revoke token ${name}`} className="rounded border border-stone-300 px-2 py-0.5">
        Revoke
      </button>
      <FormMessage state={state} />
    </form>
  );
}
