"use client";

import { useFormAction } from "../../_components/use-form-action";
import { ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import { FormMessage } from "@/components/form-message";
import { addUserAction } from "./actions";
import { Select, TextInput } from "@/components/form";

export function AddUserForm() {
  const { state, action, pending, values } = useFormAction(addUserAction);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Add a user">
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Name</span>
        <TextInput name="name" defaultValue={values?.name} required maxLength={120} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Email</span>
        <TextInput name="email" type="email" defaultValue={values?.email} required />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Role</span>
        <Select name="role" defaultValue={values?.role ?? "editor"}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </Select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Initial password</span>
        <TextInput name="password" type="password" autoComplete="new-password" required />
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
