"use client";

import Link from "next/link";
import { useState } from "react";
import { useFocusFirstShown } from "@/components/layout/use-focus-first-shown";
import type { ArticleLang, OffPageCount, SideItemWindow } from "./compare-page-model";
import { FIRST_VIEW_ITEMS } from "@/lib/omissions/first-view";
import { ITEM_SIDE_ORDER } from "@/lib/omissions/item-numbers";
import type { OmissionKind, Side } from "@/lib/types/comparison";
import type { FlagView, ItemView } from "./compare-page-model";
import { changesInContext } from "./diff-context";
import { InlineDiff } from "./diff-text";
import { FlagReview, type ReviewView } from "./flag-review";
import { ImportanceBadge } from "./importance-badge";
import { itemFragment } from "./item-link";
import { itemReviewKey } from "@/lib/report/item-review";
import { clipAtWord } from "@/lib/text/clip";

export const KIND_LABEL: Record<OmissionKind, string> = {
  passage: "Passage",
  entity: "Name",
  quote: "Quote",
  number: "Number",
  conflict: "Figures differ",
};


interface Props {
  items: ItemView[];
  /** Which of each side's items the page carries (a side with more than one window of items is paged). */
  windows?: Record<Side, SideItemWindow>;
  /** Each side's items on other windows, counted, so every count is of all the items, as in the exports. */
  offPage?: Record<Side, OffPageCount>;
  /** The address of a window of items (0-based), at one side's list. */
  windowHref?: (window: number, side: Side) => string;
  flags: Record<string, FlagView>;
  /** What to say when there are no items (compare-page-model.ts: why there are none). */
  noItemsText: string;
  labels: { a: string; b: string };
  /** Each side's HTML language, when not English: an item's words are those of the side that has it. */
  lang?: ArticleLang;
  scope: string;
  reviews: Record<string, ReviewView>;
  swappedKeys?: Record<string, string>;
  hideDismissed: boolean;
  onHideDismissedChange: (hide: boolean) => void;
  onReviewChange: (key: string, review: ReviewView | undefined) => void;
  onSelect: (item: ItemView) => void;
  selected: string | null;
}

/**
 * What each source leaves out: the grouped, ranked omission items, the top
 * ten per side with the reasons for their rank, "Show all" one click away.
 * A review belongs to the item's lead flag (its id), or to the flag of the
 * item that already carries one (itemReviewKey), so reviews made on flags
 * before items existed, or before a regrouping, still attach.
 */
