/**
 * What the compare page sends to the browser, built on the server from a
 * Comparison. Two long articles (1.4 MB each) made a 14 MB page when the
 * whole comparison went down as props and HTML. So the page gets:
 * - one page of rows at a time (at most PAGE_MAX_ROWS rows or
 *   PAGE_MAX_CHARS characters of text), each word once (a pair's text is its
 *   diff);
 * - an overview of every row (one letter per row) for the ruler, which jumps
 *   across pages;
 * - the omission items with the rows of their evidence, and a short form of
 *   their flags (no full passage texts).
 * A comparison of news articles is one page; only very long ones paginate.
 */
import type { Comparison, DiffChunk, Importance, Omission, OmissionItem, OmissionKind, Side } from "@/lib/types/comparison";
import { htmlLang, languageName } from "@/lib/compare/language-note";
import { pairLabels, type SideLabels } from "@/lib/compare/source-labels";
import { ITEM_SIDE_ORDER, numberItems } from "@/lib/omissions/item-numbers";
import { buildRows, type CompareRow } from "./build-rows";
import type { RowCategory } from "./row-category";
import { clipAtWord } from "@/lib/text/clip";
import { itemReviewKey } from "@/lib/report/item-review";

export const PAGE_MAX_ROWS = 400;
export const PAGE_MAX_CHARS = 200_000;
/**
 * Items per side one page carries. Two news articles have far fewer; two
 * book-length texts had 4,750, which alone weighed 3.6 MB. A side with more
 * is paged (`?items=2` carries its items ranked 201–400): every item stays
 * reachable on the page, as in the exports, and the page stays light.
 */
export const MAX_ITEMS_PER_SIDE = 200;

/** Which of one side's items the page carries: ranks `from`…`to` (0-based, `to` exclusive) of `total`, window `window` of `windowCount`. */
export interface SideItemWindow {
  /** The number of the side's item ranked 0 is `numberOffset + 1` (B's items are numbered first, then A's: item-numbers.ts). */
  numberOffset: number;
  window: number;
  windowCount: number;
  /** Items per window. */
  size: number;
  from: number;
  to: number;
  total: number;
}

/** One letter per row category, for the overview string. */
export const CATEGORY_CODE: Readonly<Record<RowCategory, string>> = {
  same: "s",
  figures: "f",
  edited: "e",
  reworded: "r",
  partial: "p",
  moved: "m",
  "only-a": "a",
  "only-b": "b",
};

export interface FlagView {
  key: string;
  kind: OmissionKind;
  term?: string;
  /** The passage text, clipped. */
  text?: string;
  note?: string;
  diff?: DiffChunk[];
}

export interface ItemView extends OmissionItem {
  /** Its number, as every report numbers it (lib/omissions/item-numbers.ts): B's gaps 1…n, then A's; filters never renumber. */
  number: number;
  /** Rows that hold its evidence (the side that has it), then the closest related rows of the other side. */
  rows: string[];
  /** The page those rows are on (the first evidence row's). */
  page: number;
}

/** HTML `lang` of each side's text, when not English. */
export interface ArticleLang {
  a?: string;
  b?: string;
}

export interface ComparePageModel {
  labels: { a: string; b: string };
  /** Each article's HTML `lang` when it is not in English (its text is marked up with it). */
  lang: ArticleLang;
  order: Side;
  page: number;
  pageCount: number;
  /** Rows of this page, in reading order. */
  rows: CompareRow[];
  /** One letter per row of the whole comparison (CATEGORY_CODE), in reading order, and each row's id. */
  overview: string;
  overviewIds: string[];
  /** First row ordinal of each page. */
  pageStarts: number[];
  items: ItemView[];
  /** The window of items asked for (0-based, `?items=` less one): each side carries that window of its items, or its last. */
  itemWindow: number;
  /** Which of each side's items the page carries, so the panel can count them all and link to the rest. */
  itemWindows: Record<Side, SideItemWindow>;
  /** The items of each side on other windows: how many, and how many of them are reviewed or dismissed (the panel's counts are of every item). */
  offPage: Record<Side, OffPageCount>;
  /**
   * The window (0-based) of each item on another window of items, by its id and by the flag its
   * review is kept under (the activity log links to that): a link to it (`#item:<key>`) opens its
   * window. Absent when no side has more than one window, so a short comparison sends nothing.
   */
  itemWindowOf?: Record<string, number>;
  flags: Record<string, FlagView>;
  counts: Record<RowCategory, number>;
  /** What the Left out panel says when there are no items: why there are none. */
  noItemsText: string;
}

