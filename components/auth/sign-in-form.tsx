"use client";

import { useActionState, useSyncExternalStore } from "react";
import { signInAction, type SignInState } from "@/app/actions/session";
import { FIELD_CLASS } from "./field-class";


const IDLE: SignInState = { status: "idle" };

// The address's fragment ("#item:…" of a shared item link) stays in the browser: the form sends it so sign-in can return to it.
const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};
const currentHash = () => window.location.hash;
const noHashOnServer = () => "";

/** User name and password; on a failed attempt the name stays and the message says why. */
export function SignInForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, IDLE);
  const hash = useSyncExternalStore(subscribeToHash, currentHash, noHashOnServer);
  return (
    <form action={formAction} className="space-y-4" aria-describedby="sign-in-status">
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="fragment" value={hash} />
      <label className="block text-sm font-medium text-stone-700">
        User name
        <input name="username" autoComplete="username" required autoCapitalize="none" spellCheck={false} defaultValue={state.username} className={FIELD_CLASS} />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={FIELD_CLASS} />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-4 py-2 text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p id="sign-in-status" role="alert" className="text-sm text-rose-800">
        {state.status === "error" ? state.message : null}
      </p>
    </form>
  );
}
