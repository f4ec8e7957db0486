"use client";

import { useFormAction } from "../../_components/use-form-action";
import { ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import { FormMessage } from "@/components/form-message";
import { addUserAction } from "./actions";
import { Field, Select, TextInput } from "@/components/form";

export function AddUserForm() {
  const { state, action, pending, values, dismiss } = useFormAction(addUserAction);
  return (
    <form action={action} onInput={dismiss} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Add a user">
      <Field label="Name" className="text-sm">
        <TextInput name="name" defaultValue={values?.name} required maxLength={120} />
      </Field>
      <Field label="Email" className="text-sm">
        <TextInput name="email" type="email" defaultValue={values?.email} required />
      </Field>
      <Field label="Role" className="text-sm">
        <Select name="role" defaultValue={values?.role ?? "editor"}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </Select>
      </Field>
      <Field label="Initial password" className="text-sm">
        <TextInput name="password" type="password" autoComplete="new-password" required />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Adding…" : "Add user"}
      </button>
      <div className="sm:col-span-5">
        <FormMessage state={state} testId="add-user-message" />
      </div>
    </form>
  );
}
