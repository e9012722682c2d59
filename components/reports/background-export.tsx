"use client";

import { useEffect, useState, useTransition } from "react";
import { startExportAction } from "@/app/actions/exports";

type ExportView = { id: string; state: "pending" | "ready" | "failed"; progress: "queued" | "running" | null; fileName: string | null; error: string | null; stale: boolean };

/** How often a ready file is checked against the story: an edit made in this tab or another makes it out of date. */
const READY_RECHECK_MS = 5_000;

/**
 * A report rendered in the background (a story PDF of long articles can take
 * half a minute): one click queues it, the button follows it, and a download
 * link appears when the file is ready. The export id is kept in the page's
 * session, so a reload — or a server restart, after which the queue finishes
 * the job — finds it again; a page opened afresh (another browser, a new tab)
 * starts from the newest file prepared for the report, by anyone. A ready file is offered only while the server
 * says it still matches what it was made from (the story, its articles, their
 * reviews); once they change, the page says so and offers to prepare it again.
 */
export function BackgroundExport({
  subject,
  subjectId,
  format,
  label,
  latestExportId = null,
}: {
  subject: "story" | "comparison";
  subjectId: string;
  format: string;
  label: string;
  /** The newest export of this report the server knows (ready or under way): newer than, or the same as, one this tab kept. */
  latestExportId?: string | null;
}) {
  const storageKey = `lacuna:export:${subject}:${subjectId}:${format}`;
  const [exportId, setExportId] = useState<string | null>(null);
  const [view, setView] = useState<ExportView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    // Without one, a fresh load showed only "Prepare PDF", never that the PDF prepared before was out of date.
    const saved = latestExportId ?? window.sessionStorage.getItem(storageKey);
    // Resuming a saved export is a one-time read of browser storage after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (saved) setExportId(saved);
  }, [storageKey, latestExportId]);

  useEffect(() => {
    if (!exportId) return;
    let stopped = false;
    let delay = 500;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const response = await fetch(`/api/exports/${exportId}`, { cache: "no-store" });
        if (response.status === 404) {
          window.sessionStorage.removeItem(storageKey);
          if (!stopped) setExportId(null);
          return;
        }
        if (response.ok) {
          const body = (await response.json()) as ExportView;
          if (stopped) return;
          setView(body);
          if (body.state === "failed" || (body.state === "ready" && body.stale)) return;
          // Pending: follow the job. Ready: keep checking that it still matches the story.
          delay = body.state === "ready" ? READY_RECHECK_MS : 1_000;
        }
      } catch {
        // The server may be restarting: keep asking, less often.
        delay = Math.min(delay * 2, 5_000);
      }
      if (!stopped) timer = setTimeout(poll, delay);
    };
    timer = setTimeout(poll, 200);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [exportId, storageKey]);

  const start = () =>
    startTransition(async () => {
      setMessage(null);
      setView(null);
      const result = await startExportAction(subject, subjectId, format);
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      window.sessionStorage.setItem(storageKey, result.id);
      setExportId(result.id);
    });

  const stale = view?.state === "ready" && view.stale && !pending;
  if (view?.state === "ready" && !view.stale) {
    return (
      <span className="inline-flex items-center gap-2">
        <a href={`/api/exports/${view.id}/file`} download className="rounded border border-emerald-400 bg-emerald-50 px-2 py-1 text-emerald-900 hover:bg-emerald-100">
          Download {label}
        </a>
        <button type="button" onClick={start} className="text-xs text-indigo-700 underline">Prepare again</button>
      </span>
    );
  }
  const working = pending || (exportId !== null && view?.state !== "failed" && !stale);
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={start} disabled={working} className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100 disabled:opacity-60">
        {working ? `Preparing ${label}…` : `Prepare ${label}`}
      </button>
      <span role="status" className="text-xs text-stone-600">
        {view?.state === "pending" ? (view.progress === "running" ? "rendering in the background" : "waiting for a worker") : null}
        {view?.state === "failed" ? <span className="text-rose-800">{view.error ?? "The export failed."}</span> : null}
        {stale ? <span className="text-amber-900">The prepared {label} is out of date: {subject === "story" ? "the story" : "the compared articles"} changed since it was prepared.</span> : null}
        {message ? <span className="text-rose-800">{message}</span> : null}
      </span>
    </span>
  );
}
