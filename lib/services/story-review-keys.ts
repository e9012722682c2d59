/**
 * What a story review's key becomes when the story's articles change.
 *
 * A story flag's key names the finding and the sources that leave it out:
 * "coverage:<row key>:absent:<ids>" (lib/omissions/coverage.ts), the ids of
 * the sources standing for the absent groups of copies (the smallest id of
 * each group), sorted. When an article leaves, a finding it was not absent
 * from keeps its key; one it was absent from along with others is the same
 * finding left out by fewer sources, and its key loses the article's id (or
 * takes the id of the copy of it that stands for its group now). A finding
 * only the leaving article left out no longer exists: its review cannot
 * follow it (null). Other keys stay as they are. When articles join (or
 * change), see storyReviewKeysAfterJoin below.
 */
import { textKey } from "../omissions/stable-key";

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

/**
 * The other way: articles joined the story (filed, added or ingested under
 * it) or changed their text (re-extracted). The finding a review was made on
 * is still there under another key when the story's flags now have it:
 * - left out by the new articles too: its key gains them ("China: left out
 *   by State Department" is also left out by the article filed now);
 * - reported by a new article that is a copy of a source that left it out:
 *   that report has it now, and the finding is left out by fewer sources;
 * - a new copy with a smaller id stands for its group from now on;
 * - a passage finding is named by the text of its first passage in story
 *   order, so an earlier article that reports it renames it: the same
 *   finding is the one whose passages still include the old name's text.
 * It is the same finding only while at least one report that left it out
 * still does, and every other report that leaves it out now holds one of
 * `changed`; anything else is a different finding, and a finding no longer
 * flagged at all (reported by every source now, or below the bar) has no key
 * to go to: the review stays where it is, not shown, and is back if the story
 * returns to what it was. So a join never removes a review.
 */

/** What the story's analysis says now: sources with their group of copies, flags, and each source's passages. */
export interface StoryFindings {
  sources: ReadonlyArray<{ id: string; group: number }>;
  flags: ReadonlyArray<{ key: string; passages: ReadonlyArray<readonly number[]> }>;
  /** Each source's passages, in the order of `sources`, by index. */
  passages: ReadonlyArray<ReadonlyArray<{ text: string }>>;
}

/**
 * Maps a review's key to its finding's key now, given the articles that
 * joined or changed (`changed`); the same string when it is still current or
 * its finding cannot be told.
 */
export function storyReviewKeysAfterJoin(findings: StoryFindings, changed: ReadonlySet<string>): (key: string) => string {
  const groupOf = new Map(findings.sources.map((s) => [s.id, s.group]));
  const changedGroups = new Set(findings.sources.filter((s) => changed.has(s.id)).map((s) => s.group));
  const current = new Set(findings.flags.map((f) => f.key));
  const parsed = findings.flags.flatMap((flag) => {
    const match = COVERAGE_KEY.exec(flag.key);
    return match ? [{ flag, finding: match[1] ?? "", groups: new Set((match[2] ?? "").split(",").map((id) => groupOf.get(id))) }] : [];
  });
  /** The hashes naming the passages behind a flag, computed when a renamed passage finding is looked for. */
  const passageKeys = new Map<string, Set<string>>();
  const namesPassage = (flag: StoryFindings["flags"][number], hash: string): boolean => {
    let keys = passageKeys.get(flag.key);
    if (!keys) {
      keys = new Set(flag.passages.flatMap((list, s) => list.map((p) => textKey(findings.passages[s]?.[p]?.text ?? ""))));
      passageKeys.set(flag.key, keys);
    }
    return keys.has(hash);
  };
  return (key) => {
    if (current.has(key)) return key;
    const match = COVERAGE_KEY.exec(key);
    if (!match) return key;
    const [, finding = "", list = ""] = match;
    const groups = list.split(",").map((id) => groupOf.get(id));
    // A source no longer in the story: not a change joining explains.
    if (groups.some((g) => g === undefined)) return key;
    const was = new Set(groups);
    const renamed = PASSAGE_FINDING.exec(finding)?.[1];
    const same = parsed.filter(
      (p) =>
        (p.finding === finding || (renamed !== undefined && PASSAGE_FINDING.test(p.finding) && namesPassage(p.flag, renamed))) &&
        [...p.groups].some((g) => was.has(g)) &&
        [...p.groups].every((g) => g !== undefined && (was.has(g) || changedGroups.has(g))),
    );
    // Two flags that could be it: which one the review meant cannot be told.
    return same.length === 1 ? same[0]!.flag.key : key;
  };
}

const PASSAGE_FINDING = /^coverage:passage:([0-9a-f]+)$/;
