"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { saveReviewAction } from "@/app/actions/reviews";
import { useCanEdit } from "@/components/auth/can-edit";
import { formatDateTime, formatShortDateTime } from "@/components/format";
import { reviewedBeforeTextChangeNote } from "@/lib/report/reviewed-before-change";
import { noteUnsaved, reviewFieldNames, savesNote, statusWithNote } from "./flag-review-model";

export type ReviewStatus = "confirmed" | "dismissed" | "needs-check";
export interface ReviewView {
  status: ReviewStatus;
  note: string;
  /** Who last set it (null for reviews made before accounts existed). */
  by: string | null;
  /** When it was last set (ISO): the version the next save names, so a stale page cannot overwrite a newer review. */
  version: string;
  /**
   * Set when an article the finding concerns had its text replaced (fetch again, re-extraction) after this
   * review was saved: the verdict was given on the earlier text. Saving the review again clears it.
   */
  reviewedBeforeTextChange?: { outlet: string; changedAt: string };
  /**
   * Another editor's review that arrived in place of this editor's save: the
   * item stays in view (even when dismissed) until the editor chooses.
   */
  contested?: boolean;
}

/** Another editor's change that refused this editor's save, and what this editor meant. */
interface Conflict {
  theirs: ReviewView | null;
  /** The status "Save mine over theirs" stores, with the note in the field. */
  mine: ReviewStatus | "none";
  /** Whether the refused save was a note (kept in the field) rather than a status. */
  noteEdited: boolean;
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
 * note opens on demand, so twenty flags do not make a page of widgets. A note
 * is saved by Enter, by "Save note" or by leaving the field; a page left with
 * a note not yet saved asks first (a reload does not blur the field).
 *
 * Each save names the version of the review this page last saw. When another
 * editor changed it since, nothing is overwritten: the item shows their
 * review, keeps what this editor typed, and offers to save it over theirs.
 *
 * Who set the review and when stand beside it ("by ana.two · 7 Dec, 10:21",
 * the full time in the tooltip). Just after a dismissal the note field opens
 * (to say why) and *Undo dismissal* puts back the review it replaced.
 */
export function FlagReview({
  scope,
  flagKey,
  swappedKey,
  review,
  onChange,
  label = "Review",
  item,
}: {
  scope: string;
  flagKey: string;
  /** The item as the page names it (number and title): the activity log's entry for the review says which it was. */
  item?: { number: number; title: string };
  /** The flag's key with A and B swapped (pairwise flags), so the review shows in both orders. */
  swappedKey?: string;
  review: ReviewView | undefined;
  onChange: (review: ReviewView | undefined) => void;
  /** Start of the select's accessible name, followed by the item's number and title (reviewFieldNames). */
  label?: string;
}) {
  const names = reviewFieldNames(item, label);
  const [status, setStatus] = useState<ReviewStatus | "none">(review?.status ?? "none");
  const [note, setNote] = useState(review?.note ?? "");
  const [noteOpen, setNoteOpen] = useState(Boolean(review?.note));
  const [openedByClick, setOpenedByClick] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, startTransition] = useTransition();
  // The review a dismissal made on this page replaced (null: none), for Undo; undefined when there is nothing to undo.
  const [beforeDismissal, setBeforeDismissal] = useState<ReviewView | null | undefined>(undefined);
  const selectRef = useRef<HTMLSelectElement>(null);
  // A change of status (the select, Undo) leaves focus on the select once its save is done: the select
  // is disabled while saving, which drops focus, and Undo's button goes away.
  const focusSelect = useRef(false);
  const editor = useCanEdit();
  // The note on its way to the server: Enter, then the blur of clicking elsewhere, must not save it twice
  // (the second save would name the version the first replaced, and be refused as a conflict).
  const submitted = useRef<string | null>(null);
  const unsaved = noteOpen && noteUnsaved(note, review?.note);

  useEffect(() => {
    if (!unsaved) return;
    // The browser asks before the page is left or reloaded with a note typed and not saved.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  useEffect(() => {
    if (pending || !focusSelect.current) return;
    focusSelect.current = false;
    // Unless the analyst has moved on meanwhile.
    if (document.activeElement === null || document.activeElement === document.body) selectRef.current?.focus();
  }, [pending]);

  const save = (nextStatus: ReviewStatus | "none", nextNote: string, edited: "status" | "note") =>
    startTransition(async () => {
      const result = await saveReviewAction({ scope, flagKey, swappedKey, status: nextStatus, note: nextNote, version: review?.version ?? null }, item);
      submitted.current = null;
      if (result.status === "error") {
        // Show what is stored, not what was attempted.
        setStatus(review?.status ?? "none");
        setMessage(result.message);
        return;
      }
      if (result.status === "conflict") {
        const theirs = result.current;
        // Their review is what is stored now; what this editor typed stays in the field.
        setStatus(theirs?.status ?? "none");
        if (edited === "status") setNote(theirs?.note ?? "");
        if (theirs?.note) setNoteOpen(true);
        // Mine is my one change applied to theirs: my note on their status, or my status with their note.
        const mine = edited === "note" ? (theirs?.status ?? "needs-check") : nextStatus;
        setConflict({ theirs, mine, noteEdited: edited === "note" });
        setMessage(null);
        onChange(theirs ? { ...theirs, contested: true } : undefined);
        return;
      }
      setConflict(null);
      setMessage("Saved");
      if (edited === "status") {
        // Just dismissed: say why (the field opens, focus stays on the select), or undo it.
        if (nextStatus === "dismissed" && review?.status !== "dismissed") {
          setBeforeDismissal(review ?? null);
          setOpenedByClick(false);
          setNoteOpen(true);
        } else if (nextStatus !== "dismissed") setBeforeDismissal(undefined);
      }
      onChange(result.review ?? undefined);
    });

