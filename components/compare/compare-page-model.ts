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
import { numberItems } from "@/lib/omissions/item-numbers";
import { buildRows, type CompareRow } from "./build-rows";
import type { RowCategory } from "./row-category";
import { clipAtWord } from "@/lib/text/clip";

export const PAGE_MAX_ROWS = 400;
export const PAGE_MAX_CHARS = 200_000;
/**
 * Items per side the page carries. Two news articles have far fewer; two
 * book-length texts had 4,750, which alone weighed 3.6 MB. Past this the
 * panel says how many more there are and points to the exports, which list
 * every item.
 */
export const MAX_ITEMS_PER_SIDE = 200;

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
  /** Items of each side left off the page (beyond MAX_ITEMS_PER_SIDE): the exports list them. */
  moreItems: { a: number; b: number };
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

export function buildComparePageModel(comparison: Comparison, options: { order?: Side; page?: number; maxRows?: number; maxChars?: number } = {}): ComparePageModel {
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
  const sent = { a: 0, b: 0 };
  const moreItems = { a: 0, b: 0 };
  // Numbered over every item, those past MAX_ITEMS_PER_SIDE too, so A's numbers are the reports'.
  const numbers = numberItems(comparison.items);
  const kept = comparison.items.filter((item) => {
    if (sent[item.missingFrom] < MAX_ITEMS_PER_SIDE) {
      sent[item.missingFrom]++;
      return true;
    }
    moreItems[item.missingFrom]++;
    return false;
  });
  const items: ItemView[] = kept.map((item) => {
    const present: Side = item.missingFrom === "a" ? "b" : "a";
    const evidence = item.evidence.map((i) => rowIdForPassage(present, i)).filter((id): id is string => id !== null);
    const related = item.related.map((i) => rowIdForPassage(item.missingFrom, i)).filter((id): id is string => id !== null);
    for (const id of evidence) {
      const current = importance.get(id);
      if (!current || IMPORTANCE_RANK[item.importance] > IMPORTANCE_RANK[current]) importance.set(id, item.importance);
    }
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
  const labels = { a: comparison.a.outlet || "A", b: comparison.b.outlet || "B" };
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
    moreItems,
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
