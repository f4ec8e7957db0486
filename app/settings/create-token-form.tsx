"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { createTokenAction } from "./actions";
import { Field, TextInput } from "@/components/form";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, null);
  const token = state?.ok ? (state.data as { token: string } | undefined)?.token : undefined;
  return (
    <form action={action} className="space-y-2">
      <div className="flex items-end gap-2">
        <Field label="Token name" className="text-sm">
          <TextInput name="name" required maxLength={80} />
        </Field>
        <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm text-white disabled:opacity-60">
          Create token
        </button>
      </div>
      <FormMessage state={state} testId="token-message" />
      {token && (
        <output className="block break-all rounded bg-stone-100 p-2 font-mono text-sm" data-testid="new-token">{token}</output>
      )}
    </form>
  );
}
