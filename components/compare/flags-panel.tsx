"use client";

import type { Omission } from "@/lib/types/comparison";
import { DiffText } from "./diff-text";
import { FlagReview, type ReviewView } from "./flag-review";

const KIND_LABEL: Record<Omission["kind"], string> = {
  passage: "Passage",
  entity: "Name",
  quote: "Quote",
  number: "Number",
  conflict: "Figures differ",
};

interface Props {
  omissions: Omission[];
  labels: { a: string; b: string };
  scope: string;
  reviews: Record<string, ReviewView>;
  swappedKeys?: Record<string, string>;
  hideDismissed: boolean;
  onHideDismissedChange: (hide: boolean) => void;
  onReviewChange: (key: string, review: ReviewView | undefined) => void;
  onSelect: (omission: Omission) => void;
}

/** What each source leaves out, most important first. Clicking a flag scrolls both columns to it. */
export function FlagsPanel({ omissions, labels, scope, reviews, swappedKeys, hideDismissed, onHideDismissedChange, onReviewChange, onSelect }: Props) {
  const visible = omissions.filter((o) => !(hideDismissed && reviews[o.key]?.status === "dismissed"));
  const dismissed = omissions.filter((o) => reviews[o.key]?.status === "dismissed").length;
  return (
    <section aria-labelledby="flags-heading" className="rounded border border-stone-200 bg-white">
      <div className="flex items-baseline justify-between border-b border-stone-200 px-3 py-2">
        <h2 id="flags-heading" className="font-serif text-lg font-semibold">Left out ({visible.length})</h2>
        <label className="flex items-center gap-1 text-xs text-stone-600">
          <input type="checkbox" checked={hideDismissed} onChange={(e) => onHideDismissedChange(e.target.checked)} />
          Hide dismissed{dismissed > 0 ? ` (${dismissed})` : ""}
        </label>
      </div>
      {visible.length === 0 ? (
        <p className="p-3 text-sm text-stone-600">{omissions.length === 0 ? "No omissions found: both sources report the same content." : "All flags are dismissed."}</p>
      ) : (
        <ol className="max-h-[70vh] divide-y divide-stone-100 overflow-y-auto">
          {visible.map((omission) => {
            const missing = omission.missingFrom === "a" ? labels.a : labels.b;
            const present = omission.missingFrom === "a" ? labels.b : labels.a;
            return (
              <li key={omission.key} className="px-3 py-2">
                <button type="button" onClick={() => onSelect(omission)} className="w-full text-left hover:bg-stone-50 focus:bg-stone-50">
                  <span className="flex items-center gap-2 text-xs">
                    <span className="rounded bg-rose-100 px-1.5 py-0.5 font-medium text-rose-900">{KIND_LABEL[omission.kind]}</span>
                    <span className="text-stone-500">missing from {missing}</span>
                    <span aria-label={`severity ${Math.round(omission.severity * 100)} of 100`} className="ml-auto h-1.5 w-12 rounded bg-stone-200">
                      <span className="block h-1.5 rounded bg-rose-500" style={{ width: `${Math.round(omission.severity * 100)}%` }} />
                    </span>
                  </span>
                  <span className="mt-1 block text-sm">
                    {omission.term ? <strong>{omission.term}</strong> : null}
                    {omission.term && omission.text ? " — " : null}
                    {omission.text && <span className="text-stone-700">{omission.text.length > 220 ? `${omission.text.slice(0, 220)}…` : omission.text}</span>}
                  </span>
                  {omission.diff && (
                    <span className="mt-1 block text-xs text-stone-700">
                      <DiffText diff={omission.diff} side="a" /> → <DiffText diff={omission.diff} side="b" />
                    </span>
                  )}
                  <span className="mt-1 block text-xs text-stone-500">
                    {omission.note ?? `in ${present} ${omission.missingFrom === "a" ? omission.countB : omission.countA}×, in ${missing} ${omission.missingFrom === "a" ? omission.countA : omission.countB}×`}
                  </span>
                </button>
                <FlagReview scope={scope} flagKey={omission.key} swappedKey={swappedKeys?.[omission.key]} review={reviews[omission.key]} onChange={(r) => onReviewChange(omission.key, r)} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
