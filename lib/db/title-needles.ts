/**
 * How SQL narrows a title search to word starts (lib/text/word-start.ts makes
 * the needles): a title whose stored search key (`titleKey`: lower case, no
 * accents, see lib/text/search-key.ts) begins with `prefix` or holds one of
 * `inside`. Key and needles are folded alike, so plain LIKE matches "cafe"
 * and "café" on any database Prisma supports, with no case-insensitive mode.
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
  const marks = needles.inside.map((n) => ({ titleKey: { contains: n } }));
  if (!needles.prefix) return { OR: marks };
  return { AND: [{ titleKey: { contains: needles.prefix } }, { OR: [{ titleKey: { startsWith: needles.prefix } }, ...marks] }] };
}
