/**
 * How much an omission matters to an analyst, and why, in words the page can
 * show. An item is ranked by what signals importance in news: how much it
 * says that the other side never does (weighted by how telling the words
 * are), whether it carries someone's words (an attributed quotation), names
 * and figures the other side leaves out, and whether the outlet put it first
 * (headline, lede). Captions, headings and agency boilerplate weigh little.
 */
import type { BlockRole } from "../text/types";
import type { Importance } from "../types/comparison";

/** High / Medium / Low, as the views and reports show a salience. */
export function importanceOf(salience: number): Importance {
  return salience >= 0.5 ? "high" : salience >= 0.3 ? "medium" : "low";
}

/** What the ranking reads of one item. */
export interface ItemTraits {
  /** Content weight (word rarity) of what the other side does not say (see passage-cover.ts). */
  novelWeight: number;
  /** A quotation of three words or more is in it. */
  quoted: boolean;
  /** Who is quoted or said it, when a speech verb names them ("said Lanhee Chen"). */
  speaker?: string;
  /** No speaker named, but a source described: "a senior administration official" (unnamed-source.ts). Shown, not weighed. */
  unnamedSource?: string;
  /** Names (people, organisations, places) it has that the other side never mentions. */
  absentNames: string[];
  /**
   * Those of `absentNames` the other side writes only inside a longer name
   * ("China" in "South China Sea"): weighed as the others, but not shown as
   * "never in" it. Missing when there are none.
   */
  namesInLongerNames?: string[];
  /** Quantities it has that the other side never gives ("$716 billion"; not dates nor ordinals). */
  figures: string[];
  /**
   * Those of `figures` given only in passages grouped with the item's own
   * (another paragraph a name gathered, "… killed 12 people" beside "The 08:12
   * service … 212 passengers"): weighed as the others, but said to be there,
   * not in the passage the item is titled by. Missing when there are none.
   */
  figuresGrouped?: string[];
  /** Share (0–1) of its new words that the outlet's headline also has. */
  inHeadline: number;
  /**
   * It carries the headline's news (headline-carry.ts): two of its new content
   * words are in the headline, or one that is a name or figure of it, or one in
   * its title sentence when that restates the headline. What "in X's headline" says; one
   * word shared and nothing else of the headline ("explosion") says nothing of
   * the kind, though the share above still weighs it.
   */
  headlineCarries: boolean;
  /** The sentence it is titled by restates the headline with a word of it the other side never says: the headline weighs in full. */
  restatesHeadline?: boolean;
  /** It starts in the first paragraphs (the lede). */
  inLede: boolean;
  /** The most telling role among its passages. */
  role: BlockRole;
  /** Agency boilerplate, credits, disclaimers. */
  boilerplate: boolean;
  /** It says that an account leaves something out ("the readout made no mention of China"; absence-statement.ts). */
  statesAbsence: boolean;
  /**
   * The comparison paired one of its sentences with the other side's sentence
   * that says most of it: the other side reports part of it, and the item is
   * what that part leaves out, not a sentence missing as a whole. Shown, not
   * weighed (its new content already weighs only what is not said).
   */
  partlyReported?: boolean;
  /**
   * Its quotations are all ones the other side reports their speaker saying
   * in other words (quote-omissions.ts, `paraphrasedQuote`): their wording is
   * what is left out, not the remark, so "a quotation" does not weigh.
   */
  quotationReworded?: boolean;
}

/**
 * Weights of the signals; they sum to 1. Set by hand from what editors rank
 * first, then checked on the development answer key (docs/omissions.md): a
 * quotation and new names weigh most after the new content itself; who
 * speaks adds little once the quotation counts; a lede that the other side
 * does not share is more often framing than news, so it weighs little.
 */
export const SALIENCE_WEIGHTS = {
  novel: 0.32,
  speaker: 0.1,
  quoted: 0.15,
  names: 0.2,
  figures: 0.1,
  headline: 0.1,
  lede: 0.03,
} as const;

/**
 * Added on top of the signals above: a passage that says an account leaves
 * something out is a comparison the outlet made itself, weighed as a
 * quotation is (an outlet carrying someone's words). It is rare (4 sentences
 * in the 135 BASIL development articles), so it reorders little else: on the
 * development key, at 0.05, 0.1 or 0.15 alike, it moved only the demo's "no
 * mention of China" line, from second to first, as the key ranks it; at 0.15
 * that line also reads as of medium importance rather than low.
 */
export const ABSENCE_STATEMENT_WEIGHT = 0.15;

/** Content weight at which "says something new" counts in full: about one long sentence of unshared, telling words. */
const FULL_NOVEL_WEIGHT = 200;

const ROLE_WEIGHT: Readonly<Record<BlockRole, number>> = { body: 1, quote: 1, "list-item": 0.8, heading: 0.5, caption: 0.3, credit: 0, boilerplate: 0 };

export function itemSalience(t: ItemTraits, w: Readonly<Record<keyof typeof SALIENCE_WEIGHTS, number>> = SALIENCE_WEIGHTS): number {
  const novel = 1 - Math.exp(-t.novelWeight / FULL_NOVEL_WEIGHT);
  const score =
    w.novel * novel +
    w.speaker * (t.speaker ? 1 : 0) +
    w.quoted * (t.quoted && !t.quotationReworded ? 1 : 0) +
    w.names * Math.min(1, otherNames(t).length / 2) +
    w.figures * Math.min(1, t.figures.length / 2) +
    w.headline * headlineSignal(t) +
    w.lede * (t.inLede ? 1 : 0) +
    ABSENCE_STATEMENT_WEIGHT * (t.statesAbsence ? 1 : 0);
  return clamp01(score * ROLE_WEIGHT[t.role] * (t.boilerplate ? 0.2 : 1));
}

