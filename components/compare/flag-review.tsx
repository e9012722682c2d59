"use client";

import { useState, useTransition } from "react";
import { saveReviewAction } from "@/app/actions/reviews";
import { useCanEdit } from "@/components/auth/can-edit";

export type ReviewStatus = "confirmed" | "dismissed" | "needs-check";
export interface ReviewView {
  status: ReviewStatus;
  note: string;
}

const LABELS: Record<ReviewStatus | "none", string> = {
  none: "Not reviewed",
  confirmed: "Confirmed",
  "needs-check": "Needs check",
  dismissed: "Dismissed",
};

/**
 * The analyst's verdict on one flag (or one item, through its lead flag's
 * key), saved as soon as it changes. Compact: one small select on a line, the
 * note opens on demand, so twenty flags do not make a page of widgets.
 */
export function FlagReview({
  scope,
  flagKey,
  swappedKey,
  review,
  onChange,
  label = "Review",
}: {
  scope: string;
  flagKey: string;
  /** The flag's key with A and B swapped (pairwise flags), so the review shows in both orders. */
  swappedKey?: string;
  review: ReviewView | undefined;
  onChange: (review: ReviewView | undefined) => void;
  /** Accessible name of the select; the note field is named "<label> note". */
  label?: string;
}) {
  const [status, setStatus] = useState<ReviewStatus | "none">(review?.status ?? "none");
  const [note, setNote] = useState(review?.note ?? "");
  const [noteOpen, setNoteOpen] = useState(Boolean(review?.note));
  const [openedByClick, setOpenedByClick] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editor = useCanEdit();

  const save = (nextStatus: ReviewStatus | "none", nextNote: string) =>
    startTransition(async () => {
      const result = await saveReviewAction({ scope, flagKey, swappedKey, status: nextStatus, note: nextNote });
      if (!result.ok) {
        // Show what is stored, not what was attempted.
        setStatus(review?.status ?? "none");
        setMessage(result.message);
        return;
      }
      setMessage("Saved");
      onChange(nextStatus === "none" ? undefined : { status: nextStatus, note: nextNote });
    });

  if (!editor) {
    // A viewer sees the verdict, not the controls.
    return review ? (
      <p className="mt-2 text-xs text-stone-600">
        Review: <strong>{LABELS[review.status]}</strong>
        {review.note && <> — {review.note}</>}
      </p>
    ) : null;
  }

  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
      <select
        aria-label={label}
        value={status}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as ReviewStatus | "none";
          setStatus(next);
          save(next, note);
        }}
        className={`rounded border px-1 py-0.5 ${status === "none" ? "border-stone-300 bg-white text-stone-700" : status === "dismissed" ? "border-stone-400 bg-stone-100 text-stone-700" : status === "confirmed" ? "border-emerald-600 bg-emerald-50 text-emerald-900" : "border-amber-500 bg-amber-50 text-amber-900"}`}
      >
        {(Object.keys(LABELS) as Array<ReviewStatus | "none">).map((s) => (
          <option key={s} value={s}>{LABELS[s]}</option>
        ))}
      </select>
      {noteOpen ? (
        <input
          aria-label={`${label} note`}
          autoFocus={openedByClick}
          placeholder="Note"
          value={note}
          maxLength={5000}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (note === (review?.note ?? "")) return;
            // A note on an unreviewed flag means the analyst is looking into it.
            const next = status === "none" ? "needs-check" : status;
            setStatus(next);
            save(next, note);
          }}
          className="min-w-0 flex-1 rounded border border-stone-300 px-1 py-0.5"
        />
      ) : (
        <button type="button" onClick={() => {
            setNoteOpen(true);
            setOpenedByClick(true);
          }} className="text-indigo-700 underline">
          Add note
        </button>
      )}
      {message && <span role="status" className={message === "Saved" ? "text-emerald-800" : "text-rose-800"}>{message}</span>}
    </div>
  );
}
