"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Comparison, Omission, PassageRef } from "@/lib/types/comparison";
import { formatPercent } from "@/components/format";
import { buildRows, isDifference, rowIdForPassage, type CompareRow } from "./build-rows";
import { DiffText } from "./diff-text";
import { FlagsPanel } from "./flags-panel";
import type { ReviewView } from "./flag-review";
import { KindBadge } from "./kind-badge";

interface Props {
  comparison: Comparison;
  scope: string;
  reviews: Record<string, ReviewView>;
  /** Each flag's key with A and B swapped, so a review is stored once for the pair. */
  swappedKeys?: Record<string, string>;
}

function RoleTag({ passages }: { passages: PassageRef[] }) {
  const role = passages[0]?.role;
  if (!role || role === "body") return null;
  return <span className="mr-1 rounded bg-stone-200 px-1 text-[0.7rem] uppercase tracking-wide text-stone-600">{role}</span>;
}

function joined(passages: PassageRef[]): string {
  return passages.map((p) => p.text).join(" ");
}

/**
 * The side-by-side comparison: aligned rows with word diffs, passages only on
 * one side, moved passages, the "differences only" toggle, j/k (or n/p) to
 * jump between differences, and the omission flags.
 */
export function CompareView({ comparison, scope, reviews: initialReviews, swappedKeys }: Props) {
  const rows = useMemo(() => buildRows(comparison), [comparison]);
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const [highlighted, setHighlighted] = useState<Set<string>>(new Set());
  const [reviews, setReviews] = useState(initialReviews);
  const [hideDismissed, setHideDismissed] = useState(true);
  const cursor = useRef(-1);
  const labels = { a: comparison.a.outlet || "A", b: comparison.b.outlet || "B" };

  const shown = useMemo(() => rows.filter((r) => !differencesOnly || isDifference(r)), [rows, differencesOnly]);
  const differenceIds = useMemo(() => shown.filter(isDifference).map((r) => r.id), [shown]);

  const focusRow = useCallback((id: string) => {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: "center", behavior: "smooth" });
    element.focus({ preventScroll: true });
  }, []);

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

  const selectFlag = (omission: Omission) => {
    const ids = new Set<string>();
    for (const index of omission.passagesA) {
      const id = rowIdForPassage(comparison, "a", index);
      if (id) ids.add(id);
    }
    for (const index of omission.passagesB) {
      const id = rowIdForPassage(comparison, "b", index);
      if (id) ids.add(id);
    }
    if (differencesOnly && [...ids].some((id) => !shown.some((r) => r.id === id))) setDifferencesOnly(false);
    setHighlighted(ids);
    const first = rows.find((r) => ids.has(r.id));
    if (first) requestAnimationFrame(() => focusRow(first.id));
  };

  const { stats } = comparison;
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <div>
        <div className="sticky top-0 z-10 -mx-2 mb-3 flex flex-wrap items-center gap-3 border-b border-stone-200 bg-stone-50/95 px-2 py-2 text-sm backdrop-blur">
          <p>
            <strong>{formatPercent(comparison.similarity)}</strong> shared ·{" "}
            {stats.identical + stats.near} same or lightly edited · {stats.paraphrase} reworded · {stats.partial} partial · {stats.moved} moved ·{" "}
            {stats.onlyA} only in {labels.a} · {stats.onlyB} only in {labels.b}
          </p>
          <div role="group" aria-label="Rows to show" className="ml-auto flex overflow-hidden rounded border border-stone-300">
            <button type="button" aria-pressed={!differencesOnly} onClick={() => setDifferencesOnly(false)} className={`px-2 py-1 ${!differencesOnly ? "bg-stone-800 text-white" : "bg-white"}`}>
              Everything
            </button>
            <button type="button" aria-pressed={differencesOnly} onClick={() => setDifferencesOnly(true)} className={`px-2 py-1 ${differencesOnly ? "bg-stone-800 text-white" : "bg-white"}`}>
              Differences only
            </button>
          </div>
          <button type="button" onClick={() => jump(-1)} className="rounded border border-stone-300 bg-white px-2 py-1" aria-keyshortcuts="k">
            ↑ Previous difference <kbd className="text-xs text-stone-500">k</kbd>
          </button>
          <button type="button" onClick={() => jump(1)} className="rounded border border-stone-300 bg-white px-2 py-1" aria-keyshortcuts="j">
            ↓ Next difference <kbd className="text-xs text-stone-500">j</kbd>
          </button>
        </div>
        <p className="mb-3 text-xs text-stone-600">
          Legend: <del className="diff-del">only in {labels.a}</del> · <ins className="diff-ins">only in {labels.b}</ins> · kinds: identical, near (light edits), paraphrase (reworded), partial (one side says more).
        </p>
        <div className="grid grid-cols-2 gap-x-4 border-b border-stone-300 pb-2 text-sm font-semibold">
          <h2>A · {labels.a}: <span className="font-normal">{comparison.a.title}</span></h2>
          <h2>B · {labels.b}: <span className="font-normal">{comparison.b.title}</span></h2>
        </div>
        <ol aria-label="Aligned passages" className="divide-y divide-stone-200">
          {shown.map((row) => (
            <Row key={row.id} row={row} labels={labels} highlighted={highlighted.has(row.id)} onFollow={(id) => { setHighlighted(new Set([id])); focusRow(id); }} />
          ))}
        </ol>
        {shown.length === 0 && <p className="py-6 text-stone-600">No differences: every passage has an identical counterpart.</p>}
      </div>
      <aside className="xl:sticky xl:top-2 xl:self-start">
        <FlagsPanel
          omissions={comparison.omissions}
          labels={labels}
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
          onSelect={selectFlag}
        />
      </aside>
    </div>
  );
}

