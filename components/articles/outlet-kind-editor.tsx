"use client";

import { useState, useTransition } from "react";
import { setOutletKindAction } from "@/app/actions/outlets";

const KINDS = ["wire", "newspaper", "broadcaster", "government", "other"] as const;

/** The outlet's kind, guessed on first sight, corrected here; saved as soon as it changes. */
export function OutletKindEditor({ outletId, outletName, kind: initial }: { outletId: string; outletName: string; kind: string }) {
  const [kind, setKind] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-1 text-xs normal-case tracking-normal">
      <label className="sr-only" htmlFor="outlet-kind">Kind of outlet for {outletName}</label>
      <select
        id="outlet-kind"
        value={kind}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          const previous = kind;
          setKind(next);
          startTransition(async () => {
            const result = await setOutletKindAction(outletId, next);
            if (result.ok) setMessage("Saved");
            else {
              setKind(previous);
              setMessage(result.message);
            }
          });
        }}
        className="rounded border border-stone-300 bg-white px-1 py-0.5 text-stone-800"
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>{k}</option>
        ))}
      </select>
      {message && <span role="status" className={message === "Saved" ? "text-emerald-800" : "text-rose-800"}>{message}</span>}
    </span>
  );
}
