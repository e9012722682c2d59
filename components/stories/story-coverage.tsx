"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { FlagReview, type ReviewView } from "@/components/compare/flag-review";
import { ImportanceBadge } from "@/components/compare/importance-badge";
import { itemHref, itemIdFromHash } from "@/components/compare/item-link";
import { SkipPast } from "@/components/layout/skip-past";
import { useFocusFirstShown } from "@/components/layout/use-focus-first-shown";
import { FIRST_VIEW_ITEMS } from "@/lib/omissions/first-view";
import { noStoryFlagsText } from "@/lib/report/no-story-flags";
import type { PairPreview } from "./pair-preview";
import { reportSources } from "./report-sources";
import type { CoverageRowView, StoryCoverageModel, StoryFlagView } from "./story-coverage-model";
import { detachedReviewsNote, moreRowsNote, storyFlagsIntro } from "./story-phrases";

/** Story items shown before "Show all": as many as the story reports list before "More". */
const FIRST_VIEW_FLAGS = FIRST_VIEW_ITEMS;

type Selection = { row: string; source: number | null; flag?: string };

/**
 * The story's coverage at a glance: what most sources report and some leave
 * out (flags, then the matrix with gaps first and in a strong colour), and
 * the sentences behind any flag or cell, one click away.
 */
