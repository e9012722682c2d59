/**
 * Counts of what befell people in a story's event (the dead, the injured,
 * the evacuated, the arrested, the missing, the rescued), read so that two
 * such counts in sentences the aligner left apart can be paired as one
 * quantity told differently: "Twelve workers were killed" in one source, "By
 * Saturday the death toll had risen to 15" in another.
 *
 * Small counts in unpaired sentences are not paired by their noun alone
 * (number-omissions.ts, `totalConflicts`: a story has two arrests and five
 * arrests). What makes these safe to pair is the role read next to the figure
 * (figure-role.ts) and that each side gives one figure of that role and no
 * other (checked by the caller). What is read here is what still makes two
 * such figures different counts:
 *  - another time or event in the sentence ("Last year four people died at
 *    the plant", "in a similar blast in 2019"): not this event's count;
 *  - an increment ("another two", "two more", "two new deaths"): not a toll;
 *  - two groups ("miners", "rescuers"), or counts more than twice apart (a
 *    part, "three children" against "15 people"; one night's arrests and
 *    another's): two counts, not one told twice;
 *  - a bound the other figure meets ("at least 12" against 15): both may be
 *    true, so they do not differ. An estimate ("about 12") is a figure.
 * English only, as the roles are.
 */
import type { Token } from "../text/tokens";
import { roleOfWord, type FigureRole } from "./figure-role";

/** What befalls people in one event, once each in an account of it. Levels, changes (seats held, lost) and where people were ("140 were working") are counts of many things of one story. */
export const EVENT_ROLES: ReadonlySet<FigureRole> = new Set(["death", "injury", "arrest", "missing", "evacuation", "rescue"]);

/** One event count: its role, what it counts when a noun says ("workers"), and the values it allows. */
export interface EventCount {
  role: FigureRole;
  noun?: string;
  amount: number;
  low: number;
  high: number;
}

/** Stems of nouns that count people of any kind: a count of them is the whole, not a part. */
const ANY_PEOPLE: ReadonlySet<string> = new Set(["peopl", "person", "individu", "resid", "victim", "live", "life"]);
/**
 * Two reports of one count differ by less than this factor; further apart
 * they are more likely two counts (a part and the whole: "three children"
 * of "15 people"; one night's arrests and another's) than one told twice.
 */
const ONE_COUNT_RATIO = 2;

/** Words before a figure that make it a floor or a ceiling: the other figure on its side of it does not differ. */
const FLOOR_BEFORE = /\b(?:at least|more than|over|upwards of|in excess of|no fewer than|no less than)\s*$/i;
const CEILING_BEFORE = /\b(?:up to|at most|as many as|no more than|fewer than|less than|under)\s*$/i;
/** After a figure, a floor: "12 or more". */
const FLOOR_AFTER = /^\s*or more\b/i;

/** Next to the figure, an increment or another group: "another two", "a further three", "two more", "two other people", "two new deaths". */
const INCREMENT_BEFORE: ReadonlySet<string> = new Set(["another", "further", "additional", "other", "extra"]);
const INCREMENT_AFTER: ReadonlySet<string> = new Set(["more", "other", "new", "additional", "further", "extra"]);

/**
 * Words saying the sentence is about another time or another event than the
 * story's: a year, "last year", "two years ago", "this year" (a tally of a
 * year, not an event), "a similar blast", "a previous crash", "the previous
 * night", "compared to".
 */
const OTHER_TIME = new RegExp(
  [
    String.raw`\b(?:1[89]|20)\d\d\b`,
    String.raw`\b(?:last|previous|past|prior) (?:year|month|week|decade|century|spring|summer|autumn|fall|winter)s?\b`,
    // A count of one day or night set against another's: "six arrests Wednesday, compared to 47 the previous night".
    String.raw`\b(?:previous|prior) (?:day|night|evening|weekend)s?\b|\b(?:day|night|evening) (?:before|earlier)\b|\bcompared (?:to|with)\b`,
    String.raw`\b(?:years?|months?|weeks?|decades?) (?:ago|earlier|before)\b`,
    String.raw`\b(?:this|that|each|every|per|a) (?:year|month|season|decade)\b`,
    String.raw`\b(?:similar|previous|earlier|prior|separate|last) (?:\w+ )?(?:accident|incident|blast|explosion|attack|fire|crash|collision|disaster|derailment|collapse|storm|flood|quake|earthquake|shooting|riot|protest|clash|clashes|raid|outbreak|one)s?\b`,
    String.raw`\brecord\b`,
  ].join("|"),
  "i",
);

/** The head of the noun phrase right after the figure, in its clause: "12 construction workers" counts workers; "12 dead", "12 were killed" or "killing 12, officials said" count no noun. */
function countedNoun(tokens: readonly Token[], text: string, end: number): string | undefined {
  let head: string | undefined;
  let boundary = end;
  for (const t of tokens) {
    if (t.start < end) continue;
    if (/[,;:()\u2013\u2014!?]|\.(?:\s|$)/.test(text.slice(boundary, t.start))) break;
    boundary = t.end;
    if (!t.isContent || t.isNumber || roleOfWord(t) !== undefined) break;
    // Proper adjectives are not the noun: "Twelve Chinese workers".
    if (!(t.isCapitalized && /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(t.surface))) head = t.stem;
  }
  return head;
}

/**
 * The event count a figure is (its mention at `start`–`end` of `text`, with
 * `tokens`, its role read by figure-role.ts, its amount), or undefined when
 * it is none or something says it counts another time, an increment or
 * another group (above).
 */
export function eventCountOf(
  tokens: readonly Token[],
  text: string,
  start: number,
  end: number,
  role: FigureRole | undefined,
  amount: number,
): EventCount | undefined {
  if (!role || !EVENT_ROLES.has(role) || OTHER_TIME.test(text)) return undefined;
  const before = tokens.filter((t) => t.end <= start);
  const previous = before.at(-1)?.norm === "a" ? before.at(-2) : before.at(-1);
  const next = tokens.find((t) => t.start >= end);
  if ((previous && INCREMENT_BEFORE.has(previous.norm)) || (next && INCREMENT_AFTER.has(next.norm))) return undefined;
  const lead = text.slice(Math.max(0, start - 24), start);
  const floor = FLOOR_BEFORE.test(lead) || FLOOR_AFTER.test(text.slice(end));
  const ceiling = !floor && CEILING_BEFORE.test(lead);
  return {
    role,
    noun: countedNoun(tokens, text, end),
    amount,
    low: ceiling ? 0 : amount,
    high: floor ? Number.POSITIVE_INFINITY : amount,
  };
}

/**
 * Whether two event counts of one role are one quantity told differently:
 * they count the same people (the same noun, or people of any kind or no
 * noun, as a toll's, on one side: "Twelve workers" and "15 people"; two
 * groups, "miners" and "rescuers", are two counts), within a factor of two
 * (ONE_COUNT_RATIO), and cannot both be true (no bound of one allows the
 * other).
 */
export function eventCountsDiffer(x: EventCount, y: EventCount): boolean {
  if (x.role !== y.role || x.amount === y.amount) return false;
  const group = (c: EventCount) => c.noun !== undefined && !ANY_PEOPLE.has(c.noun);
  if (x.noun !== y.noun && group(x) && group(y)) return false;
  if (Math.max(x.amount, y.amount) > ONE_COUNT_RATIO * Math.min(x.amount, y.amount)) return false;
  return x.high < y.low || y.high < x.low;
}
