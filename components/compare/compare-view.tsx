"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import type { Importance } from "@/lib/types/comparison";
import { isDifference, type CompareRow } from "./build-rows";
import type { ComparePageModel, ItemView } from "./compare-page-model";
import { CompareRowView, type Layout } from "./compare-row";
import type { ReviewView } from "./flag-review";
import { FlagsPanel } from "./flags-panel";
import { comparePageHref } from "./compare-page-href";
import { itemFragment, itemIdFromHash } from "./item-link";
import { linkedItemWindowHref } from "./item-window-link";
import { itemReviewKey } from "@/lib/report/item-review";
import { CATEGORY_COLOUR, OverviewRuler } from "./overview-ruler";
import { ROW_CATEGORIES, type RowCategory } from "./row-category";

interface Props {
  model: ComparePageModel;
  /** Where this comparison lives (`/compare/A/B`), for links to other pages and orders. */
  basePath: string;
  scope: string;
  reviews: Record<string, ReviewView>;
  /** Each flag's key with A and B swapped, so a review is stored once for the pair. */
  swappedKeys?: Record<string, string>;
}

type ImportanceFilter = "any" | "medium" | "high";
type ShownRow = CompareRow | { type: "collapsed"; id: string; rows: CompareRow[] };

const RANK: Record<Importance, number> = { high: 3, medium: 2, low: 1 };

function categoryName(category: RowCategory, labels: { a: string; b: string }): string {
  switch (category) {
    case "only-a":
      return `Only in ${labels.a}`;
    case "only-b":
      return `Only in ${labels.b}`;
    case "partial":
      return "Partial";
    case "reworded":
      return "Reworded";
    case "figures":
      return "Figures differ";
    case "edited":
      return "Light edits";
    case "moved":
      return "Moved";
    case "same":
      return "Same in both";
  }
}

/** Runs of two or more rows that read the same in both become one "N passages the same" row. */
function collapseRuns(rows: CompareRow[], expanded: ReadonlySet<string>): ShownRow[] {
  const out: ShownRow[] = [];
  let run: CompareRow[] = [];
  const flush = () => {
    const first = run[0];
    if (first && run.length >= 2 && !expanded.has(`run-${first.id}`)) out.push({ type: "collapsed", id: `run-${first.id}`, rows: run });
    else out.push(...run);
    run = [];
  };
  for (const row of rows) {
    if (row.category === "same") run.push(row);
    else {
      flush();
      out.push(row);
    }
  }
  flush();
  return out;
}

/**
 * The comparison: a difference navigator (filters by kind and importance,
 * an overview ruler, unchanged runs collapsed, side by side or inline
 * redline, either article's reading order, j / k) beside the omission items.
 */