  const undoDismissal = (before: ReviewView | null) => {
    setStatus(before?.status ?? "none");
    setNote(before?.note ?? "");
    focusSelect.current = true;
    save(before?.status ?? "none", before?.note ?? "", "status");
  };

  const saveNote = () => {
    if (!noteUnsaved(note, review?.note) || submitted.current === note) return;
    // After another editor's change, only an explicit choice saves over it.
    if (conflict) return;
    submitted.current = note;
    const next = statusWithNote(status);
    setStatus(next);
    save(next, note, "note");
  };

  const keepTheirs = (theirs: ReviewView | null) => {
    setStatus(theirs?.status ?? "none");
    setNote(theirs?.note ?? "");
    setConflict(null);
    onChange(theirs ? { ...theirs, contested: false } : undefined);
  };

  if (!editor) {
    // A viewer sees the verdict, not the controls.
    return review ? (
      <p className="mt-2 text-xs text-stone-600">
        Review: <strong>{LABELS[review.status]}</strong> <ReviewedBy review={review} />
        {review.note && <> — {review.note}</>}
        <TextChanged review={review} />
      </p>
    ) : null;
  }

  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
      <select
        ref={selectRef}
        aria-label={names.select}
        value={status}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value as ReviewStatus | "none";
          setStatus(next);
          focusSelect.current = true;
          save(next, note, "status");
        }}
        className={`rounded border px-1 py-0.5 ${status === "none" ? "border-stone-300 bg-white text-stone-700" : status === "dismissed" ? "border-stone-400 bg-stone-100 text-stone-700" : status === "confirmed" ? "border-emerald-600 bg-emerald-50 text-emerald-900" : "border-amber-500 bg-amber-50 text-amber-900"}`}
      >
        {(Object.keys(LABELS) as Array<ReviewStatus | "none">).map((s) => (
          <option key={s} value={s}>{LABELS[s]}</option>
        ))}
      </select>
      {review && status === review.status && <ReviewedBy review={review} />}
      {review && status === review.status && <TextChanged review={review} />}
      {status === "dismissed" && beforeDismissal !== undefined && !conflict && (
        <button type="button" disabled={pending} onClick={() => undoDismissal(beforeDismissal)} className="text-indigo-700 underline disabled:opacity-50">
          Undo dismissal
        </button>
      )}
      {noteOpen ? (
        <input
          aria-label={names.note}
          autoFocus={openedByClick}
          placeholder={status === "dismissed" ? "Why dismissed? (Enter saves)" : "Note (Enter saves)"}
          value={note}
          maxLength={5000}
          onChange={(e) => {
            setNote(e.target.value);
            // "Saved" spoke of the note before this edit.
            if (message === "Saved") setMessage(null);
          }}
          onKeyDown={(e) => {
            if (!savesNote({ key: e.key, shiftKey: e.shiftKey, isComposing: e.nativeEvent.isComposing })) return;
            e.preventDefault();
            saveNote();
          }}
          onBlur={saveNote}
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
      {unsaved && !conflict && (
        <button type="button" disabled={pending} onClick={saveNote} className="rounded bg-indigo-700 px-2 py-0.5 text-white disabled:opacity-50">
          Save note
        </button>
      )}
      {message && <span role="status" className={message === "Saved" ? "text-emerald-800" : "text-rose-800"}>{message}</span>}
      {conflict && (
        <div role="alert" className="basis-full rounded border border-amber-300 bg-amber-50 p-2 text-stone-800">
          <p>
            {theirs(conflict.theirs)} {conflict.noteEdited ? "Your note was not saved; it is still in the field." : `Your choice, ${LABELS[conflict.mine]}, was not saved.`}
          </p>
          <div className="mt-1 flex flex-wrap gap-3">
            <button type="button" disabled={pending} onClick={() => save(conflict.mine, note, conflict.noteEdited ? "note" : "status")} className="rounded bg-indigo-700 px-2 py-0.5 text-white disabled:opacity-50">
              Save mine over theirs
            </button>
            <button type="button" disabled={pending} onClick={() => keepTheirs(conflict.theirs)} className="text-indigo-700 underline">
              Keep theirs
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** "by ana.two · 7 Dec, 10:21": who set the review and when, the full time in the tooltip. */
function ReviewedBy({ review }: { review: ReviewView }) {
  return (
    <span className="text-stone-600">
      {review.by ? `by ${review.by} · ` : ""}
      <time dateTime={review.version} title={formatDateTime(review.version)}>
        {formatShortDateTime(review.version)}
      </time>
    </span>
  );
}

/**
 * "Reviewed before Brackley Gazette's text changed (7 Dec 2026, 15:46 UTC)." after a review made on an earlier
 * text of an article it concerns; nothing otherwise. Plain text: the outlet's name is article data.
 */
function TextChanged({ review }: { review: ReviewView }) {
  if (!review.reviewedBeforeTextChange) return null;
  return <span className="ml-1 font-medium text-amber-800">{reviewedBeforeTextChangeNote(review.reviewedBeforeTextChange)}.</span>;
}

/** "ana changed this review (7 Dec 2026, 02:14 UTC): Dismissed — “wire copy”.": the change that came first. */
function theirs(review: ReviewView | null): string {
  if (!review) return "Another editor removed this review while you were editing.";
  const who = review.by ?? "Another editor";
  return `${who} changed this review (${formatDateTime(review.version)}): ${LABELS[review.status]}${review.note ? ` — “${review.note}”` : ""}.`;
}