export function FlagsPanel({ items, windows, offPage, windowHref, flags, noItemsText, labels, lang, scope, reviews, swappedKeys, hideDismissed, onHideDismissedChange, onReviewChange, onSelect, selected }: Props) {
  const isDismissed = (item: ItemView) => reviews[reviewKeyOf(item, reviews)]?.status === "dismissed";
  const isReviewed = (item: ItemView) => reviews[reviewKeyOf(item, reviews)] !== undefined;
  const off = (pick: (count: OffPageCount) => number) => (offPage ? pick(offPage.a) + pick(offPage.b) : 0);
  const dismissed = items.filter(isDismissed).length + off((c) => c.dismissed);
  const reviewed = items.filter(isReviewed).length + off((c) => c.reviewed);
  const total = items.length + off((c) => c.total);
  // "To review": the items not reviewed when it was ticked. An item reviewed meanwhile stays (its
  // note may come next) until the box is ticked again, so the list does not jump under the cursor.
  const [toReview, setToReview] = useState<ReadonlySet<string> | null>(null);
  // An item whose review another editor just changed stays in view until the analyst keeps theirs or saves mine over it.
  const isContested = (item: ItemView) => reviews[reviewKeyOf(item, reviews)]?.contested === true;
  // Items dismissed on this page stay in view, folded, so the analyst can say why (or undo),
  // until the page is reloaded or "Hide dismissed" is changed.
  const [justDismissed, setJustDismissed] = useState<ReadonlySet<string>>(new Set());
  const isKept = (item: ItemView) => justDismissed.has(reviewKeyOf(item, reviews)) && isDismissed(item);
  const visible = items.filter((item) => !(hideDismissed && isDismissed(item) && !isContested(item) && !isKept(item)) && (toReview === null || toReview.has(item.id)));
  // Items on other windows count as the filters would show them there: every count is of all the items.
  const offShown = (count: OffPageCount | undefined) => (count === undefined ? 0 : toReview !== null ? count.total - count.reviewed : hideDismissed ? count.total - count.dismissed : count.total);
  const visibleTotal = visible.length + offShown(offPage?.a) + offShown(offPage?.b);
  const reviewChanged = (key: string, review: ReviewView | undefined) => {
    if (review?.status === "dismissed" && !review.contested) setJustDismissed((kept) => new Set(kept).add(key));
    onReviewChange(key, review);
  };
  return (
    <section aria-labelledby="flags-heading" className="rounded border border-stone-200 bg-white">
      <div className="flex items-baseline justify-between gap-2 border-b border-stone-200 px-3 py-2">
        <h2 id="flags-heading" className="font-serif text-lg font-semibold">
          Left out <span className="text-sm font-normal text-stone-600">({visibleTotal} item{visibleTotal === 1 ? "" : "s"})</span>
        </h2>
        <label className="flex items-center gap-1 text-xs text-stone-700">
          <input
            type="checkbox"
            checked={hideDismissed}
            onChange={(e) => {
              setJustDismissed(new Set());
              onHideDismissedChange(e.target.checked);
            }}
          />
          Hide dismissed{dismissed > 0 ? ` (${dismissed})` : ""}
        </label>
      </div>
      {total > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 px-3 py-1.5 text-xs text-stone-700">
          <span>
            Reviewed {reviewed} of {total}
          </span>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={toReview !== null} onChange={(e) => setToReview(e.target.checked ? new Set(items.filter((item) => !isReviewed(item)).map((item) => item.id)) : null)} />
            Only items to review
          </label>
        </div>
      )}
      {/* relative: anything positioned inside stays inside the scrolling box (a visually hidden label once escaped it and made the page twice its height). */}
      <div className="relative max-h-[calc(100vh-7rem)] overflow-y-auto">
        {total === 0 ? (
          <p className="p-3 text-sm text-stone-700">{noItemsText}</p>
        ) : visibleTotal === 0 ? (
          <p className="p-3 text-sm text-stone-700">{toReview !== null ? "Every item is reviewed." : "All items are dismissed."}</p>
        ) : (
          ITEM_SIDE_ORDER.map((side) => (
            <SideItems
              // Another window of items is another list: its own fold (a later window opens whole).
              key={`${side}-${windows?.[side].window ?? 0}`}
              side={side}
              items={visible.filter((item) => item.missingFrom === side)}
              window={windows?.[side]}
              offCount={offShown(offPage?.[side])}
              windowHref={windowHref}
              flags={flags}
              labels={labels}
              lang={lang}
              scope={scope}
              reviews={reviews}
              swappedKeys={swappedKeys}
              onReviewChange={reviewChanged}
              onSelect={onSelect}
              selected={selected}
              folded={hideDismissed ? justDismissed : undefined}
            />
          ))
        )}
      </div>
    </section>
  );
}

function reviewKeyOf(item: ItemView, reviews: Record<string, ReviewView>): string {
  return itemReviewKey(item, (key) => reviews[key] !== undefined);
}

