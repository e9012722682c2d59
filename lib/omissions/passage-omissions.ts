/**
 * Passage flags: what one article reports that the other does not say
 * anywhere. A passage is checked against the whole other article (see
 * passage-cover.ts), not only against what the aligner left unpaired: a
 * sentence whose counterpart the aligner gave to another pair, or which the
 * other article says across two sentences, is not left out.
 */
import type { Omission } from "../types/comparison";
import { nameOf, other, SIDES, type OmissionContext } from "./omission-input";
import { isFigure } from "./numbers";
import { passageSalience } from "./salience";
import { coverWords } from "./passage-cover";
import type { ArticleReading } from "./article-reading";

/**
 * A passage counts as reported by the other side when this share of its
 * content weight is said by one stretch (one sentence or two neighbours) of
 * it, or this share anywhere in it: then the other side tells the same in its
 * own words, and a flag would be a false alarm.
 */
export const COVERED = 0.45;
export const COVERED_ANYWHERE = 0.75;
/**
 * A passage that is mostly said elsewhere is still an omission when it holds
 * a hard fact the other side lacks (a name, a figure, a quotation), unless
 * nearly all of it is said by one stretch.
 */
export const COVERED_WITH_FACTS = 0.6;
/** Related: the other side's closest stretch says at least this share (shown beside the flag as "closest in B"). */
export const RELATED = 0.25;
/** Passages with fewer content words say too little to be an omission on their own ("He declined."). */
const MIN_CONTENT_WORDS = 3;

/**
 * `facts`: flags of the name and quote finders; a passage holding one of
 * them, or a figure the other side never gives, is judged by COVERED_WITH_FACTS.
 */
export function passageOmissions(ctx: OmissionContext, facts: readonly Omission[] = []): Omission[] {
  const withFacts: Record<"a" | "b", Set<number>> = { a: new Set(), b: new Set() };
  for (const f of facts) {
    const present = other(f.missingFrom);
    if (f.countA > 0 && f.countB > 0) continue;
    for (const i of present === "a" ? f.passagesA : f.passagesB) withFacts[present].add(i);
  }
  const flags: Omission[] = [];
  for (const present of SIDES) {
    const absent = other(present);
    const passages = ctx.passages[present];
    const reading = ctx.readings[present];
    passages.forEach((p, position) => {
      const cover = ctx.cover[present][position];
      if (!cover) return;
      const hardFacts = withFacts[present].has(p.index) || hasUnsharedFigure(ctx, present, position);
      const covered = hardFacts
        ? cover.window >= COVERED_WITH_FACTS || (cover.window >= COVERED && pairedWithin(ctx, present, p.index, cover.by) && saidBeyondNames(reading, ctx.readings[absent], p.text))
        : cover.window >= COVERED || cover.article >= COVERED_ANYWHERE;
      if (covered) return;
      const traits = reading.traits(p.text);
      if (traits.contentWords < MIN_CONTENT_WORDS) return;
      const related = cover.window >= RELATED ? cover.by.map((j) => ctx.passages[absent][j]?.index ?? j) : [];
      // The comparison paired it with that stretch: the other side reports part of it, not nothing.
      const partly = related.length > 0 && pairedWithin(ctx, present, p.index, cover.by);
      const salience = passageSalience({
        text: p.text,
        role: p.role,
        index: p.index,
        total: passages.length,
        entities: ctx.entitiesPerPassage[present].get(p.index) ?? 0,
        traits,
      });
      flags.push({
        kind: "passage",
        missingFrom: absent,
        text: p.text,
        countA: present === "a" ? 1 : 0,
        countB: present === "b" ? 1 : 0,
        // What is new in it, weighted by how much the passage matters.
        severity: salience * (1 - cover.window),
        passagesA: present === "a" ? [p.index] : related,
        passagesB: present === "b" ? [p.index] : related,
        note: partly
          ? `${nameOf(ctx, absent)} reports part of it: its passage ${related.map((i) => i + 1).join("–")} says ${Math.round(cover.window * 100)}% of it; the rest only in ${nameOf(ctx, present)}`
          : related.length > 0
            ? `Only in ${nameOf(ctx, present)}; ${nameOf(ctx, absent)} says ${Math.round(cover.window * 100)}% of it (closest: its passage ${related.map((i) => i + 1).join("–")})`
            : `Only in ${nameOf(ctx, present)}; ${nameOf(ctx, absent)} has nothing like it`,
        key: `passage:${absent}:${reading.textKey(p.text)}`,
      });
    });
  }
  return flags;
}

/**
 * Whether the aligner paired the passage with a sentence of the stretch that
 * says most of it (`by`: positions on the other side). A passage mostly said
 * there (COVERED, and COVERED of it besides its names: saidBeyondNames) and
 * paired with it is reported by the other side, in part: what it holds that
 * the other side lacks is a name, a quotation or a figure, each flagged on
 * its own ("reports this passage without that figure"), as for any reported
 * passage. Flagging the whole sentence as well said it was left out as a
 * whole, against the comparison's own pair. Without the pair the evidence is
 * the words alone, and a hard fact still asks COVERED_WITH_FACTS.
 */
export function pairedWithin(ctx: Pick<OmissionContext, "paired" | "passages">, side: "a" | "b", index: number, by: readonly number[]): boolean {
  const partners = ctx.paired[side].get(index);
  if (!partners) return false;
  const absent = other(side);
  return by.some((position) => partners.includes(ctx.passages[absent][position]?.index ?? -1));
}

/**
 * Whether the other article says COVERED of what a passage reports besides
 * its names: who met where ("Foreign Minister Toshimitsu Motegi and Secretary
 * of State Antony Blinken … in London") is the frame two reports share, and
 * the other naming them says nothing of what they agreed. Words written with
 * a capital are left out (names, titles, places; a sentence's first word,
 * most often a name or a function word), figures kept, and the speaker's
 * name at a verb is out already (ArticleReading.saidWords).
 */
export function saidBeyondNames(reading: ArticleReading, elsewhere: ArticleReading, text: string): boolean {
  const said = new Set(reading.saidWords(text).words.map((w) => w.key));
  const words = coverWords(reading.tokens(text).filter((t) => t.isNumber || !t.isCapitalized)).filter((w) => said.has(w.key));
  return elsewhere.coverIndex().cover({ words }).window >= COVERED;
}

/** A count, sum or share in the passage that the other side gives nowhere (dates and phrases like "one-on-one" do not count). */
function hasUnsharedFigure(ctx: OmissionContext, side: "a" | "b", position: number): boolean {
  const elsewhere = ctx.readings[other(side)];
  return (ctx.readings[side].numbers()[position] ?? []).some((m) => isFigure(m) && !elsewhere.givesFigure(m));
}
