/**
 * The order of a story's coverage rows on the page and in reports: gaps
 * first. A row with a story flag comes by the flag's rank, then rows some
 * source leaves out, then rows every source has; more sources and more
 * mentions first within each.
 */
export interface OrderableRow {
  key: string;
  counts: readonly number[];
  presentIn: number;
}

/** `compared(row, source)`: false for a cell whose 0 is no absence (a source in another language; lib/compare/language-note.ts). */
export function gapsFirst<R extends OrderableRow>(rows: readonly R[], flagRank: (rowKey: string) => number, compared: (row: R, source: number) => boolean = () => true): R[] {
  const absent = (r: R) => (r.counts.some((c, i) => c === 0 && compared(r, i)) ? 1 : 0);
  const total = (r: R) => r.counts.reduce((s, c) => s + c, 0);
  return [...rows].sort((x, y) => flagRank(x.key) - flagRank(y.key) || absent(y) - absent(x) || y.presentIn - x.presentIn || total(y) - total(x));
}

/** The coverage row a story flag is about: a flag's key is "coverage:<row key>:absent:<source ids>". */
export function flagRowKey(flagKey: string): string {
  const body = flagKey.startsWith("coverage:") ? flagKey.slice("coverage:".length) : flagKey;
  const end = body.lastIndexOf(":absent:");
  return end >= 0 ? body.slice(0, end) : body;
}
