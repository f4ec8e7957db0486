"use client";

import { useActionState } from "react";
import { ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import { FormMessage } from "@/components/form-message";
import { addUserAction } from "./actions";

export function AddUserForm() {
  const [state, action, pending] = useActionState(addUserAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Add a user">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Name</span>
        <input name="name" defaultValue={values?.name} required maxLength={120} className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Email</span>
        <input name="email" type="email" defaultValue={values?.email} required className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Role</span>
        <select name="role" defaultValue={values?.role ?? "editor"} className="rounded border border-stone-300 px-2 py-1">
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Initial password</span>
        <input name="password" type="password" autoComplete="new-password" required className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Adding…" : "Add user"}
      </button>
      <div className="sm:col-span-5">
        <FormMessage state={state} testId="add-user-message" />
      </div>
    </form>
  );
}
