"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { refetchArticleAction } from "@/app/actions/articles";
import { retryLinkAction, startIngestAction } from "@/app/actions/ingest";
import { StoryPicker, unchosenStoryMessage, type PickedStory } from "@/components/stories/story-picker";

type LinkRow = { id: string; url: string; state: string; error: string | null; articleId: string | null; retryable?: boolean; story?: { id: string; title: string } | null };

const STATE_LABEL: Record<string, string> = {
  queued: "Queued",
  fetching: "Fetching…",
  extracting: "Extracting…",
  done: "Added",
  duplicate: "Already stored",
  changed: "Stored, page changed since",
  failed: "Failed",
  repeated: "Already in this batch",
};
const FINAL = new Set(["done", "duplicate", "changed", "failed", "repeated"]);
/** States whose row opens the article (a repeated link: the one its first line brought in). */
const HAS_ARTICLE = new Set(["done", "duplicate", "changed", "repeated"]);
/** The batch being followed, kept in the browser so a reload (or a server restart) picks it up again. */
const BATCH_KEY = "lacuna:ingest-batch";

/**
 * Paste several links; each gets a row whose state updates live while the
 * server works through them. On a story's page (`story` given) every link is
 * filed under that story and no story is chosen.
 */
export function IngestBox({ story: fixedStory }: { story?: PickedStory } = {}) {
  const router = useRouter();
  const [text, setText] = useState("");
  // Stories are searched by title, never all listed (docs/scale.md).
  const [story, setStory] = useState<PickedStory | null>(fixedStory ?? null);
  const [typedStory, setTypedStory] = useState("");
  const [batchId, setBatchId] = useState<string | null>(null);
  const [links, setLinks] = useState<LinkRow[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const refreshed = useRef(false);
  // Bumped to restart polling after a retry, once the batch had finished.
  const [pollRound, setPollRound] = useState(0);
  // What Fetch again said, by link row: the stored article replaced by the page as it is now, or why not.
  const [refetched, setRefetched] = useState<Record<string, string>>({});

  useEffect(() => {
    // A batch started before a reload is still being worked on by the server's queue: follow it again.
    const saved = window.localStorage.getItem(BATCH_KEY);
    if (saved) {
      refreshed.current = false;
      // A one-time read of browser storage after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setBatchId(saved);
    }
  }, []);

  useEffect(() => {
    if (!batchId) return;
    let stopped = false;
    let delay = 600;
    const poll = async () => {
      try {
        const response = await fetch(`/api/ingest/${batchId}`, { cache: "no-store" });
        if (response.status === 404) {
          window.localStorage.removeItem(BATCH_KEY);
          return;
        }
        if (response.ok) {
          delay = 600;
          const body = (await response.json()) as { links: LinkRow[] };
          if (stopped) return;
          setLinks(body.links);
          if (body.links.every((l) => FINAL.has(l.state))) {
            window.localStorage.removeItem(BATCH_KEY);
            if (!refreshed.current) {
              refreshed.current = true;
              router.refresh();
            }
            return;
          }
        }
      } catch {
        // The server may be restarting; its queue resumes the batch. Ask again, less often.
        delay = Math.min(delay * 2, 5_000);
      }
      if (!stopped) timer = setTimeout(poll, delay);
    };
    let timer = setTimeout(poll, 200);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [batchId, router, pollRound]);

  const start = () =>
    startTransition(async () => {
      // A title typed and never chosen would otherwise import the batch under no story, silently.
      if (typedStory.trim()) {
        setMessage(unchosenStoryMessage(typedStory));
        return;
      }
      setMessage(null);
      const result = await startIngestAction(text, story?.id || undefined);
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      refreshed.current = false;
      setLinks([]);
      window.localStorage.setItem(BATCH_KEY, result.batchId);
      setBatchId(result.batchId);
      if (result.rejected.length) setMessage(`Skipped: ${result.rejected.map((r) => `${r.input} (${r.reason})`).join("; ")}`);
    });

  return (
    <div className="space-y-3">
      <label className="block text-sm font-medium text-stone-700">
        Links
        <span className="block text-xs font-normal text-stone-600">One per line, or pasted with other text; up to 50 at a time.</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={4}
          className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 font-mono text-xs"
          placeholder={"https://www.example.com/news/1\nhttps://www.example.org/story/2"}
        />
      </label>
      {fixedStory ? (
        <p className="text-xs text-stone-600">Each article is filed under this story; one already stored in another story stays there.</p>
      ) : (
        <div className="text-sm font-medium text-stone-700">
          <StoryPicker label="Story (optional: file every article of this batch under it)" picked={story} onPick={setStory} onTypedChange={setTypedStory} />
        </div>
      )}
      <div className="flex items-center gap-3">
        <button type="button" onClick={start} disabled={pending || !text.trim()} className="rounded bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          {pending ? "Starting…" : "Fetch articles"}
        </button>
        {message && <p role="alert" className="text-sm text-rose-700">{message}</p>}
      </div>
      {links.length > 0 && (
        <ol aria-label="Import progress" className="divide-y divide-stone-200 rounded border border-stone-200 text-sm">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${link.state === "failed" ? "bg-rose-100 text-rose-900" : link.state === "done" ? "bg-emerald-100 text-emerald-900" : link.state === "duplicate" || link.state === "repeated" || link.state === "changed" ? "bg-amber-100 text-amber-900" : "bg-stone-100 text-stone-700"}`}>
                {STATE_LABEL[link.state] ?? link.state}
              </span>
              <span className="min-w-0 flex-1 truncate font-mono text-xs" title={link.url}>{link.url}</span>
              {link.articleId && HAS_ARTICLE.has(link.state) && (
                // Named with its link: a screen reader's list of links otherwise reads "Open, Open, Open".
                <Link href={`/articles/${link.articleId}`} aria-label={`Open the article from ${link.url}`} className="text-xs text-indigo-700 underline">
                  Open
                </Link>
              )}
              {link.story && HAS_ARTICLE.has(link.state) && (
                <span className="basis-full text-xs text-stone-600">
                  in <Link href={`/stories/${link.story.id}`} className="text-indigo-700 underline">{link.story.title}</Link>
                </span>
              )}
              {link.state === "failed" && <span className="basis-full text-xs text-rose-800">{link.error}</span>}
              {/* The page was updated at the same address: what changed, and the way to take it (the stored version is kept until then). */}
              {link.state === "changed" && link.articleId && (
                <span className="basis-full text-xs text-stone-700">
                  {refetched[link.id] ?? link.error}{" "}
                  {!refetched[link.id] && (
                    <button
                      type="button"
                      disabled={pending}
                      aria-label={`Fetch again: replace the stored article from ${link.url} with the page as it is now`}
                      className="text-indigo-700 underline"
                      onClick={() =>
                        startTransition(async () => {
                          const result = await refetchArticleAction(link.articleId!);
                          setRefetched((said) => ({ ...said, [link.id]: result.message }));
                          if (result.ok) router.refresh();
                        })
                      }
                    >
                      Fetch again
                    </button>
                  )}
                </span>
              )}
              {/* Which line it repeats: nothing the analyst pasted is dropped without a word. */}
              {link.state === "repeated" && <span className="basis-full text-xs text-stone-700">{link.error}</span>}
              {link.state === "failed" && link.retryable !== false && (
                <>
                  <button
                    type="button"
                    className="text-xs text-indigo-700 underline"
                    onClick={async () => {
                      const result = await retryLinkAction(link.id);
                      if (result.ok) {
                        setLinks((rows) => rows.map((r) => (r.id === link.id ? { ...r, state: "queued", error: null } : r)));
                        refreshed.current = false;
                        if (batchId) window.localStorage.setItem(BATCH_KEY, batchId);
                        setPollRound((n) => n + 1);
                      } else setMessage(result.message ?? "Retry failed.");
                    }}
                  >
                    Retry
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
