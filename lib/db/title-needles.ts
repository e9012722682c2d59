/**
 * How SQL narrows a title search to word starts (lib/text/word-start.ts makes
 * the needles): a title that begins with `prefix` or holds one of `inside`.
 * Prisma's `startsWith` / `contains` are SQL LIKE, case folded for ASCII
 * letters on SQLite, and run on any database Prisma supports.
 */
export interface TitleNeedles {
  prefix: string | null;
  inside: readonly string[];
}

/**
 * The Prisma condition a title meets. When there is a prefix, the word itself
 * is looked for first: most titles lack it, and one LIKE rules them out
 * before the twenty-odd of the marks are tried (a word no title has walks the
 * index about as fast as a plain substring search).
 */
export function titleHolds(needles: TitleNeedles) {
  const marks = needles.inside.map((n) => ({ title: { contains: n } }));
  if (!needles.prefix) return { OR: marks };
  return { AND: [{ title: { contains: needles.prefix } }, { OR: [{ title: { startsWith: needles.prefix } }, ...marks] }] };
}