function SideItems({
  side,
  items,
  flags,
  labels,
  lang,
  scope,
  reviews,
  swappedKeys,
  onReviewChange,
  onSelect,
  selected,
  window,
  offCount,
  windowHref,
  folded,
}: Omit<Props, "items" | "windows" | "offPage" | "noItemsText" | "hideDismissed" | "onHideDismissedChange"> & {
  side: Side;
  items: ItemView[];
  window?: SideItemWindow;
  /** This side's items on other windows that the filters would show. */
  offCount: number;
  /** Review keys of items dismissed on this page and kept in view, folded, while dismissed items are hidden. */
  folded?: ReadonlySet<string>;
}) {
  // A later window of items was asked for: the analyst came for those, so they are shown whole.
  const [showAll, setShowAll] = useState((window?.window ?? 0) > 0);

  // An item selected below the first view (a link to it, usually) opens the full list, until folded again.
  const [foldedFor, setFoldedFor] = useState<string | null>(null);
  const selectedRank = items.findIndex((item) => item.id === selected);
  const expanded = showAll || (selectedRank >= FIRST_VIEW_ITEMS && foldedFor !== selected);
  const missing = labels[side];
  const present = side === "a" ? labels.b : labels.a;
  const shown = expanded ? items : items.slice(0, FIRST_VIEW_ITEMS);
  const headingId = `missing-from-${side}`;
  const sideTotal = items.length + offCount;
  const paged = window !== undefined && window.windowCount > 1;
  const numberAt = (rank: number) => (window?.numberOffset ?? 0) + rank + 1;
  // After "Show all", focus goes to the first newly shown item, not left on the button they pushed off screen.
  const { listRef, revealing } = useFocusFirstShown<HTMLOListElement>(expanded, FIRST_VIEW_ITEMS);
  return (
    <section aria-labelledby={headingId} className="border-b border-stone-200 last:border-b-0">
      <h3 id={headingId} className="sticky top-0 z-[1] border-b border-stone-100 bg-stone-100 px-3 py-1.5 text-sm font-semibold">
        Missing from {missing}{" "}
        <span className="font-normal text-stone-700">
          · in {present} only · {sideTotal} item{sideTotal === 1 ? "" : "s"}
        </span>
      </h3>
      {sideTotal === 0 ? (
        <p className="px-3 py-2 text-sm text-stone-700">Nothing {present} reports is missing from {missing}.</p>
      ) : (
        <ol ref={listRef} className="divide-y divide-stone-100">
          {shown.map((item) => (
            <ItemEntry
              key={item.id}
              item={item}
              flags={flags}
              lang={side === "b" ? lang?.a : lang?.b}
              scope={scope}
              reviewKey={reviewKeyOf(item, reviews)}
              review={reviews[reviewKeyOf(item, reviews)]}
              swappedKey={swappedKeys?.[reviewKeyOf(item, reviews)]}
              onReviewChange={onReviewChange}
              onSelect={onSelect}
              selected={selected === item.id}
              folded={folded?.has(reviewKeyOf(item, reviews)) === true && reviews[reviewKeyOf(item, reviews)]?.status === "dismissed"}
            />
          ))}
        </ol>
      )}
      {items.length > FIRST_VIEW_ITEMS && (
        <button
          type="button"
          onClick={() => {
            if (!expanded) revealing();
            setShowAll(!expanded);
            if (expanded) setFoldedFor(selected);
          }}
          aria-expanded={expanded}
          className="m-2 rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-indigo-800"
        >
          {expanded
            ? `Show the ${(window?.window ?? 0) > 0 ? "first" : "top"} ${FIRST_VIEW_ITEMS} only`
            : paged
              ? `Show items ${numberAt(window.from)}–${numberAt(window.to - 1)} of the ${window.total.toLocaleString("en")} missing from ${missing}`
              : `Show all ${items.length} missing from ${missing}`}
        </button>
      )}
      {paged && <ItemWindowLinks side={side} missing={missing} window={window} numberAt={numberAt} href={windowHref} />}
    </section>
  );
}

/**
 * A side with more items than one page carries (a live blog against its wire story): which of them
 * this page lists, and links to the others, so every item can be read and reviewed here, as the
 * exports list them.
 */
