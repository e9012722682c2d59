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
      const covered = hardFacts ? cover.window >= COVERED_WITH_FACTS : cover.window >= COVERED || cover.article >= COVERED_ANYWHERE;
      if (covered) return;
      const traits = reading.traits(p.text);
      if (traits.contentWords < MIN_CONTENT_WORDS) return;
      const related = cover.window >= RELATED ? cover.by.map((j) => ctx.passages[absent][j]?.index ?? j) : [];
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
        note:
          related.length > 0
            ? `Only in ${nameOf(ctx, present)}; ${nameOf(ctx, absent)} says ${Math.round(cover.window * 100)}% of it (closest: its passage ${related.map((i) => i + 1).join("–")})`
            : `Only in ${nameOf(ctx, present)}; ${nameOf(ctx, absent)} has nothing like it`,
        key: `passage:${absent}:${reading.textKey(p.text)}`,
      });
    });
  }
  return flags;
}

/** A count, sum or share in the passage that the other side gives nowhere (dates and phrases like "one-on-one" do not count). */
function hasUnsharedFigure(ctx: OmissionContext, side: "a" | "b", position: number): boolean {
  const elsewhere = ctx.readings[other(side)];
  return (ctx.readings[side].numbers()[position] ?? []).some((m) => isFigure(m) && !elsewhere.givesFigure(m));
}