function Row({ row, labels, highlighted, onFollow }: { row: CompareRow; labels: { a: string; b: string }; highlighted: boolean; onFollow: (id: string) => void }) {
  const base = `grid grid-cols-2 gap-x-4 py-3 font-serif leading-relaxed outline-none scroll-mt-24 ${highlighted ? "bg-amber-50 ring-2 ring-amber-300" : ""}`;
  if (row.type === "pair") {
    const { alignment } = row;
    return (
      <li id={row.id} tabIndex={-1} className={base} aria-label={`${alignment.kind} pair${alignment.moved ? ", moved" : ""}`}>
        <div>
          <p className="mb-1 flex gap-1 font-sans">
            <KindBadge kind={alignment.kind} label={`${alignment.kind} ${Math.round(alignment.score * 100)}%`} />
            {alignment.moved && <KindBadge kind="moved" label="moved" />}
          </p>
          <RoleTag passages={alignment.a} />
          <DiffText diff={alignment.diff} side="a" />
        </div>
        <div>
          <p className="mb-1 font-sans">
            {alignment.moved ? (
              <a href={`#moved-${row.alignmentIndex}`} onClick={(e) => { e.preventDefault(); onFollow(`moved-${row.alignmentIndex}`); }} className="text-xs text-indigo-700 underline">
                moved: in {labels.b} this comes at passage {(alignment.b[0]?.index ?? 0) + 1} — go there
              </a>
            ) : (
              <span className="text-xs">&nbsp;</span>
            )}
          </p>
          <RoleTag passages={alignment.b} />
          <DiffText diff={alignment.diff} side="b" />
        </div>
      </li>
    );
  }
  if (row.type === "moved-marker") {
    return (
      <li id={row.id} tabIndex={-1} className={base}>
        <div />
        <div className="font-sans text-sm text-stone-600">
          <KindBadge kind="moved" label="moved" />{" "}
          <a href={`#${row.targetId}`} onClick={(e) => { e.preventDefault(); onFollow(row.targetId); }} className="text-indigo-700 underline">
            {labels.b} has “{joined(row.passages).slice(0, 80)}…” here; it is shown beside its counterpart in {labels.a}
          </a>
        </div>
      </li>
    );
  }
  const onlyA = row.type === "only-a";
  const text = (
    <div className="rounded border-l-4 border-rose-300 bg-rose-50/60 px-2">
      <p className="font-sans"><KindBadge kind="only" label={`only in ${onlyA ? labels.a : labels.b}`} /></p>
      <RoleTag passages={[row.passage]} />
      {row.passage.text}
    </div>
  );
  const gap = <div className="self-center text-center font-sans text-xs text-stone-400" aria-hidden="true">—</div>;
  return (
    <li id={row.id} tabIndex={-1} className={base}>
      {onlyA ? text : gap}
      {onlyA ? gap : text}
    </li>
  );
}
