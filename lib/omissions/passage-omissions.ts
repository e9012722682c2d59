/**
 * Passage flags: what one article reports that the other has no counterpart
 * for, ranked by salience; and partial pairs where one side says clearly more.
 */
import type { Alignment, Omission, PassageRef, Side } from "../types/comparison";
import { contentStemSet } from "../text/tokens";
import { label, other, SIDES, type OmissionContext } from "./omission-input";
import { passageSalience } from "./salience";
import { textKey } from "./stable-key";
import { joinRefs } from "../compare/join-refs";

function refSalience(ctx: OmissionContext, side: Side, ref: PassageRef): number {
  return passageSalience({
    text: ref.text,
    role: ref.role,
    index: ref.index,
    total: ctx.passages[side].length,
    entities: ctx.entitiesPerPassage[side].get(ref.index) ?? 0,
    traits: ctx.readings[side].traits(ref.text),
  });
}

export function unmatchedPassageOmissions(ctx: OmissionContext, onlyA: readonly PassageRef[], onlyB: readonly PassageRef[]): Omission[] {
  const flags: Omission[] = [];
  for (const present of SIDES) {
    const absent = other(present);
    for (const ref of present === "a" ? onlyA : onlyB) {
      flags.push({
        kind: "passage",
        missingFrom: absent,
        text: ref.text,
        countA: present === "a" ? 1 : 0,
        countB: present === "b" ? 1 : 0,
        severity: refSalience(ctx, present, ref),
        passagesA: present === "a" ? [ref.index] : [],
        passagesB: present === "b" ? [ref.index] : [],
        note: `Only in ${label(present)} (passage ${ref.index + 1}); ${label(absent)} has no counterpart`,
        key: `passage:${absent}:${ctx.readings[present].textKey(ref.text)}`,
      });
    }
  }
  return flags;
}

/** Words one side of a partial pair adds: at least this many, and a large share of that side. */
const MIN_EXTRA_WORDS = 6;
const MIN_EXTRA_SHARE = 0.4;

export function partialPassageOmissions(ctx: OmissionContext, alignments: readonly Alignment[]): Omission[] {
  const flags: Omission[] = [];
  for (const al of alignments) {
    if (al.kind !== "partial") continue;
    const texts = { a: joinRefs(al.a), b: joinRefs(al.b) };
    const stems = { a: contentStemSet(ctx.tokens(texts.a)), b: contentStemSet(ctx.tokens(texts.b)) };
    for (const present of SIDES) {
      const absent = other(present);
      const extra = [...stems[present]].filter((s) => !stems[absent].has(s));
      if (extra.length < MIN_EXTRA_WORDS || extra.length < MIN_EXTRA_SHARE * stems[present].size) continue;
      if (stems[present].size < 1.5 * stems[absent].size) continue;
      const first = (present === "a" ? al.a : al.b)[0];
      if (!first) continue;
      flags.push({
        kind: "passage",
        missingFrom: absent,
        text: texts[present],
        countA: al.a.length,
        countB: al.b.length,
        severity: 0.6 * refSalience(ctx, present, first),
        passagesA: al.a.map((r) => r.index),
        passagesB: al.b.map((r) => r.index),
        note: `${label(absent)} covers this only in part; ${label(present)} says ${extra.length} more content words`,
        diff: al.diff,
        key: `passage:${absent}:partial:${textKey(texts[present], ctx.tokens)}`,
      });
    }
  }
  return flags;
}
