/**
 * Turns a Comparison into the rows of the side-by-side view.
 *
 * Rows follow A's order. A passage only in B is placed just after the row that
 * holds its nearest preceding B neighbour, so both columns read top to bottom.
 * A moved pair is shown once, at A's position, and leaves a "moved" marker at
 * its position in B that links to it (and back).
 */
import type { Alignment, Comparison, PassageRef } from "@/lib/types/comparison";

export type CompareRow =
  | { type: "pair"; id: string; alignment: Alignment; alignmentIndex: number }
  | { type: "only-a"; id: string; passage: PassageRef }
  | { type: "only-b"; id: string; passage: PassageRef }
  | { type: "moved-marker"; id: string; alignmentIndex: number; targetId: string; passages: PassageRef[] };

export function pairRowId(alignmentIndex: number): string {
  return `pair-${alignmentIndex}`;
}

/** Row id of whatever row shows A's passage `index` (or B's, with side "b"). */
export function rowIdForPassage(comparison: Comparison, side: "a" | "b", index: number): string | null {
  const alignmentIndex = comparison.alignments.findIndex((al) => al[side].some((p) => p.index === index));
  if (alignmentIndex >= 0) return pairRowId(alignmentIndex);
  const only = side === "a" ? comparison.onlyA : comparison.onlyB;
  return only.some((p) => p.index === index) ? `only-${side}-${index}` : null;
}

export function buildRows(comparison: Comparison): CompareRow[] {
  const spine: Array<{ aIndex: number; row: CompareRow; bMax: number | null }> = [];
  comparison.alignments.forEach((alignment, alignmentIndex) => {
    spine.push({
      aIndex: Math.min(...alignment.a.map((p) => p.index)),
      row: { type: "pair", id: pairRowId(alignmentIndex), alignment, alignmentIndex },
      bMax: alignment.moved ? null : Math.max(...alignment.b.map((p) => p.index)),
    });
  });
  for (const passage of comparison.onlyA) {
    spine.push({ aIndex: passage.index, row: { type: "only-a", id: `only-a-${passage.index}`, passage }, bMax: null });
  }
  spine.sort((x, y) => x.aIndex - y.aIndex);

  // Things that must be slotted in by their B position.
  const inserts: Array<{ bIndex: number; row: CompareRow }> = [
    ...comparison.onlyB.map((passage) => ({ bIndex: passage.index, row: { type: "only-b", id: `only-b-${passage.index}`, passage } as CompareRow })),
    ...comparison.alignments.flatMap((alignment, alignmentIndex) =>
      alignment.moved
        ? [
            {
              bIndex: Math.min(...alignment.b.map((p) => p.index)),
              row: { type: "moved-marker", id: `moved-${alignmentIndex}`, alignmentIndex, targetId: pairRowId(alignmentIndex), passages: alignment.b } as CompareRow,
            },
          ]
        : [],
    ),
  ].sort((x, y) => x.bIndex - y.bIndex);

  const after = new Map<number, CompareRow[]>(); // spine position → rows to put after it (-1 = before everything)
  for (const insert of inserts) {
    let anchor = -1;
    let best = -1;
    spine.forEach((entry, position) => {
      if (entry.bMax !== null && entry.bMax < insert.bIndex && entry.bMax >= best) {
        best = entry.bMax;
        anchor = position;
      }
    });
    // Let A's own unmatched run finish first, so the next pair still follows both.
    while (spine[anchor + 1]?.row.type === "only-a") anchor++;
    after.set(anchor, [...(after.get(anchor) ?? []), insert.row]);
  }

  const rows: CompareRow[] = [...(after.get(-1) ?? [])];
  spine.forEach((entry, position) => {
    rows.push(entry.row);
    rows.push(...(after.get(position) ?? []));
  });
  return rows;
}

/** A row an analyst would want to jump to: anything but an identical pair. */
export function isDifference(row: CompareRow): boolean {
  return row.type !== "pair" || row.alignment.kind !== "identical";
}