function ItemWindowLinks({ side, missing, window, numberAt, href }: { side: Side; missing: string; window: SideItemWindow; numberAt: (rank: number) => number; href?: (window: number, side: Side) => string }) {
  return (
    <nav aria-label={`Pages of items missing from ${missing}`} className="px-3 pb-2 text-xs text-stone-700">
      <p>
        {window.total.toLocaleString("en")} items are missing from {missing}; this page lists items {numberAt(window.from)}–{numberAt(window.to - 1)}, so the page stays quick. The others:
      </p>
      <ul className="mt-1 flex flex-wrap gap-1">
        {Array.from({ length: window.windowCount }, (_, w) => {
          const from = w * window.size;
          const to = Math.min(window.total, from + window.size);
          const label = `Items ${numberAt(from)}–${numberAt(to - 1)}`;
          return (
            <li key={w}>
              {href ? (
                <Link href={href(w, side)} aria-current={w === window.window ? "page" : undefined} className={`rounded border px-2 py-0.5 ${w === window.window ? "border-stone-800 bg-stone-800 text-white" : "border-stone-300 bg-white text-indigo-800"}`}>
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function ItemEntry({
  item,
  flags,
  lang,
  scope,
  reviewKey,
  review,
  swappedKey,
  onReviewChange,
  onSelect,
  selected,
  folded = false,
}: {
  item: ItemView;
  flags: Record<string, FlagView>;
  /** HTML language of the item's words (the side that has it), when not English. */
  lang?: string;
  scope: string;
  /** The flag key its review is kept under (see itemReviewKey). */
  reviewKey: string;
  review: ReviewView | undefined;
  swappedKey?: string;
  onReviewChange: (key: string, review: ReviewView | undefined) => void;
  onSelect: (item: ItemView) => void;
  selected: boolean;
  /** Dismissed on this page while dismissed items are hidden: shown folded (its line, its review) until the page is reloaded. */
  folded?: boolean;
}) {
  const lead = flags[item.flags[0] ?? item.id];
  const others = item.flags.slice(1).map((key) => flags[key]).filter((f): f is FlagView => f !== undefined);
  // A name or a figure is read in its sentence; a quote or a passage is its own context.
  const context = lead?.text && (lead.kind === "entity" || lead.kind === "number" || lead.kind === "conflict") ? clipAtWord(lead.text, 200) : null;
  const heading = item.kind === "passage" ? (lead?.text ?? item.title) : item.kind === "quote" ? `“${clipAtWord(item.title, 220)}”` : item.title;
  return (
    <li className={`px-3 py-2 ${selected ? "bg-amber-50" : folded ? "bg-stone-50" : ""}`} data-item={item.id}>
      {folded ? (
        <FoldedItem item={item} heading={heading} lang={lang} selected={selected} onSelect={onSelect} />
      ) : (
        <ItemDetails item={item} lead={lead} others={others} context={context} lang={lang} selected={selected} onSelect={onSelect} />
      )}
      <div className="flex flex-wrap items-center gap-x-3">
        <FlagReview scope={scope} flagKey={reviewKey} swappedKey={swappedKey} review={review} item={{ number: item.number, title: heading }} onChange={(r) => onReviewChange(reviewKey, r)} />
        <CopyItemLink itemId={item.id} />
      </div>
    </li>
  );
}

/** An item dismissed on this page, kept in view while dismissed items are hidden: its number and first line, struck through. */
function FoldedItem({ item, heading, lang, selected, onSelect }: { item: ItemView; heading: string; lang?: string; selected: boolean; onSelect: (item: ItemView) => void }) {
  return (
    <button type="button" onClick={() => onSelect(item)} aria-pressed={selected} className="block w-full rounded text-left text-stone-600 hover:bg-stone-100">
      <span className="flex items-center gap-1.5 text-xs">
        <span className="tabular-nums">
          <span className="sr-only">Item </span>
          {item.number}.
        </span>
        <span className="min-w-0 flex-1 truncate line-through decoration-stone-400" lang={lang} dir="auto">
          {heading}
        </span>
      </span>
      <span className="mt-0.5 block text-xs">
        Dismissed: it stays here until you reload the page or change <em>Hide dismissed</em>.
      </span>
    </button>
  );
}

/** An item in full: what is left out, its change, its context, the reasons for its rank, and the flags grouped with it. */
function ItemDetails({
  item,
  lead,
  others,
  context,
  lang,
  selected,
  onSelect,
}: {
  item: ItemView;
  lead: FlagView | undefined;
  others: FlagView[];
  context: string | null;
  lang?: string;
  selected: boolean;
  onSelect: (item: ItemView) => void;
}) {
  return (
    <>
      <button type="button" onClick={() => onSelect(item)} aria-pressed={selected} className="block w-full rounded text-left hover:bg-stone-50">
        <span className="flex flex-wrap items-center gap-1.5 text-xs">
          {/* The item's own number, the one every report gives it: "item 7" in a report or a note is this 7. */}
          <span className="tabular-nums text-stone-600">
            <span className="sr-only">Item </span>
            {item.number}.
          </span>
          <ImportanceBadge importance={item.importance} />
          <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium text-stone-800">{KIND_LABEL[item.kind]}</span>
          {item.flags.length > 1 && <span className="text-stone-600">+{item.flags.length - 1} grouped</span>}
        </span>
        <span className="mt-1 block text-sm" lang={lang} dir="auto">
          {item.kind === "passage" ? <span className="text-stone-900">{lead?.text ?? item.title}</span> : <strong>{item.kind === "quote" ? `“${clipAtWord(item.title, 220)}”` : item.title}</strong>}
        </span>
        {lead?.diff && lead.diff.length > 0 && (
          <span className="mt-1 block text-xs text-stone-800">
            <InlineDiff diff={changesInContext(lead.diff)} />
          </span>
        )}
        {context && <span className="mt-1 block text-xs text-stone-600">{context}</span>}
        {item.reasons.length > 0 && (
          <span className="mt-1 block text-xs text-stone-700">
            <span className="sr-only">Why: </span>
            {item.reasons.join(" · ")}
          </span>
        )}
      </button>
      {others.length > 0 && (
        <details className="mt-1 text-xs text-stone-700">
          <summary className="cursor-pointer text-indigo-800">Also in this item ({others.length})</summary>
          <ul className="mt-1 list-disc pl-5">
            {others.map((f) => (
              <li key={f.key}>
                {KIND_LABEL[f.kind]}: {f.term ?? f.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * "Copy link": the comparison's address opened at this item, to send a
 * colleague (components/compare/item-link.ts). Where the clipboard is not
 * allowed (a plain-HTTP address other than localhost), the link is shown to
 * copy by hand.
 */
function CopyItemLink({ itemId }: { itemId: string }) {
  const [state, setState] = useState<"idle" | "copied" | { manual: string }>("idle");
  const copy = async () => {
    const url = new URL(window.location.href);
    url.hash = itemFragment(itemId);
    try {
      await navigator.clipboard.writeText(url.toString());
      setState("copied");
      setTimeout(() => setState("idle"), 2500);
    } catch {
      setState({ manual: url.toString() });
    }
  };
  return (
    // aria-live, not a status role: the item's status is its review's "Saved".
    <span className="text-xs" aria-live="polite">
      <button type="button" onClick={() => void copy()} className="text-indigo-800 underline">
        {state === "copied" ? "Link copied" : "Copy link"}
      </button>
      {typeof state === "object" && (
        <input aria-label="Link to this item" readOnly value={state.manual} onFocus={(e) => e.currentTarget.select()} className="mt-1 block w-full rounded border border-stone-300 px-1 py-0.5" />
      )}
    </span>
  );
}
