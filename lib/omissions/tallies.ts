/**
 * Votes and scores, said as a tally or in words: "voted 4-2", "by four votes
 * to two", "four members voted for it while two members voted against" are
 * one split. Read before, "4-2" was a figure no wording but "4-2" gave, and
 * each side's "four" and "two" figures the other left out.
 *
 * A tally gives its parts (an outlet writing "4-2" has said four and two),
 * and a passage gives a tally when it counts the same thing twice ("four
 * members … two members") or says "X to Y" ("four votes to two", "7 to 2").
 * These only make a figure given; they are no figures of their own.
 */
import type { Token } from "../text/tokens";
import type { NumberMention } from "./numbers";

/** "4-2", "7-2", "52-48": two counts joined (not a span of years, read as a date). */
const TALLY = /^(\d{1,3})-(\d{1,3})$/;

/** The two counts of a tally figure ("4-2" gives "4" and "2"), if it is one. */
export function tallyParts(m: Pick<NumberMention, "value" | "kind">): string[] {
  const match = m.kind === "count" ? TALLY.exec(m.value) : null;
  return match ? [String(Number(match[1])), String(Number(match[2]))] : [];
}

/** A whole count as a tally reads it: "4", not "4%", "$4", "4-day" nor "4.5". */
function countOf(m: NumberMention): number | undefined {
  return m.kind === "count" && /^\d{1,3}$/.test(m.value) ? Number(m.value) : undefined;
}

/**
 * The tallies a passage says in words, both ways round ("4-2" and "2-4"):
 * two counts of one thing ("four members voted to increase …, while two
 * members voted to keep"), and a count "to" another ("by four votes to two",
 * "voted 7 to 2"). `mentions` are the passage's figures, `tokens` its words.
 */
export function talliesInWords(mentions: readonly NumberMention[], tokens: readonly Token[]): string[] {
  const counted: Array<{ count: number; noun: string | undefined }> = [];
  const out: string[] = [];
  const add = (x: number, y: number) => out.push(`${x}-${y}`, `${y}-${x}`);
  for (const m of mentions) {
    const count = countOf(m);
    if (count === undefined) continue;
    const at = tokens.findIndex((t) => t.start >= m.end);
    const next = at >= 0 ? tokens[at] : undefined;
    const noun = next && next.isContent && !next.isNumber ? next.stem : undefined;
    // "four votes to two", "7 to 2": the word "to" after the count, or after the noun it counts.
    const to = noun ? tokens[at + 1] : next;
    const other = to?.norm === "to" ? mentions.find((n) => n.start >= to.end && n.start <= to.end + 1) : undefined;
    const second = other ? countOf(other) : undefined;
    if (second !== undefined) add(count, second);
    for (const c of counted) if (noun !== undefined && c.noun === noun && c.count !== count) add(c.count, count);
    counted.push({ count, noun });
  }
  return out;
}
