"use client";

import { useActionState, useState, useTransition } from "react";
import { addAliasAction, removeAliasAction } from "@/app/actions/aliases";

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";

export function AliasForm() {
  const [state, action, pending] = useActionState(addAliasAction, { status: "idle" as const });
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <label className="block text-sm font-medium text-stone-700">
        Entity
        <input name="canonical" required maxLength={200} className={input} placeholder="Antony Blinken" />
      </label>
      <label className="block text-sm font-medium text-stone-700">
        Alias
        <input name="alias" required maxLength={200} className={input} placeholder="Tony Blinken" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-4 py-2 text-sm text-white">Add alias</button>
      <p role="status" className={`text-sm sm:col-span-3 ${state.status === "error" ? "text-rose-700" : "text-emerald-800"}`}>{state.message}</p>
    </form>
  );
}

export function RemoveAliasButton({ alias }: { alias: string }) {
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => startTransition(async () => setFailed(!(await removeAliasAction(alias)).ok))}
        className="text-xs text-rose-700 underline"
        aria-label={`Remove alias ${alias}`}
      >
        remove
      </button>
      {failed && <span role="status" className="text-xs text-rose-700">not removed; try again</span>}
    </>
  );
}