export function CompareView({ model, basePath, scope, reviews: initialReviews, swappedKeys }: Props) {
  const router = useRouter();
  const { labels, rows } = model;
  const [layout, setLayout] = useState<Layout>("columns");
  const [enabled, setEnabled] = useState<ReadonlySet<RowCategory>>(new Set(ROW_CATEGORIES));
  const [minImportance, setMinImportance] = useState<ImportanceFilter>("any");
  const [collapse, setCollapse] = useState(true);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [reviews, setReviews] = useState(initialReviews);
  const [hideDismissed, setHideDismissed] = useState(true);
  /** Said when the address names an item this comparison does not have. */
  const [linkNote, setLinkNote] = useState<string | null>(null);
  const cursor = useRef(-1);

  const passes = useCallback(
    (row: CompareRow) => enabled.has(row.category) && (minImportance === "any" || (row.importance !== undefined && RANK[row.importance] >= RANK[minImportance])),
    [enabled, minImportance],
  );
  const filtered = useMemo(() => rows.filter(passes), [rows, passes]);
  const shown = useMemo(() => (collapse ? collapseRuns(filtered, expanded) : filtered), [filtered, collapse, expanded]);
  const differenceIds = useMemo(() => shown.filter((r): r is CompareRow => r.type !== "collapsed" && isDifference(r)).map((r) => r.id), [shown]);
  const differencesOnly = !enabled.has("same") && ROW_CATEGORIES.every((c) => c === "same" || enabled.has(c));
  const everything = enabled.size === ROW_CATEGORIES.length && minImportance === "any";

  const focusRow = useCallback((id: string) => {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    element.focus({ preventScroll: true });
  }, []);

  const pageHref = (page: number, fragment?: string) => comparePageHref(basePath, { order: model.order, page, items: model.itemWindow, ...(fragment ? { fragment } : {}) });
  // Another window of a side's items keeps the page of rows; it opens at that side's list.
  const windowHref = (items: number, side: "a" | "b") => comparePageHref(basePath, { order: model.order, page: model.page, items, fragment: `missing-from-${side}` });

  /** Makes a row of this page visible whatever the filters say, then highlights and focuses the first. */
  const reveal = useCallback(
    (ids: string[]) => {
      const targets = rows.filter((r) => ids.includes(r.id));
      if (targets.length === 0) return;
      if (targets.some((r) => !passes(r))) {
        setEnabled(new Set(ROW_CATEGORIES));
        setMinImportance("any");
      }
      setExpanded((current) => {
        const next = new Set(current);
        for (const t of targets) {
          // The run a same-in-both row is folded into starts at the first row of its unbroken run.
          let i = rows.indexOf(t);
          while (i > 0 && rows[i - 1]?.category === "same") i--;
          next.add(`run-${rows[i]?.id}`);
        }
        return next;
      });
      setHighlighted(new Set(ids));
      // Focus the first of the ids given (an item's evidence comes before its related rows), not the first on the page.
      const first = ids.find((id) => targets.some((t) => t.id === id)) ?? targets[0]!.id;
      requestAnimationFrame(() => requestAnimationFrame(() => focusRow(first)));
    },
    [rows, passes, focusRow],
  );

  const jump = useCallback(
    (step: 1 | -1) => {
      if (differenceIds.length === 0) return;
      cursor.current = (cursor.current + step + differenceIds.length) % differenceIds.length;
      const id = differenceIds[cursor.current];
      if (id) {
        setHighlighted(new Set([id]));
        focusRow(id);
      }
    },
    [differenceIds, focusRow],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "j" || event.key === "n") {
        event.preventDefault();
        jump(1);
      } else if (event.key === "k" || event.key === "p") {
        event.preventDefault();
        jump(-1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [jump]);

  // Arriving with an item in the address (#item:…, a link an analyst shared or the story page's
  // preview): select it in the panel and bring its sentences into view, on its page of rows and
  // its window of items. Arriving from another page of a long comparison with a row in the
  // address (#pair-12): show it. The same when the fragment changes on this page (a link pasted
  // into the address bar, the browser's Back).
  const openFromHash = useEffectEvent((arrived: boolean): (() => void) | undefined => {
    // A fragment changed in the address bar is not the router's navigation: the router, still at the
    // address it last made, joined the two fragments ("#item:x#item:y") and kept the old query. So the browser goes there.
    const go = (href: string) => (arrived ? router.replace(href) : window.location.replace(href));
    const elsewhere = linkedItemWindowHref(basePath, model, window.location.hash);
    if (elsewhere !== null) {
      // On another window of items: go there (keeping the page of rows and the fragment); that page opens it.
      go(elsewhere);
      return;
    }
    const itemId = itemIdFromHash(window.location.hash);
    if (itemId !== null) {
      // An item's id, or any flag grouped in it (a review is kept under one of them: the activity log links to that).
      const item = model.items.find((i) => i.id === itemId) ?? model.items.find((i) => i.flags.includes(itemId));
      if (item && item.rows.length > 0 && item.page !== model.page) {
        go(pageHref(item.page, itemFragment(item.id)));
        return;
      }
      const frame = requestAnimationFrame(() => {
        if (!item) {
          setLinkNote("The linked item is not among this comparison's items: the articles or their grouping may have changed since the link was made.");
          return;
        }
        setLinkNote(null);
        setSelected(item.id);
        // A dismissed item is hidden by default; the link asked for it, so show it.
        if (reviews[itemReviewKey(item, (key) => reviews[key] !== undefined)]?.status === "dismissed") setHideDismissed(false);
        requestAnimationFrame(() => document.querySelector(`[data-item="${CSS.escape(item.id)}"]`)?.scrollIntoView({ block: "nearest" }));
        if (item.rows.length > 0) reveal(item.rows);
      });
      return () => cancelAnimationFrame(frame);
    }
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || !rows.some((r) => r.id === id)) return;
    const frame = requestAnimationFrame(() => reveal([id]));
    return () => cancelAnimationFrame(frame);
  });
  // On arrival, and on each page of rows, order or window of items the router brings (it keeps this component).
  useEffect(() => openFromHash(true), [model.page, model.order, model.itemWindow]);
  useEffect(() => {
    const onHashChange = () => void openFromHash(false);
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  const jumpToOrdinal = (ordinal: number) => {
    const id = model.overviewIds[ordinal];
    if (!id) return;
    let page = 0;
    while (page + 1 < model.pageStarts.length && model.pageStarts[page + 1]! <= ordinal) page++;
    if (page !== model.page) router.push(pageHref(page, id));
    else reveal([id]);
  };

  const selectItem = (item: ItemView) => {
    setSelected(item.id);
    setLinkNote(null);
    if (item.rows.length > 0 && item.page !== model.page) {
      router.push(pageHref(item.page, itemFragment(item.id)));
      return;
    }
    // The address now links to the item (the state is kept: the router keeps its own there).
    window.history.replaceState(window.history.state, "", `#${itemFragment(item.id)}`);
    if (item.rows.length > 0) reveal(item.rows);
  };

  const toggle = (category: RowCategory) =>
    setEnabled((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });

  const chip = "rounded border px-2 py-1";
  const pressed = (on: boolean) => (on ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300 bg-white text-stone-800");

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0">
        <div role="group" aria-label="View" className="mb-3 space-y-2 rounded border border-stone-200 bg-white p-3 text-sm">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <div role="group" aria-label="Layout" className="flex overflow-hidden rounded border border-stone-300">
              <button type="button" aria-pressed={layout === "columns"} onClick={() => setLayout("columns")} className={`px-2 py-1 ${pressed(layout === "columns")}`}>
                Side by side
              </button>
              <button type="button" aria-pressed={layout === "inline"} onClick={() => setLayout("inline")} className={`px-2 py-1 ${pressed(layout === "inline")}`}>
                Inline redline
              </button>
            </div>
            <nav aria-label="Reading order" className="flex items-center gap-1">
              <span className="text-stone-700">Read in</span>
              {(["a", "b"] as const).map((side) => (
                <Link
                  key={side}
                  href={comparePageHref(basePath, { order: side, page: 0, items: model.itemWindow })}
                  aria-current={model.order === side ? "true" : undefined}
                  className={`${chip} ${pressed(model.order === side)}`}
                >
                  {labels[side]}&apos;s order
                </Link>
              ))}
            </nav>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={collapse} onChange={(e) => setCollapse(e.target.checked)} />
              Collapse unchanged runs
            </label>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <div role="group" aria-label="Rows to show" className="flex overflow-hidden rounded border border-stone-300">
              <button type="button" aria-pressed={everything} onClick={() => { setEnabled(new Set(ROW_CATEGORIES)); setMinImportance("any"); }} className={`px-2 py-1 ${pressed(everything)}`}>
                Everything
              </button>
              <button type="button" aria-pressed={differencesOnly} onClick={() => setEnabled(new Set(ROW_CATEGORIES.filter((c) => c !== "same")))} className={`px-2 py-1 ${pressed(differencesOnly)}`}>
                Differences only
              </button>
            </div>
            <div role="group" aria-label="Kinds of difference" className="flex flex-wrap gap-1">
              {ROW_CATEGORIES.map((category) => (
                <button key={category} type="button" aria-pressed={enabled.has(category)} onClick={() => toggle(category)} className={`flex items-center gap-1 ${chip} ${enabled.has(category) ? "border-stone-500 bg-white text-stone-900" : "border-stone-200 bg-stone-100 text-stone-600 line-through"}`}>
                  <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-sm ${CATEGORY_COLOUR[category] || "border border-stone-400"}`} />
                  {categoryName(category, labels)} <span className="tabular-nums text-stone-600">{model.counts[category]}</span>
                </button>
              ))}
            </div>
            {/* A select is as wide as its longest option; on a phone it shrinks to the screen instead. */}
            <label className="flex min-w-0 max-w-full items-center gap-1">
              Importance
              <select value={minImportance} onChange={(e) => setMinImportance(e.target.value as ImportanceFilter)} className="min-w-0 max-w-full rounded border border-stone-300 bg-white px-1 py-1">
                <option value="any">any row</option>
                <option value="medium">rows with a medium or high omission</option>
                <option value="high">rows with a high omission</option>
              </select>
            </label>
          </div>
        </div>

        {/* Opaque, and the column headers live inside it, so nothing scrolls under a see-through bar. */}
        <div className="sticky top-0 z-10 border-b border-stone-300 bg-stone-50 pb-2 pt-2 text-sm">
          <div className="mb-1 flex flex-wrap items-center gap-2">
            <p className="text-xs text-stone-700">
              <del className="diff-del">struck through, red</del>: only in {labels.a} · <ins className="diff-ins">underlined, green</ins>: only in {labels.b}
            </p>
            <span className="ml-auto text-xs text-stone-600" aria-live="polite">
              {differenceIds.length} difference{differenceIds.length === 1 ? "" : "s"} shown{model.pageCount > 1 ? ` on page ${model.page + 1} of ${model.pageCount}` : ""}
            </span>
            <button type="button" onClick={() => jump(-1)} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs" aria-keyshortcuts="k" aria-label="Previous difference">
              ↑ Previous <kbd className="text-stone-600">k</kbd>
            </button>
            <button type="button" onClick={() => jump(1)} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs" aria-keyshortcuts="j" aria-label="Next difference">
              ↓ Next <kbd className="text-stone-600">j</kbd>
            </button>
          </div>
          {layout === "columns" ? (
            <div className="grid grid-cols-2 gap-x-4 pr-5 font-semibold">
              <h2 className="truncate">A · {labels.a}</h2>
              <h2 className="truncate">B · {labels.b}</h2>
            </div>
          ) : (
            <h2 className="font-semibold">Inline redline: {labels.a} → {labels.b}</h2>
          )}
        </div>

        <div className="grid grid-cols-[minmax(0,1fr)_0.75rem] gap-x-2">
          <div className="min-w-0">
            {model.pageCount > 1 && <PageLinks model={model} href={pageHref} />}
            <ol aria-label="Aligned passages" className="divide-y divide-stone-200">
              {shown.map((row) =>
                row.type === "collapsed" ? (
                  <li key={row.id} id={row.id} className="py-1.5 text-center font-sans text-xs text-stone-700">
                    <button type="button" onClick={() => setExpanded((current) => new Set(current).add(row.id))} className="rounded border border-dashed border-stone-400 bg-white px-2 py-0.5 hover:bg-stone-100">
                      {row.rows.length} passages read the same in both — show them
                    </button>
                  </li>
                ) : (
                  <CompareRowView
                    key={row.id}
                    row={row}
                    labels={labels}
                    lang={model.lang}
                    layout={layout}
                    order={model.order}
                    highlighted={highlighted.has(row.id)}
                    onFollow={(id) => {
                      setHighlighted(new Set([id]));
                      focusRow(id);
                    }}
                  />
                ),
              )}
            </ol>
            {shown.length === 0 && <p className="py-6 text-stone-700">No rows match the filters. <button type="button" className="text-indigo-800 underline" onClick={() => { setEnabled(new Set(ROW_CATEGORIES)); setMinImportance("any"); }}>Show everything</button></p>}
            {model.pageCount > 1 && <PageLinks model={model} href={pageHref} />}
          </div>
          <div className="sticky top-24 h-[calc(100vh-8rem)] self-start py-1">
            <OverviewRuler overview={model.overview} labels={labels} onJump={jumpToOrdinal} />
          </div>
        </div>
      </div>
      <aside className="xl:sticky xl:top-2 xl:self-start">
        {linkNote && (
          <p role="status" className="mb-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-stone-800">
            {linkNote}
          </p>
        )}
        <FlagsPanel
          items={model.items}
          windows={model.itemWindows}
          offPage={model.offPage}
          windowHref={windowHref}
          flags={model.flags}
          noItemsText={model.noItemsText}
          labels={labels}
          lang={model.lang}
          scope={scope}
          swappedKeys={swappedKeys}
          reviews={reviews}
          hideDismissed={hideDismissed}
          onHideDismissedChange={setHideDismissed}
          onReviewChange={(key, review) =>
            setReviews((current) => {
              const next = { ...current };
              if (review) next[key] = review;
              else delete next[key];
              return next;
            })
          }
          onSelect={selectItem}
          selected={selected}
        />
      </aside>
    </div>
  );
}

/** Pages of a very long comparison (two ordinary articles are one page). */
function PageLinks({ model, href }: { model: ComparePageModel; href: (page: number) => string }) {
  return (
    <nav aria-label="Pages of this comparison" className="my-2 flex flex-wrap items-center gap-1 font-sans text-sm">
      <span className="text-stone-700">Page</span>
      {model.pageStarts.map((start, page) => (
        <Link key={start} href={href(page)} aria-current={page === model.page ? "page" : undefined} className={`rounded border px-2 py-0.5 ${page === model.page ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300 bg-white"}`}>
          {page + 1}
        </Link>
      ))}
    </nav>
  );
}
