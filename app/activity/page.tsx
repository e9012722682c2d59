import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFilter } from "@/components/activity/activity-filter";
import { formatDateTime } from "@/components/format";
import { requireViewer } from "@/lib/auth/guards";
import { ACTIVITY_KINDS, activityActors, listActivity, type ActivityKind } from "@/lib/services/activity";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

type Params = { searchParams: Promise<{ before?: string; who?: string; what?: string }> };

const KINDS = Object.entries(ACTIVITY_KINDS).map(([value, kind]) => ({ value, label: kind.label }));

/** Who did what, newest first: additions, filings, renames, summaries, aliases and deletions, fifty a page. */
export default async function ActivityPage({ searchParams }: Params) {
  await requireViewer();
  const params = await searchParams;
  const before = typeof params.before === "string" ? params.before : undefined;
  const who = typeof params.who === "string" ? params.who : "";
  const what = typeof params.what === "string" && Object.hasOwn(ACTIVITY_KINDS, params.what) ? (params.what as ActivityKind) : "";
  const [{ entries, older }, actors] = await Promise.all([listActivity(before, { who, what }), activityActors()]);
  const filtering = who !== "" || what !== "";
  // Pages of a filtered list keep its choices.
  const href = (next: { before?: string }) => {
    const query = new URLSearchParams();
    if (who) query.set("who", who);
    if (what) query.set("what", what);
    if (next.before) query.set("before", next.before);
    const qs = query.toString();
    return qs ? `/activity?${qs}` : "/activity";
  };
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Activity</h1>
        <p className="mt-1 text-sm text-stone-600">
          What editors changed, newest first: articles added, corrected, filed or deleted, stories renamed, summarised or deleted, links sent, reviews (confirmed, dismissed, marked for a check, cleared, notes), aliases, and what was done on the command line (imports, accounts).
        </p>
      </div>
      <ActivityFilter actors={actors.includes(who) || !who ? actors : [...actors, who]} kinds={KINDS} who={who} what={what} />
      {filtering && (
        <p role="status" className="text-sm text-stone-600">
          {[who ? `Only ${who}’s entries` : "Everyone’s entries", what ? `about ${ACTIVITY_KINDS[what].label.toLowerCase()}` : ""].filter(Boolean).join(" ")}.{" "}
          <Link href="/activity" className="text-indigo-700 underline">
            Show everything
          </Link>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-stone-700">{before ? "No older activity." : filtering ? "No entry matches these choices." : "Nothing has been changed yet."}</p>
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
                    {entry.action.startsWith("review.") ? (
                      // A plain link: a story review's is resolved by a route when clicked (no prefetch, no client router), then lands on the item's #fragment.
                      <a href={entry.href} className="text-indigo-700 underline">
                        open the item
                      </a>
                    ) : (
                      <Link href={entry.href} className="text-indigo-700 underline">
                        {entry.href.startsWith("/stories/") ? "open the story" : "open the article"}
                      </Link>
                    )}
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Older activity" className="flex gap-4 text-sm">
        {before && (
          <Link href={href({})} className="text-indigo-700 underline">
            Newest
          </Link>
        )}
        {older && (
          <Link href={href({ before: older })} className="text-indigo-700 underline">
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
