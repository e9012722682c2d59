"use client";

import type { RowCategory } from "./row-category";

/** Ruler colours, the page's colour language: red = only in A, green = only in B, orange/amber = changed, fuchsia = a figure changed, indigo = moved. */
export const CATEGORY_COLOUR: Readonly<Record<RowCategory, string>> = {
  "only-a": "bg-rose-500",
  "only-b": "bg-emerald-600",
  figures: "bg-fuchsia-500",
  partial: "bg-orange-400",
  reworded: "bg-amber-400",
  edited: "bg-sky-400",
  moved: "bg-indigo-500",
  same: "",
};

const FROM_CODE: Readonly<Record<string, RowCategory>> = { s: "same", f: "figures", e: "edited", r: "reworded", p: "partial", m: "moved", a: "only-a", b: "only-b" };
/** When rows share one mark, the one that matters most gives it its colour. */
const PRIORITY: readonly RowCategory[] = ["only-a", "only-b", "figures", "partial", "reworded", "moved", "edited", "same"];
const MAX_MARKS = 240;

export interface RulerMark {
  /** First row ordinal of the mark, and the one to jump to (its first difference). */
  from: number;
  target: number;
  category: RowCategory;
  count: number;
}

/** Rows grouped into at most MAX_MARKS marks; marks of rows that are the same in both are left out. */
export function rulerMarks(overview: string, maxMarks = MAX_MARKS): RulerMark[] {
  const n = overview.length;
  const buckets = Math.min(n, maxMarks);
  const marks: RulerMark[] = [];
  for (let k = 0; k < buckets; k++) {
    const from = Math.floor((k * n) / buckets);
    const to = Math.floor(((k + 1) * n) / buckets);
    let best: RowCategory = "same";
    let target = from;
    let count = 0;
    for (let i = from; i < to; i++) {
      const category = FROM_CODE[overview[i] ?? "s"] ?? "same";
      if (category === "same") continue;
      count++;
      if (PRIORITY.indexOf(category) < PRIORITY.indexOf(best)) {
        best = category;
        target = i;
      }
    }
    if (best !== "same") marks.push({ from, target, category: best, count });
  }
  return marks;
}

const CATEGORY_WORDS: Readonly<Record<RowCategory, string>> = {
  "only-a": "only in A",
  "only-b": "only in B",
  figures: "figures differ",
  partial: "partial",
  reworded: "reworded",
  edited: "light edits",
  moved: "moved",
  same: "same",
};

/**
 * A strip beside the columns with a mark wherever the articles differ, the
 * whole comparison top to bottom: clusters of red or green show at a glance
 * where one side says something the other does not. A click jumps there.
 * Mouse only by design: j / k and the filters do the same from the keyboard,
 * so the strip is hidden from assistive technology.
 */
export function OverviewRuler({ overview, labels, onJump }: { overview: string; labels: { a: string; b: string }; onJump: (ordinal: number) => void }) {
  const marks = rulerMarks(overview);
  const n = Math.max(1, overview.length);
  const words = (c: RowCategory) => (c === "only-a" ? `only in ${labels.a}` : c === "only-b" ? `only in ${labels.b}` : CATEGORY_WORDS[c]);
  return (
    <div aria-hidden="true" data-testid="overview-ruler" className="relative h-full w-3 rounded bg-stone-200">
      {marks.map((mark) => (
        <div
          key={mark.from}
          data-ordinal={mark.target}
          data-category={mark.category}
          title={`${words(mark.category)} (row ${mark.target + 1} of ${overview.length})`}
          onClick={() => onJump(mark.target)}
          className={`absolute left-0 w-3 cursor-pointer rounded-sm hover:ring-2 hover:ring-stone-900 ${CATEGORY_COLOUR[mark.category]}`}
          style={{ top: `${(mark.from / n) * 100}%`, height: `max(4px, ${(1 / Math.min(n, MAX_MARKS)) * 100}%)` }}
        />
      ))}
    </div>
  );
}
