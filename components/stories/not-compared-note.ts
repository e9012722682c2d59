/**
 * The note under an article's "Shared with others" on the story page: the
 * articles in another language its mean leaves out (lib/compare/shared-with-others.ts).
 * Kept apart from that module, which reads languages through Node's require,
 * so nothing of it can reach a browser bundle.
 */

/** The note under an article's figure on the story page, or null when every other article is counted. */
export function notComparedNote(notCompared: number): string | null {
  if (notCompared === 0) return null;
  return notCompared === 1 ? "1 article in another language not counted" : `${notCompared} articles in another language not counted`;
}