/**
 * 0–1: how far the item is its outlet's headline news. A title sentence that
 * restates the headline is that news, and weighs it in full: with one word of
 * the headline the other side never says ("sirens") among its many new words,
 * the share of them in the headline says little of it. Otherwise the share of
 * its new words the headline has, doubled, as the dev key was tuned on (one
 * shared word such as "explosion" still weighs a little). Every item "in the
 * headline" weighed in full instead put a paragraph around a section heading
 * above China, the one name the State Department readout leaves out, in the
 * Blinken–Motegi story (blinken-motegi-story.test.ts).
 */
function headlineSignal(t: ItemTraits): number {
  return t.restatesHeadline ? 1 : Math.min(1, t.inHeadline * 2);
}

/** The new names besides the speaker: one person counts once, as the voice of the quotation. */
function otherNames(t: ItemTraits): string[] {
  return t.speaker ? t.absentNames.filter((name) => name !== t.speaker) : t.absentNames;
}

/** What the ranking reads of a name left out everywhere (an item of its own). */
export interface EntityItemTraits {
  /** Mentions on the side that names it. */
  count: number;
  type: "person" | "organization" | "place" | "other";
  inHeadline: boolean;
  inLede: boolean;
  /** Only in captions or headings. */
  peripheral: boolean;
  /** Among the names the article mentions most (its main subjects). */
  mainSubject: boolean;
}

const TYPE_WEIGHT = { person: 0.2, organization: 0.15, place: 0.1, other: 0.05 } as const;

/**
 * A name the other side never mentions, outside any passage it leaves out:
 * what it weighs is how central the outlet makes it (mentions, headline,
 * lede). A name mentioned once in passing is a detail, below the passages.
 */
export function entityItemSalience(t: EntityItemTraits): number {
  const score =
    TYPE_WEIGHT[t.type] + 0.15 * Math.log2(1 + t.count) + (t.inHeadline ? 0.25 : 0) + (t.inLede ? 0.1 : 0) + (t.mainSubject ? 0.4 : 0);
  return clamp01(score * (t.peripheral ? 0.4 : 1));
}

/** The reasons an analyst reads beside the item, most telling first. */
export function itemReasons(t: ItemTraits, names: { present: string; absent: string }): string[] {
  const reasons: string[] = [];
  if (t.partlyReported) reasons.push(`${names.absent} reports part of it`);
  // Shown only when true as written; ranked by the share, as the dev key was tuned on (docs/omissions.md).
  if (t.headlineCarries) reasons.push(`in ${names.present}'s headline`);
  if (t.inLede) reasons.push("in the lede");
  if (t.statesAbsence) reasons.push("says an account leaves something out");
  // "quotes X" only over a quotation; "according to the Congressional Research Service, …" or "Ryan
  // discussed …, saying" reports what someone said without quoting them.
  if (t.speaker) reasons.push(`${t.quoted ? "quotes" : "attributed to"} ${t.speaker}${speakerAbsence(t, names.absent)}`);
  // Anonymous sourcing is something an analyst weighs apart: said so, with the article's own description.
  else if (t.unnamedSource) reasons.push(`${t.quoted ? "quotes" : "attributed to"} a source it does not name (“${t.unnamedSource}”)`);
  else if (t.quoted) reasons.push("a quotation");
  if (t.quoted && t.quotationReworded) reasons.push(`${names.absent} reports ${t.speaker ?? "the speaker"} saying it in other words`);
  const named = otherNames(t);
  const partly = named.filter((name) => t.namesInLongerNames?.includes(name));
  const never = named.filter((name) => !partly.includes(name));
  if (never.length > 0) reasons.push(`names ${list(never)}, ${absenceWords(names.absent, false)}`);
  if (partly.length > 0) reasons.push(`names ${list(partly)}, ${absenceWords(names.absent, true)}`);
  const grouped = t.figures.filter((f) => t.figuresGrouped?.includes(f));
  const own = t.figures.filter((f) => !grouped.includes(f));
  // A reason is read under the item's title: a figure only in a grouped passage is said to be there.
  const groupedWords = `${list(grouped)} in a passage grouped with it`;
  if (own.length > 0) reasons.push(`figures ${list(own)}${grouped.length > 0 ? `; ${groupedWords}` : ""}`);
  else if (grouped.length > 0) reasons.push(`figures ${groupedWords}`);
  if (t.role === "caption") reasons.push("a caption");
  if (t.role === "heading") reasons.push("a heading");
  if (t.boilerplate) reasons.push("boilerplate");
  return reasons;
}

/**
 * ", never in B" after the speaker when B never names them: "quotes Ted Lieu"
 * says who speaks, not that B never mentions him (it may quote him
 * elsewhere). Said there, once, since the speaker is not listed again among
 * the names (otherNames).
 */
function speakerAbsence(t: ItemTraits, absentName: string): string {
  if (t.speaker === undefined || !t.absentNames.includes(t.speaker)) return "";
  return `, ${absenceWords(absentName, t.namesInLongerNames?.includes(t.speaker) ?? false)}`;
}

/** "never in B", or, for a name B writes only inside a longer one, what B does write: a reason must be true as written. */
export function absenceWords(absentName: string, inLongerName: boolean): string {
  return inLongerName ? `in ${absentName} only inside a longer name` : `never in ${absentName}`;
}

function list(xs: readonly string[], max = 3): string {
  const shown = xs.slice(0, max).join(", ");
  return xs.length > max ? `${shown} and ${xs.length - max} more` : shown;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}
