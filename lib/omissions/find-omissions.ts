/**
 * What each source leaves out: passages, entities, quotes and figures present
 * in one article and missing or changed in the other, most severe first.
 */
import { headlineReader } from "../entities/headline-names";
import type { Omission, Side } from "../types/comparison";
import type { PassageCover } from "./passage-cover";
import { entityIndexFor, resolveEntitiesAcross } from "../entities/resolve-entities";
import { unreadDocument } from "../entities/find-mentions";
import { sharedTokens } from "../entities/token-memo";
import { ArticleReading } from "./article-reading";
import { entityOmissions } from "./entity-omissions";
import { numberOmissions } from "./number-omissions";
import { other, type OmissionContext, type OmissionInput, type OmissionOptions } from "./omission-input";
import { passageOmissions } from "./passage-omissions";
import { withPartnerCover } from "./partner-cover";
import { quoteOmissions } from "./quote-omissions";
import { groupOmissionItems, type GroupedOmissions } from "./omission-items";
import { compareCodeUnits } from "../text/code-unit-order";
import { sameLanguage } from "../text/language";

export type { OmissionInput, OmissionOptions } from "./omission-input";

export function buildOmissionContext(input: OmissionInput, options: OmissionOptions = {}): OmissionContext {
  const readings = { a: input.a.reading ?? new ArticleReading(input.a.passages), b: input.b.reading ?? new ArticleReading(input.b.passages) };
  // Texts of either article are tokenised once, in that article's reading; any other text (a name, a headline) once in a shared memo.
  const tokens = (text: string) => readings.a.knownTokens(text) ?? readings.b.knownTokens(text) ?? sharedTokens(text);
  const fold = options.foldAliases !== false;
  const index = entityIndexFor({ aliases: options.aliases, foldAliases: fold });
  // Names are compared only between two English articles: the other language's are not read (and a name
  // read on the English side only would be "missing" from the other wherever it is translated).
  const readsNames = readings.a.language.english && readings.b.language.english;
  const entities = resolveEntitiesAcross([input.a.passages, input.b.passages], {
    aliases: options.aliases,
    foldAliases: fold,
    index,
    scanned: readsNames
      ? [readings.a.scanned(index), readings.b.scanned(index)]
      : [unreadDocument(input.a.passages.length), unreadDocument(input.b.passages.length)],
  });
  const entitiesPerPassage: Record<Side, Map<number, number>> = { a: new Map(), b: new Map() };
  for (const e of entities) {
    (["a", "b"] as const).forEach((side, i) => {
      for (const p of e.passages[i] ?? []) entitiesPerPassage[side].set(p, (entitiesPerPassage[side].get(p) ?? 0) + 1);
    });
  }
  // Worked out on first use: the name finder alone (the entity evaluation) never needs it.
  const paired: Record<Side, Map<number, number[]>> = { a: new Map(), b: new Map() };
  for (const pair of input.alignments) {
    for (const p of pair.a) paired.a.set(p.index, [...(paired.a.get(p.index) ?? []), ...pair.b.map((q) => q.index)]);
    for (const q of pair.b) paired.b.set(q.index, [...(paired.b.get(q.index) ?? []), ...pair.a.map((p) => p.index)]);
  }
  const covers: Partial<Record<Side, readonly PassageCover[]>> = {};
  const coverOf = (side: Side): readonly PassageCover[] => {
    const elsewhere = input[other(side)].passages;
    const positions = new Map(elsewhere.map((p, j) => [p.index, j]));
    return (covers[side] ??= input[side].passages.map((p) => {
      const words = readings[side].saidWords(p.text);
      const cover = readings[other(side)].coverIndex().cover(words);
      // Its aligned partner, read with the name of its speaker (partner-cover.ts).
      const partners = (paired[side].get(p.index) ?? []).map((i) => positions.get(i) ?? -1).filter((j) => j >= 0);
      return withPartnerCover(cover, p.text, words, readings[side], partners, readings[other(side)], elsewhere);
    }));
  };
  const cover = {
    get a() {
      return coverOf("a");
    },
    get b() {
      return coverOf("b");
    },
  };
  const outlets = { a: input.a.outlet?.trim() ?? "", b: input.b.outlet?.trim() ?? "" };
  return {
    passages: { a: input.a.passages, b: input.b.passages },
    readings,
    entities,
    entitiesPerPassage,
    options,
    tokens,
    cover,
    paired,
    outlets,
    names: sideNames(input),
    titles: { a: input.a.title, b: input.b.title },
    inHeadline: { a: headlineReader(input.a.title, index), b: headlineReader(input.b.title, index) },
  };
}