const IMPORTANCE_RANK: Readonly<Record<Importance, number>> = { high: 3, medium: 2, low: 1 };

function rowTextLength(row: CompareRow): number {
  if (row.type === "pair") return row.diff.reduce((n, [, t]) => n + t.length, 0);
  if (row.type === "moved-marker") return row.excerpt.length;
  return row.text.length;
}

/** Page boundaries: a new page starts when the current one is full by rows or by characters. */
export function paginate(rows: readonly CompareRow[], maxRows = PAGE_MAX_ROWS, maxChars = PAGE_MAX_CHARS): number[] {
  const starts = [0];
  let count = 0;
  let chars = 0;
  rows.forEach((row, i) => {
    const length = rowTextLength(row);
    if (count > 0 && (count >= maxRows || chars + length > maxChars)) {
      starts.push(i);
      count = 0;
      chars = 0;
    }
    count++;
    chars += length;
  });
  return rows.length === 0 ? [0] : starts;
}

function clip(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : clipAtWord(text, max);
}

function flagView(o: Omission): FlagView {
  return { key: o.key, kind: o.kind, term: clip(o.term, 300), text: clip(o.text, 320), note: o.note, diff: o.diff && o.diff.reduce((n, [, t]) => n + t.length, 0) < 2000 ? o.diff : undefined };
}

/** The short form of the flags the items on the page name, and no others. */
function flagsOf(omissions: readonly Omission[], items: readonly ItemView[]): Record<string, FlagView> {
  const named = new Set(items.flatMap((i) => i.flags));
  return Object.fromEntries(omissions.filter((o) => named.has(o.key)).map((o) => [o.key, flagView(o)]));
}

export interface OffPageCount {
  total: number;
  reviewed: number;
  dismissed: number;
}

/** Each side's window of items: the one asked for, or the side's last when it has fewer (a short side is then shown whole on every window). */
export function sideItemWindows(items: readonly Pick<OmissionItem, "missingFrom">[], asked: number, size = MAX_ITEMS_PER_SIDE): Record<Side, SideItemWindow> {
  const totalOf = (side: Side) => items.filter((item) => item.missingFrom === side).length;
  const windowOf = (side: Side): SideItemWindow => {
    const total = totalOf(side);
    const windowCount = Math.max(1, Math.ceil(total / size));
    const window = Math.min(Math.max(0, asked), windowCount - 1);
    const before = ITEM_SIDE_ORDER.slice(0, ITEM_SIDE_ORDER.indexOf(side));
    return { numberOffset: before.reduce((n, s) => n + totalOf(s), 0), window, windowCount, size, from: window * size, to: Math.min(total, (window + 1) * size), total };
  };
  return { a: windowOf("a"), b: windowOf("b") };
}

