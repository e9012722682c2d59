/**
 * Turns a Comparison into the rows of the compare view, in the reading order
 * of either article.
 *
 * Rows follow one article's order (the "spine": its pairs and its passages
 * found only in it). A passage only in the other article is placed just after
 * the row that holds its nearest preceding neighbour in that article, so both
 * columns read top to bottom. A moved pair is shown once, at its place in the
 * spine, and leaves a "moved" marker at its place in the other article that
 * links to it (and back).
 *
 * Rows carry passage indexes and word diffs, not the passages' text twice:
 * a pair's text is in its diff, so the page sends each word once.
 */
import { appendTo } from "@/lib/collections/append-to";
import type { BlockRole } from "@/lib/text/types";
import type { AlignmentKind, Comparison, DiffChunk, Importance, Side } from "@/lib/types/comparison";
import { rowCategory, type RowCategory } from "./row-category";
import { clipAtWord } from "@/lib/text/clip";

interface RowBase {
  id: string;
  category: RowCategory;
  /** Passage indexes of A and of B in the row. */
  a: number[];
  b: number[];
  /** The highest importance of the omission items whose evidence lies in the row. */
  importance?: Importance;
}

export type CompareRow =
  | (RowBase & { type: "pair"; kind: AlignmentKind; score: number; moved: boolean; diff: DiffChunk[]; roleA: BlockRole; roleB: BlockRole })
  | (RowBase & { type: "only-a" | "only-b"; text: string; role: BlockRole })
  | (RowBase & { type: "moved-marker"; column: Side; targetId: string; excerpt: string });

export function pairRowId(alignmentIndex: number): string {
  return `pair-${alignmentIndex}`;
}

const other = (side: Side): Side => (side === "a" ? "b" : "a");

/** Row id of whatever row shows passage `index` of `side` (moved markers aside). */
export function rowIdForPassage(comparison: Comparison, side: Side, index: number): string | null {
  const alignmentIndex = comparison.alignments.findIndex((al) => al[side].some((p) => p.index === index));
  if (alignmentIndex >= 0) return pairRowId(alignmentIndex);
  const only = side === "a" ? comparison.onlyA : comparison.onlyB;
  return only.some((p) => p.index === index) ? `only-${side}-${index}` : null;
}


/** Every row, in the reading order of article `order` ("a" by default). */
export function buildRows(comparison: Comparison, order: Side = "a"): CompareRow[] {
  const own = order;
  const far = other(order);
  const spine: Array<{ position: number; row: CompareRow; farMax: number | null }> = [];
  comparison.alignments.forEach((al, i) => {
    spine.push({
      position: Math.min(...al[own].map((p) => p.index)),
      row: {
        type: "pair",
        id: pairRowId(i),
        category: rowCategory(al),
        kind: al.kind,
        score: al.score,
        moved: al.moved,
        diff: al.diff,
        a: al.a.map((p) => p.index),
        b: al.b.map((p) => p.index),
        roleA: al.a[0]?.role ?? "body",
        roleB: al.b[0]?.role ?? "body",
      },
      farMax: al.moved ? null : Math.max(...al[far].map((p) => p.index)),
    });
  });
  const onlyRow = (side: Side, p: { index: number; text: string; role: BlockRole }): CompareRow => ({
    type: side === "a" ? "only-a" : "only-b",
    id: `only-${side}-${p.index}`,
    category: side === "a" ? "only-a" : "only-b",
    text: p.text,
    role: p.role,
    a: side === "a" ? [p.index] : [],
    b: side === "b" ? [p.index] : [],
  });
  for (const p of own === "a" ? comparison.onlyA : comparison.onlyB) spine.push({ position: p.index, row: onlyRow(own, p), farMax: null });
  spine.sort((x, y) => x.position - y.position);

  // What is slotted in by its position in the other article.
  const inserts: Array<{ position: number; row: CompareRow }> = [
    ...(far === "a" ? comparison.onlyA : comparison.onlyB).map((p) => ({ position: p.index, row: onlyRow(far, p) })),
    ...comparison.alignments.flatMap((al, i) =>
      al.moved
        ? [
            {
              position: Math.min(...al[far].map((p) => p.index)),
              row: {
                type: "moved-marker" as const,
                id: `moved-${far}-${i}`,
                category: "moved" as const,
                column: far,
                targetId: pairRowId(i),
                excerpt: clipAtWord(al[far].map((p) => p.text).join(" "), 90),
                a: [],
                b: [],
              },
            },
          ]
        : [],
    ),
  ].sort((x, y) => x.position - y.position);

  const after = new Map<number, CompareRow[]>(); // spine position → rows to put after it (-1 = before everything)
  for (const insert of inserts) {
    let anchor = -1;
    let best = -1;
    spine.forEach((entry, position) => {
      if (entry.farMax !== null && entry.farMax < insert.position && entry.farMax >= best) {
        best = entry.farMax;
        anchor = position;
      }
    });
    // Let the spine's own unmatched run finish first, so the next pair still follows both.
    const ownOnly = own === "a" ? "only-a" : "only-b";
    while (spine[anchor + 1]?.row.type === ownOnly) anchor++;
    appendTo(after, anchor, insert.row);
  }

  const rows: CompareRow[] = [...(after.get(-1) ?? [])];
  spine.forEach((entry, position) => {
    rows.push(entry.row);
    rows.push(...(after.get(position) ?? []));
  });
  return rows;
}

/** A row an analyst would want to jump to: anything that is not the same in both. */
export function isDifference(row: CompareRow): boolean {
  return row.category !== "same";
}
