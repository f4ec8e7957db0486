"use client";

import { useActionState, useState } from "react";
import type { PublicUser } from "@/services/users";
import { ROLES, ROLE_LABELS } from "@/lib/vocabulary";
import { FormMessage } from "@/components/form-message";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "./actions";

export function UserRow({ user, isSelf }: { user: PublicUser; isSelf: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, null);
  const [disableState, disableAction, disablePending] = useActionState(setDisabledAction, null);
  const [passwordState, passwordAction, passwordPending] = useActionState(resetPasswordAction, null);
  const [confirmingDisable, setConfirmingDisable] = useState(false);
  return (
    <tr data-testid={`user-row-${user.email}`} className={user.disabled ? "bg-stone-50 text-stone-500" : undefined}>
      <td data-label="Name" className="px-3 py-2">{user.name}{isSelf && " (you)"}</td>
      <td data-label="Email" className="px-3 py-2">{user.email}</td>
      <td data-label="Role" className="px-3 py-2">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>Role of {user.name}</label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded border border-stone-300 px-1 py-0.5">
            {ROLES.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
          <button type="submit" disabled={rolePending} className="rounded border border-stone-300 px-2 py-0.5">Save role</button>
        </form>
        <FormMessage state={roleState} testId="role-message" />
      </td>
      <td data-label="Status" className="px-3 py-2">
        {isSelf ? (
          // An admin cannot disable their own account (the service refuses it): no button that can only fail.
          <span>Active</span>
        ) : (
          <form action={disableAction} onSubmit={() => setConfirmingDisable(false)} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={String(!user.disabled)} />
            <span>{user.disabled ? "Disabled" : "Active"}</span>
            {user.disabled ? (
              <button type="submit" disabled={disablePending} className="rounded border border-stone-300 px-2 py-0.5">Enable</button>
            ) : confirmingDisable ? (
              <span role="group" aria-label={`Confirm disabling ${user.name}`} className="flex flex-wrap items-center gap-2">
                <span className="text-red-900">Disable {user.name}? They are signed out at once.</span>
                <button type="submit" disabled={disablePending} className="rounded bg-red-800 px-2 py-0.5 text-white">Disable</button>
                <button type="button" onClick={() => setConfirmingDisable(false)} className="rounded border border-stone-300 px-2 py-0.5">Cancel</button>
              </span>
            ) : (
              <button type="button" onClick={() => setConfirmingDisable(true)} className="rounded border border-stone-300 px-2 py-0.5">Disable…</button>
            )}
          </form>
        )}
        <FormMessage state={disableState} testId="disable-message" />
      </td>
      <td data-label="Reset password" className="px-3 py-2">
        <form action={passwordAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`password-${user.id}`}>New password for {user.name}</label>
          <input id={`password-${user.id}`} name="password" type="password" autoComplete="new-password" placeholder="New password"
            className="w-36 rounded border border-stone-300 px-2 py-0.5" />
          <button type="submit" disabled={passwordPending} className="rounded border border-stone-300 px-2 py-0.5">Set</button>
        </form>
        <FormMessage state={passwordState} testId="password-message" />
      </td>
    </tr>
  );
}