export function buildComparePageModel(
  comparison: Comparison,
  options: {
    order?: Side;
    page?: number;
    itemWindow?: number;
    maxRows?: number;
    maxChars?: number;
    maxItemsPerSide?: number;
    /** The status of the review kept under a flag key, if any: to count the reviews of items on other windows. */
    reviewStatus?: (flagKey: string) => string | undefined;
    /** The sides' names when a wider view gives them (a story's "Meridian Press (3)"); by default the pair's own. */
    labels?: SideLabels | null;
  } = {},
): ComparePageModel {
  const order = options.order ?? "a";
  const all = buildRows(comparison, order);
  const pageStarts = paginate(all, options.maxRows, options.maxChars);
  const pageCount = pageStarts.length;
  const page = Math.min(Math.max(0, options.page ?? 0), pageCount - 1);
  const ordinal = new Map(all.map((row, i) => [row.id, i]));
  const pageOf = (rowId: string) => {
    const at = ordinal.get(rowId) ?? 0;
    let p = 0;
    while (p + 1 < pageStarts.length && pageStarts[p + 1]! <= at) p++;
    return p;
  };

  // The row of each passage, per side (a moved pair's marker aside: the pair itself holds its passages).
  const rowOf = { a: new Map<number, string>(), b: new Map<number, string>() };
  for (const row of all) {
    for (const i of row.a) rowOf.a.set(i, row.id);
    for (const i of row.b) rowOf.b.set(i, row.id);
  }
  const rowIdForPassage = (side: Side, index: number) => rowOf[side].get(index) ?? null;

  // Each row's importance: the highest of the items whose evidence lies in it.
  const importance = new Map<string, Importance>();
  // Every item marks its rows, those on other windows of items too: the importance filter is about the rows.
  for (const item of comparison.items) {
    const present: Side = item.missingFrom === "a" ? "b" : "a";
    for (const i of item.evidence) {
      const id = rowIdForPassage(present, i);
      const current = id === null ? undefined : importance.get(id);
      if (id !== null && (!current || IMPORTANCE_RANK[item.importance] > IMPORTANCE_RANK[current])) importance.set(id, item.importance);
    }
  }
  // Numbered over every item, those on other windows too, so the numbers are the reports'.
  const numbers = numberItems(comparison.items);
  const itemWindow = Math.max(0, options.itemWindow ?? 0);
  const itemWindows = sideItemWindows(comparison.items, itemWindow, options.maxItemsPerSide);
  const rank = { a: 0, b: 0 };
  const offPage: Record<Side, OffPageCount> = { a: { total: 0, reviewed: 0, dismissed: 0 }, b: { total: 0, reviewed: 0, dismissed: 0 } };
  const statusOf = options.reviewStatus ?? (() => undefined);
  const paged = itemWindows.a.windowCount > 1 || itemWindows.b.windowCount > 1;
  const itemWindowOf: Record<string, number> = {};
  const kept = comparison.items.filter((item) => {
    const at = rank[item.missingFrom]++;
    const window = itemWindows[item.missingFrom];
    if (at >= window.from && at < window.to) return true;
    const reviewKey = itemReviewKey(item, (key) => statusOf(key) !== undefined);
    itemWindowOf[item.id] = itemWindowOf[reviewKey] = Math.floor(at / window.size);
    const status = statusOf(reviewKey);
    const count = offPage[item.missingFrom];
    count.total++;
    if (status !== undefined) count.reviewed++;
    if (status === "dismissed") count.dismissed++;
    return false;
  });
  // The outlets, told apart when both articles are one outlet's ("Brackley Gazette (6 Dec)"), as every report names them.
  const labels = options.labels ?? pairLabels(comparison.a, comparison.b);
  const items: ItemView[] = kept.map((item) => {
    const present: Side = item.missingFrom === "a" ? "b" : "a";
    const evidence = item.evidence.map((i) => rowIdForPassage(present, i)).filter((id): id is string => id !== null);
    const related = item.related.map((i) => rowIdForPassage(item.missingFrom, i)).filter((id): id is string => id !== null);
    const rows = [...new Set([...evidence, ...related])].slice(0, 12);
    return {
      ...item,
      number: numbers.get(item.id)!,
      title: clip(item.title, 300) ?? "",
      reasons: item.reasons.slice(0, 4),
      // The page needs the rows, not the passage numbers behind them.
      evidence: item.evidence.slice(0, 12),
      related: item.related.slice(0, 12),
      flags: item.flags.slice(0, 12),
      rows,
      page: rows[0] ? pageOf(rows[0]) : page,
    };
  });
  for (const row of all) {
    const found = importance.get(row.id);
    if (found) row.importance = found;
  }

  const counts = { same: 0, figures: 0, edited: 0, reworded: 0, partial: 0, moved: 0, "only-a": 0, "only-b": 0 } satisfies Record<RowCategory, number>;
  for (const row of all) if (row.type !== "moved-marker") counts[row.category]++;

  const end = pageStarts[page + 1] ?? all.length;
  return {
    labels,
    lang: { a: htmlLang(comparison.a.language), b: htmlLang(comparison.b.language) },
    order,
    page,
    pageCount,
    rows: all.slice(pageStarts[page], end),
    overview: all.map((r) => CATEGORY_CODE[r.category]).join(""),
    overviewIds: all.map((r) => r.id),
    pageStarts,
    items,
    itemWindow,
    itemWindows,
    offPage,
    ...(paged ? { itemWindowOf } : {}),
    flags: flagsOf(comparison.omissions, items),
    counts,
    noItemsText: noItemsText(comparison, labels),
  };
}

/**
 * Why a comparison lists nothing as left out. Two articles in different
 * languages are not compared for omissions at all (lib/omissions/find-omissions.ts),
 * so "both report the same content" would be false of them: they may share nothing.
 */
export function noItemsText(comparison: Pick<Comparison, "a" | "b" | "crossLanguage">, labels: { a: string; b: string }): string {
  if (comparison.crossLanguage) {
    const a = languageName(comparison.a.language ?? "eng");
    const b = languageName(comparison.b.language ?? "eng");
    return `Not compared across languages: ${labels.a} is in ${a} and ${labels.b} in ${b}, and Lacuna does not translate, so it cannot tell what either leaves out.`;
  }
  return "No omissions found: both sources report the same content.";
}