export function StoryCoverage({ model, scope, reviews: initial, pair = null }: { model: StoryCoverageModel; scope: string; reviews: Record<string, ReviewView>; pair?: PairPreview | null }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const open = (next: Selection) => {
    setSelection(next);
    requestAnimationFrame(() => document.getElementById("evidence-heading")?.focus({ preventScroll: false }));
  };
  // Arriving with an item in the address ("#item:<key>", a link from the activity log): its sentences open and the list shows it.
  const [linked, setLinked] = useState<{ key: string } | { missing: true } | null>(null);
  useEffect(() => {
    const key = itemIdFromHash(window.location.hash);
    if (key === null) return;
    const target = model.flags.find((f) => f.key === key);
    const frame = requestAnimationFrame(() => {
      if (!target) {
        setLinked({ missing: true });
        return;
      }
      setSelection({ row: target.row, source: null, flag: target.key });
      setLinked({ key: target.key });
    });
    return () => cancelAnimationFrame(frame);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Reviews kept for items the story no longer lists (an article joined or changed): said, not silently gone.
  const detached = detachedReviewsNote(Object.keys(initial), model.flags.map((f) => f.key));
  const row = selection ? model.rows.find((r) => r.key === selection.row) : undefined;
  const flag = selection?.flag ? model.flags.find((f) => f.key === selection.flag) : undefined;
  // A flag opens the sentences behind it (the analysis names them); a cell, its row's.
  // A source not compared on the flag (another language) neither reports it nor leaves it out.
  const evidence: EvidenceView | null = flag
    ? {
        label: flag.term,
        entries: model.sources.map((s, i) => {
          const notCompared = flag.notCompared[i] ?? null;
          // A figure left out: a source that is not absent yet gives no form of it here gives it in words the row could not tie to it.
          const figure = flag.figures && !(flag.kind === "figure" && flag.figures[i] == null) ? (flag.figures[i] ?? null) : undefined;
          return { label: s.label, lang: s.lang, absent: !notCompared && flag.absentFrom.includes(s.label), notCompared, count: null, sentences: flag.sentences[i] ?? [], ...(figure !== undefined ? { says: figure === null ? "gives no figure for it" : `says ${figure}` } : {}) };
        }),
      }
    : row
      ? {
          label: row.label,
          entries: row.cells.map((cell, i) => ({ label: model.sources[i]?.label ?? "", lang: model.sources[i]?.lang, absent: cell.count === 0 && !cell.notCompared, notCompared: cell.notCompared, count: cell.count, sentences: cell.sentences, more: row.kind !== "entity" ? cell.count - cell.sentences.length : 0 })),
        }
      : null;
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="min-w-0 space-y-8">
        {model.languageNote && (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {model.languageNote}
          </p>
        )}
        <section aria-labelledby="story-flags-heading">
          <h2 id="story-flags-heading" className="font-serif text-xl font-semibold">Left out across the story</h2>
          <p className="mt-1 text-sm text-stone-700">
            {storyFlagsIntro(model.reports, model.flags.some((f) => f.kind === "conflict"))}{" "}
            Copies of one text (a reprinted wire story) count as one report.
          </p>
          {detached && (
            <p role="note" className="mt-2 text-xs text-stone-700">
              {detached}
            </p>
          )}
          {linked && "missing" in linked && (
            <p role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The linked item is not among this story&apos;s items: its articles or their grouping may have changed since the link was made.
            </p>
          )}
          {model.flags.length === 0 ? (
            <NoStoryFlags model={model} pair={pair} />
          ) : (
            <StoryFlags
              flags={model.flags}
              scope={scope}
              initial={initial}
              onOpen={(f) => open({ row: f.row, source: null, flag: f.key })}
              selected={selection?.row ?? null}
              linked={linked && "key" in linked ? linked.key : null}
            />
          )}
        </section>
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading" className="font-serif text-xl font-semibold">Coverage matrix</h2>
          <p className="mt-1 text-sm text-stone-700">
            Gaps first: each row is a name, a passage or a figure, each column a source. <span className="rounded bg-rose-700 px-1 font-semibold text-white">✕ absent</span> marks a source that leaves it out; a number is how many times the source mentions it. Click any cell for the sentences behind it.
          </p>
          {/* A button per cell is hundreds of Tab stops: a keyboard user can skip to the end of the table. */}
          <SkipPast id="coverage-matrix" label="Skip the coverage table" endLabel="End of the coverage table">
            <div className="mt-2 rounded border border-stone-200 bg-white p-2">
              <CoverageMatrix model={model} selection={selection} onOpen={open} />
            </div>
          </SkipPast>
        </section>
      </div>
      <aside className="xl:sticky xl:top-2 xl:self-start">
        <Evidence evidence={evidence} source={selection?.source ?? null} />
      </aside>
    </div>
  );
}

/** Nothing flagged across the story; with two independent reports, what each leaves out (their comparison's first items) and the way to it. */
function NoStoryFlags({ model, pair }: { model: StoryCoverageModel; pair: PairPreview | null }) {
  const reports = reportSources(model.sources);
  const [a, b] = reports;
  return (
    <div className="mt-2 text-sm text-stone-700">
      <p>
        {noStoryFlagsText(model.reports)}
        {reports.length === 2 && a && b && (
          <>
            {" "}
            <Link href={pair?.href ?? `/compare/${a.id}/${b.id}`} className="text-indigo-700 underline">
              Compare {a.label} with {b.label}
            </Link>
          </>
        )}
      </p>
      {pair && (
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {pair.sides.map((side) => (
            <div key={side.missingFrom}>
              <h3 className="font-semibold text-stone-900">
                Missing from {side.missingFrom} <span className="font-normal text-stone-600">· in {side.presentIn} only</span>
              </h3>
              {side.items.length === 0 ? (
                <p className="mt-1 text-stone-600">Nothing left out.</p>
              ) : (
                <ol aria-label={`Missing from ${side.missingFrom}`} className="mt-1 divide-y divide-stone-100 rounded border border-stone-200 bg-white">
                  {side.items.map((item) => (
                    <li key={item.id} className="px-3 py-2">
                      {/* Each item opens in the comparison, selected, with its sentences in view; numbered as there. */}
                      <span className="tabular-nums text-xs text-stone-600">
                        <span className="sr-only">Item </span>
                        {item.number}.
                      </span>{" "}
                      <ImportanceBadge importance={item.importance} />{" "}
                      <Link href={itemHref(pair.href, item.id)} className="text-stone-900 underline decoration-stone-300 underline-offset-2 hover:decoration-indigo-700">
                        {item.title}
                      </Link>
                      {item.reasons.length > 0 && <span className="block text-xs text-stone-600">{item.reasons.join(" · ")}</span>}
                    </li>
                  ))}
                </ol>
              )}
              {side.more > 0 && <p className="mt-1 text-xs text-stone-600">and {side.more} more in the comparison</p>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function StoryFlags({
  flags,
  scope,
  initial,
  onOpen,
  selected,
  linked,
}: {
  flags: StoryFlagView[];
  scope: string;
  initial: Record<string, ReviewView>;
  onOpen: (flag: StoryFlagView) => void;
  selected: string | null;
  /** The item the address named on arrival: shown (even dismissed, even below the first ten) and scrolled to. */
  linked: string | null;
}) {
  const [reviews, setReviews] = useState(initial);
  const [hideDismissed, setHideDismissed] = useState(true);
  const [showAll, setShowAll] = useState(false);
  // Items dismissed on this page stay in view, folded, so the analyst can say why (or undo),
  // until the page is reloaded or "Hide dismissed" is changed.
  const [justDismissed, setJustDismissed] = useState<ReadonlySet<string>>(new Set());
  const isDismissed = (f: StoryFlagView) => reviews[f.key]?.status === "dismissed";
  const folded = (f: StoryFlagView) => hideDismissed && isDismissed(f) && justDismissed.has(f.key);
  // A flag whose review another editor just changed stays in view until the analyst keeps theirs or saves mine over it.
  const visible = flags.filter((f) => !(hideDismissed && isDismissed(f) && !reviews[f.key]?.contested && !justDismissed.has(f.key)));
  const [revealed, setRevealed] = useState<string | null>(null);
  if (linked !== null && revealed !== linked) {
    // Adjusted while rendering, once per link: the linked item is shown where the list would hide it.
    setRevealed(linked);
    if (reviews[linked]?.status === "dismissed") setHideDismissed(false);
    if (flags.findIndex((f) => f.key === linked) >= FIRST_VIEW_FLAGS) setShowAll(true);
  }
  useEffect(() => {
    if (revealed === null) return;
    const frame = requestAnimationFrame(() => document.querySelector(`[data-item="${CSS.escape(revealed)}"]`)?.scrollIntoView({ block: "center" }));
    return () => cancelAnimationFrame(frame);
  }, [revealed]);
  const shown = showAll ? visible : visible.slice(0, FIRST_VIEW_FLAGS);
  const { listRef, revealing } = useFocusFirstShown<HTMLOListElement>(showAll, FIRST_VIEW_FLAGS);
  const dismissed = flags.length - flags.filter((f) => reviews[f.key]?.status !== "dismissed").length;
  const reviewed = flags.filter((f) => reviews[f.key] !== undefined).length;
  return (
    <div className="mt-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-700">
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={hideDismissed}
            onChange={(e) => {
              setJustDismissed(new Set());
              setHideDismissed(e.target.checked);
            }}
          />{" "}
          Hide dismissed{dismissed > 0 ? ` (${dismissed})` : ""}
        </label>
        <span>
          Reviewed {reviewed} of {flags.length}
        </span>
      </div>
      <ol ref={listRef} aria-label="Story flags" className="mt-2 divide-y divide-stone-100 rounded border border-stone-200 bg-white">
        {shown.map((flag) => (
          <li key={flag.key} data-item={flag.key} className={`px-3 py-2 text-sm ${selected === flag.row ? "bg-amber-50" : folded(flag) ? "bg-stone-50" : ""}`}>
            {folded(flag) ? (
              // Dismissed on this page: its line, struck through, and its review (the note, Undo) until the page is reloaded.
              <div className="text-xs text-stone-600">
                <div className="flex items-center gap-2">
                  <span className="tabular-nums">
                    <span className="sr-only">Item </span>
                    {flag.number}.
                  </span>
                  <span className="min-w-0 flex-1 truncate line-through decoration-stone-400">{flag.text}</span>
                </div>
                <p className="mt-0.5">
                  Dismissed: it stays here until you reload the page or change <em>Hide dismissed</em>.
                </p>
              </div>
            ) : (
              <>
                <div className="flex flex-wrap items-center gap-2">
                  {/* The item's own number, the one every story report gives it; hiding dismissed items leaves a gap rather than renumbering. */}
                  <span className="tabular-nums text-xs text-stone-600">
                    <span className="sr-only">Item </span>
                    {flag.number}.
                  </span>
                  <ImportanceBadge importance={flag.importance} />
                  <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-800">{FLAG_KIND_LABEL[flag.kind]}</span>
                  <span className="min-w-0 flex-1">{flag.text}</span>
                </div>
                {flag.grouped.length > 0 && <p className="mt-1 text-xs text-stone-700">Grouped with it: {flag.grouped.join("; ")}</p>}
                {flag.reasons.length > 0 && (
                  <p className="mt-1 text-xs text-stone-700">
                    <span className="sr-only">Why: </span>
                    {flag.reasons.join(" · ")}
                  </p>
                )}
              </>
            )}
            <div className="mt-1 flex flex-wrap items-center gap-3">
              <button type="button" onClick={() => onOpen(flag)} className="text-xs font-medium text-indigo-800 underline">
                Show the sentences
              </button>
              <div className="min-w-0 flex-1">
                <FlagReview
                  scope={scope}
                  flagKey={flag.key}
                  review={reviews[flag.key]}
                  item={{ number: flag.number, title: flag.text }}
                  onChange={(review) => {
                    if (review?.status === "dismissed" && !review.contested) setJustDismissed((kept) => new Set(kept).add(flag.key));
                    setReviews((current) => {
                      const next = { ...current };
                      if (review) next[flag.key] = review;
                      else delete next[flag.key];
                      return next;
                    });
                  }}
                />
              </div>
            </div>
          </li>
        ))}
      </ol>
      {visible.length === 0 && <p className="mt-2 text-sm text-stone-700">All items are dismissed.</p>}
      {visible.length > FIRST_VIEW_FLAGS && (
        <button type="button" aria-expanded={showAll} onClick={() => {
            if (!showAll) revealing();
            setShowAll(!showAll);
          }} className="mt-2 rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-indigo-800">
          {showAll ? `Show the top ${FIRST_VIEW_FLAGS} only` : `Show all ${visible.length} items`}
        </button>
      )}
    </div>
  );
}

function CoverageMatrix({ model, selection, onOpen }: { model: StoryCoverageModel; selection: Selection | null; onOpen: (s: Selection) => void }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Coverage matrix: each name, passage or figure against each source, gaps first</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-semibold">Name, passage or figure</th>
            {model.sources.map((s) => (
              <th key={s.id} scope="col" className="px-2 py-1 text-center font-semibold">
                {s.label}
                {s.copyOf && <span className="block text-xs font-normal text-stone-600">copy of {s.copyOf}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <MatrixRow key={row.key} row={row} model={model} selection={selection} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
      {model.moreRows > 0 && <p className="mt-2 text-xs text-stone-600">{moreRowsNote(model.rows.length, model.moreRows)}</p>}
    </div>
  );
}

function MatrixRow({ row, model, selection, onOpen }: { row: CoverageRowView; model: StoryCoverageModel; selection: Selection | null; onOpen: (s: Selection) => void }) {
  return (
    <tr className={`border-t border-stone-200 ${selection?.row === row.key ? "bg-amber-50" : ""}`}>
      <th scope="row" className="max-w-md px-2 py-1 text-left font-normal">
        <span className="mr-1 rounded bg-stone-100 px-1 text-[0.7rem] uppercase text-stone-700">{row.kind === "entity" ? "name" : row.kind}</span>
        {row.kind === "entity" ? <strong>{row.label}</strong> : <span className="text-stone-800">{row.label}</span>}
      </th>
      {row.cells.map((cell, i) => {
        const source = model.sources[i]?.label ?? "";
        const absent = cell.count === 0 && !cell.notCompared;
        const active = selection?.row === row.key && selection.source === i;
        const state = cell.notCompared ?? (absent ? "absent" : `${cell.count} mention${cell.count === 1 ? "" : "s"}`);
        return (
          <td key={i} className="p-0.5 text-center">
            <button
              type="button"
              onClick={() => onOpen({ row: row.key, source: i })}
              aria-label={`${row.label} in ${source}: ${state}`}
              title={cell.notCompared ?? undefined}
              aria-pressed={active}
              className={`w-full min-w-16 whitespace-nowrap rounded px-2 py-1 tabular-nums ${absent ? "bg-rose-700 font-semibold text-white" : cell.notCompared ? "bg-white text-stone-600 italic" : "bg-stone-100 text-stone-800"} ${active ? "ring-2 ring-stone-900" : ""}`}
            >
              {cell.notCompared ? "n/a" : absent ? "✕ absent" : cell.count}
            </button>
          </td>
        );
      })}
    </tr>
  );
}

const FLAG_KIND_LABEL: Readonly<Record<StoryFlagView["kind"], string>> = { entity: "Name", passage: "Passage", conflict: "Figures differ", figure: "Figure" };

interface EvidenceView {
  label: string;
  /** `says`: what the source gives, for a figure the sources disagree on ("says Nine people"). */
  entries: Array<{ label: string; lang?: string; absent: boolean; notCompared?: string | null; count: number | null; says?: string; sentences: Array<{ passage: number; text: string }>; more?: number }>;
}

function Evidence({ evidence, source }: { evidence: EvidenceView | null; source: number | null }) {
  const title = evidence ? (evidence.label.length > 60 ? `${evidence.label.slice(0, 60)}…` : evidence.label) : "";
  return (
    <section aria-labelledby="evidence-heading" className="rounded border border-stone-200 bg-white">
      <h2 id="evidence-heading" tabIndex={-1} className="border-b border-stone-200 px-3 py-2 font-serif text-lg font-semibold outline-none">
        {evidence ? <>Sentences behind “{title}”</> : "Sentences behind a flag or cell"}
      </h2>
      <div className="relative max-h-[calc(100vh-6rem)] overflow-y-auto px-3 py-2 text-sm">
        {!evidence ? (
          <p className="text-stone-700">Choose a flag&apos;s “Show the sentences” or a cell of the matrix to read what each source says.</p>
        ) : (
          <ul className="space-y-3">
            {evidence.entries.map((entry, i) => (
              <li key={i} className={`rounded border-l-4 px-2 py-1 ${entry.absent ? "border-rose-700" : "border-stone-300"} ${source === i ? "bg-amber-50" : ""}`}>
                <p className="font-semibold">
                  {entry.label}: {entry.notCompared ? <span className="italic text-stone-700">{entry.notCompared}</span> : entry.absent ? <span className="text-rose-800">absent</span> : entry.says ? entry.says : entry.count !== null ? `${entry.count} mention${entry.count === 1 ? "" : "s"}` : "reports it"}
                </p>
                {entry.notCompared && entry.sentences.length === 0 ? null : entry.absent ? (
                  <p className="text-stone-700">{entry.label} does not report this.</p>
                ) : (
                  <ul className="mt-1 space-y-1 font-serif" lang={entry.lang} dir="auto">
                    {entry.sentences.map((s) => (
                      <li key={s.passage}>
                        <span className="font-sans text-xs text-stone-600">passage {s.passage}: </span>
                        {s.text}
                      </li>
                    ))}
                    {(entry.more ?? 0) > 0 && <li className="font-sans text-xs text-stone-600">and {entry.more} more</li>}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
