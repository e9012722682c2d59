import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/format";
import { requireViewer } from "@/lib/auth/guards";
import { listActivity } from "@/lib/services/activity";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

type Params = { searchParams: Promise<{ before?: string }> };

/** Who did what, newest first: additions, filings, renames, summaries, aliases and deletions, fifty a page. */
export default async function ActivityPage({ searchParams }: Params) {
  await requireViewer();
  const { before } = await searchParams;
  const { entries, older } = await listActivity(before);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Activity</h1>
        <p className="mt-1 text-sm text-stone-600">
          What editors changed, newest first: articles added, corrected, filed or deleted, stories renamed, summarised or deleted, links sent, aliases, and what was done on the command line (imports, accounts). Reviews carry their reviewer&apos;s name where they are shown.
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="text-stone-700">{before ? "No older activity." : "Nothing has been changed yet."}</p>
      ) : (
        <ol aria-label="Activity, newest first" className="divide-y divide-stone-100 rounded border border-stone-200 bg-white">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 px-3 py-2 text-sm">
              <time dateTime={entry.at} className="w-44 shrink-0 tabular-nums text-xs text-stone-600">
                {formatDateTime(entry.at)}
              </time>
              <span className="min-w-0 flex-1">
                <strong className="font-medium">{entry.actor}</strong> {entry.text}
                {entry.href && (
                  <>
                    {" "}
                    <Link href={entry.href} className="text-indigo-700 underline">
                      {entry.href.startsWith("/stories/") ? "open the story" : "open the article"}
                    </Link>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Older activity" className="flex gap-4 text-sm">
        {before && (
          <Link href="/activity" className="text-indigo-700 underline">
            Newest
          </Link>
        )}
        {older && (
          <Link href={`/activity?before=${encodeURIComponent(older)}`} className="text-indigo-700 underline">
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
