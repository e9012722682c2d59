"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveStorySummaryAction } from "@/app/actions/stories";
import { useCanEdit } from "@/components/auth/can-edit";
import { formatDateTime } from "@/components/format";
import type { ReportSummary as AnalystSummary } from "@/lib/report/model";

/** "by demo, 7 Dec 2026, 01:50 UTC": who saved a summary and when. */
function savedLine(summary: AnalystSummary): string {
  return `${summary.author ? `by ${summary.author}, ` : ""}${formatDateTime(summary.savedAt)}`;
}

/** The summary as typed: paragraphs and line breaks kept, never read as HTML (React escapes it). */
function SummaryText({ text }: { text: string }) {
  return <div className="whitespace-pre-wrap break-words text-stone-900">{text}</div>;
}

/**
 * The analyst's summary of the story: their conclusion, in their words, at the
 * head of the page and of every story report. Editors write and change it;
 * when another editor saved meanwhile, nothing is overwritten: their text is
 * shown beside what this editor typed, which stays in the box to merge.
 */
export function StorySummaryBox({ storyId, summary, version, maxChars }: { storyId: string; summary: AnalystSummary | null; version: string; maxChars: number }) {
  const editor = useCanEdit();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(summary?.text ?? "");
  const [base, setBase] = useState(version);
  const [theirs, setTheirs] = useState<{ summary: AnalystSummary | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  if (!editing) {
    if (!summary) {
      return editor ? (
        <button
          type="button"
          onClick={() => {
            // From the version the page shows now (none, after a removal), not the one it first showed.
            setDraft("");
            setBase(version);
            setEditing(true);
          }}
          className="text-sm text-indigo-700 underline"
        >
          Write the analyst&apos;s summary
        </button>
      ) : null;
    }
    return (
      <section aria-labelledby="summary-heading" className="max-w-3xl rounded border border-stone-200 bg-white p-4">
        <div className="flex items-baseline gap-3">
          <h2 id="summary-heading" className="font-serif text-lg font-semibold">Analyst&apos;s summary</h2>
          {editor && (
            <button
              type="button"
              onClick={() => {
                setDraft(summary.text);
                setBase(version);
                setEditing(true);
              }}
              className="text-sm text-indigo-700 underline"
            >
              Edit summary
            </button>
          )}
        </div>
        <div className="mt-2">
          <SummaryText text={summary.text} />
        </div>
        <p className="mt-2 text-xs text-stone-600">Saved {savedLine(summary)}; it heads every story report.</p>
      </section>
    );
  }

  const save = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await saveStorySummaryAction(storyId, draft, base);
      if (result.status === "saved") {
        setTheirs(null);
        setEditing(false);
      } else if (result.status === "conflict") {
        // Their save becomes the base: saving again now replaces it, knowingly.
        setTheirs({ summary: result.current });
        setBase(result.version);
        // The page behind the form shows their text too (Cancel keeps it).
        router.refresh();
      } else setMessage(result.message);
    });

  const over = draft.length > maxChars;
  return (
    <section aria-labelledby="summary-heading" className="max-w-3xl rounded border border-stone-200 bg-white p-4">
      <h2 id="summary-heading" className="font-serif text-lg font-semibold">
        <label htmlFor="story-summary">Analyst&apos;s summary</label>
      </h2>
      <p className="mt-1 text-sm text-stone-600">Your conclusion, in your words: it heads this page and every story report. Blank lines part paragraphs; an empty box removes the summary.</p>
      <textarea
        id="story-summary"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        rows={8}
        className="mt-2 w-full rounded border border-stone-300 p-2 text-sm"
        aria-describedby="summary-count"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" disabled={pending || over} onClick={save} className="rounded bg-indigo-700 px-3 py-1 text-white disabled:opacity-50">
          {pending ? "Saving…" : theirs ? "Save mine over theirs" : "Save summary"}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            setEditing(false);
            setTheirs(null);
            setMessage(null);
          }}
          className="text-sm underline"
        >
          Cancel
        </button>
        <span id="summary-count" className={`text-xs ${over ? "font-semibold text-rose-700" : "text-stone-600"}`}>
          {draft.length.toLocaleString("en-US")} / {maxChars.toLocaleString("en-US")} characters
        </span>
      </div>
      {message && <p role="alert" className="mt-2 text-sm text-rose-700">{message}</p>}
      {theirs && (
        <div role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">
            {theirs.summary ? `Someone saved the summary while you were writing (${savedLine(theirs.summary)}).` : "Someone removed the summary while you were writing."} Nothing was overwritten; your text is still in the box.
          </p>
          {theirs.summary && (
            <>
              <p className="mt-2 text-stone-700">Their text:</p>
              <blockquote className="mt-1 border-l-4 border-amber-400 pl-3">
                <SummaryText text={theirs.summary.text} />
              </blockquote>
            </>
          )}
          <p className="mt-2 text-stone-700">Merge what you need into yours, then save again to replace theirs, or cancel to keep theirs.</p>
        </div>
      )}
    </section>
  );
}