/** The labels the caller gives; else each outlet, or its letter, and two of one name (two pieces of one paper) told apart by their letters. */
function sideNames(input: OmissionInput): Record<Side, string> {
  const names = { a: input.a.outlet?.trim() || "A", b: input.b.outlet?.trim() || "B" };
  if (names.a === names.b) Object.assign(names, { a: `${names.a} (A)`, b: `${names.b} (B)` });
  return { a: input.a.label ?? names.a, b: input.b.label ?? names.b };
}

/** Every flag, grouped into the items an analyst reads and ranked (omission-items.ts). */
export function findOmissionItems(input: OmissionInput, options: OmissionOptions = {}): GroupedOmissions {
  const ctx = buildOmissionContext(input, options);
  return groupOmissionItems(flagsOf(input, ctx), ctx);
}

export function findOmissions(input: OmissionInput, options: OmissionOptions = {}): Omission[] {
  const ctx = buildOmissionContext(input, options);
  const sorted = flagsOf(input, ctx).sort((x, y) => y.severity - x.severity || compareCodeUnits(x.key, y.key));
  return options.limit !== undefined ? sorted.slice(0, Math.max(0, options.limit)) : sorted;
}

/** The context and every flag, ungrouped (for experiments that read the grouping's inputs). */
export function findOmissionFlags(input: OmissionInput, options: OmissionOptions = {}): { ctx: OmissionContext; flags: Omission[] } {
  const ctx = buildOmissionContext(input, options);
  return { ctx, flags: flagsOf(input, ctx) };
}

function flagsOf(input: OmissionInput, ctx: OmissionContext): Omission[] {
  // Passages are matched by their words and nothing is translated: across two languages every passage
  // would be "left out". Such a pair has no omissions, and the comparison says why (lib/compare/language-note.ts).
  if (!sameLanguage(ctx.readings.a.language, ctx.readings.b.language)) return [];
  const facts = [...entityOmissions(ctx), ...quoteOmissions(ctx)];
  const passages = passageOmissions(ctx, facts);
  // Figures are looked for where the other side reports the passage (elsewhere the passage flag carries them).
  const flagged = { a: new Set<number>(), b: new Set<number>() };
  for (const f of passages) for (const i of f.missingFrom === "b" ? f.passagesA : f.passagesB) flagged[other(f.missingFrom)].add(i);
  const numbers = numberOmissions(ctx, (side, position) => !flagged[side].has(ctx.passages[side][position]?.index ?? -1));
  const all = [...passages, ...facts, ...numbers];
  // One flag per key: a passage repeated word for word is one omission, at its highest severity.
  const byKey = new Map<string, Omission>();
  for (const f of all) {
    const seen = byKey.get(f.key);
    if (!seen) byKey.set(f.key, f);
    else
      byKey.set(f.key, {
        ...(f.severity > seen.severity ? f : seen),
        passagesA: [...new Set([...seen.passagesA, ...f.passagesA])].sort((x, y) => x - y),
        passagesB: [...new Set([...seen.passagesB, ...f.passagesB])].sort((x, y) => x - y),
      });
  }
  return [...byKey.values()];
}
