/**
 * What a story review's key becomes when an article leaves the story.
 *
 * A story flag's key names the finding and the sources that leave it out:
 * "coverage:<row key>:absent:<ids>" (lib/omissions/coverage.ts), the ids of
 * the sources standing for the absent groups of copies (the smallest id of
 * each group), sorted. When an article leaves, a finding it was not absent
 * from keeps its key; one it was absent from along with others is the same
 * finding left out by fewer sources, and its key loses the article's id (or
 * takes the id of the copy of it that stands for its group now). A finding
 * only the leaving article left out no longer exists: its review cannot
 * follow it (null). Other keys stay as they are.
 */

const COVERAGE_KEY = /^(coverage:.+):absent:([^:]+)$/;

/**
 * The key after `leaving` leaves the story: unchanged (the same string), the
 * key of the same finding, or null when the finding cannot exist any more.
 * `standIn` is the copy of `leaving` (same text, still in the story) that
 * stands for its group from now on, if any.
 */
export function storyReviewKeyWithout(key: string, leaving: string, standIn: string | null): string | null {
  const match = COVERAGE_KEY.exec(key);
  if (!match) return key;
  const [, finding = "", list = ""] = match;
  const ids = list.split(",");
  if (!ids.includes(leaving)) return key;
  const rest = ids.filter((id) => id !== leaving);
  if (standIn !== null && !rest.includes(standIn)) rest.push(standIn);
  if (rest.length === 0) return null;
  return `${finding}:absent:${rest.sort().join(",")}`;
}
