"use client";

import { useActionState } from "react";
import { FIELD_CLASS } from "@/components/auth/field-class";
import { changePasswordAction, type PasswordState } from "@/app/actions/session";


const IDLE: PasswordState = { status: "idle" };

/**
 * Current password, new one twice. The fields empty after each attempt (a
 * password is never sent back to the page); the message says what happened.
 */
export function ChangePasswordForm({ username }: { username: string }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={formAction} className="max-w-sm space-y-4" aria-describedby="password-status">
      {/* For password managers: which account the new password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={username} />
      <label className="block text-sm font-medium text-stone-700">
        Current password
        <input name="current" type="password" autoComplete="current-password" required className={FIELD_CLASS} />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        New password <span className="font-normal text-stone-600">(at least 10 characters besides spaces)</span>
        <input name="next" type="password" autoComplete="new-password" required minLength={10} maxLength={200} className={FIELD_CLASS} />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        New password again
        <input name="repeat" type="password" autoComplete="new-password" required minLength={10} maxLength={200} className={FIELD_CLASS} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-4 py-2 text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Changing…" : "Change password"}
      </button>
      <p id="password-status" role={state.status === "error" ? "alert" : "status"} className={`text-sm ${state.status === "error" ? "text-rose-800" : "text-emerald-800"}`}>
        {state.message ?? null}
      </p>
    </form>
  );
}
