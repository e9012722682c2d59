/**
 * What each source leaves out: passages, entities, quotes and figures present
 * in one article and missing or changed in the other, most severe first.
 */
import type { Omission, Side } from "../types/comparison";
import { entityIndexFor, resolveEntitiesAcross } from "../entities/resolve-entities";
import { memoTokenizer } from "../entities/token-memo";
import { ArticleReading } from "./article-reading";
import { entityOmissions } from "./entity-omissions";
import { numberOmissions } from "./number-omissions";
import type { OmissionContext, OmissionInput, OmissionOptions } from "./omission-input";
import { partialPassageOmissions, unmatchedPassageOmissions } from "./passage-omissions";
import { quoteOmissions } from "./quote-omissions";
import { compareCodeUnits } from "../text/code-unit-order";

export type { OmissionInput, OmissionOptions } from "./omission-input";

export function buildOmissionContext(input: OmissionInput, options: OmissionOptions = {}): OmissionContext {
  const readings = { a: input.a.reading ?? new ArticleReading(input.a.passages), b: input.b.reading ?? new ArticleReading(input.b.passages) };
  // Texts of either article are tokenised once, in that article's reading; any other text once per comparison.
  const others = memoTokenizer();
  const tokens = (text: string) => readings.a.knownTokens(text) ?? readings.b.knownTokens(text) ?? others(text);
  const fold = options.foldAliases !== false;
  const index = entityIndexFor({ aliases: options.aliases, foldAliases: fold });
  const entities = resolveEntitiesAcross([input.a.passages, input.b.passages], {
    aliases: options.aliases,
    foldAliases: fold,
    index,
    scanned: [readings.a.scanned(index), readings.b.scanned(index)],
  });
  const entitiesPerPassage: Record<Side, Map<number, number>> = { a: new Map(), b: new Map() };
  for (const e of entities) {
    (["a", "b"] as const).forEach((side, i) => {
      for (const p of e.passages[i] ?? []) entitiesPerPassage[side].set(p, (entitiesPerPassage[side].get(p) ?? 0) + 1);
    });
  }
  return { passages: { a: input.a.passages, b: input.b.passages }, readings, entities, entitiesPerPassage, options, tokens };
}

export function findOmissions(input: OmissionInput, options: OmissionOptions = {}): Omission[] {
  const ctx = buildOmissionContext(input, options);
  const all = [
    ...unmatchedPassageOmissions(ctx, input.onlyA, input.onlyB),
    ...partialPassageOmissions(ctx, input.alignments),
    ...entityOmissions(ctx),
    ...quoteOmissions(ctx),
    ...numberOmissions(input.alignments, ctx.tokens),
  ];
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
  const sorted = [...byKey.values()].sort((x, y) => y.severity - x.severity || compareCodeUnits(x.key, y.key));
  return options.limit !== undefined ? sorted.slice(0, Math.max(0, options.limit)) : sorted;
}
