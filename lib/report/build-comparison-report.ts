/**
 * Comparison + the analyst's reviews → the report model. The one place that
 * decides what a report shows: the omission items in the order the analyst
 * sees them (B's gaps, then A's, each side by rank), the top items of each
 * side first and the rest after, dismissed items hidden or not, the summary
 * counts. Items keep the numbers the compare page gives them
 * (lib/omissions/item-numbers.ts), hidden ones leaving a gap, and flags carry
 * the number of their item, in every format.
 */
import type { Comparison, Omission, OmissionItem } from "../types/comparison";
import { importanceOf, type ComparisonReportModel, type FlagReview, type ReportFlag, type ReportItem, type ReviewMap } from "./model";
import { joinRefs } from "../compare/join-refs";
import { FIRST_VIEW_ITEMS } from "../omissions/first-view";
import { ITEM_SIDE_ORDER, numberItems } from "../omissions/item-numbers";
import { itemReviewKey } from "./item-review";
import { nameSides } from "./name-sides";
import { sourceName } from "./format-values";
import { languageNote } from "../compare/language-note";
import { pairLabels, type SideLabels } from "../compare/source-labels";

/** Items per side in the first view, as on the compare page. */
export const TOP_ITEMS_PER_SIDE = FIRST_VIEW_ITEMS;

export interface ComparisonReportMeta {
  /** ISO timestamp; passed in because the core has no clock. */
  generatedAt: string;
  /** Leave out flags the analyst dismissed (they are counted in `hiddenDismissed`). */
  hideDismissed?: boolean;
  /** The story both articles belong to, when they share one. */
  story?: string | null;
  /**
   * How to name the two sides: the names the comparison was analysed with
   * (AnalyseOptions.labels: a story report's numbered labels), as its reasons
   * already say them; by default the pair's own rule, the analysis's default
   * too (lib/compare/source-labels.ts: the outlets, told apart when they are one).
   */
  names?: SideLabels;
}

function subjectOf(omission: Omission): string {
  return omission.term ?? omission.text ?? "";
}

function toFlag(omission: Omission, review: FlagReview | undefined, itemNumber: number | null): ReportFlag {
  return {
    key: omission.key,
    kind: omission.kind,
    importance: importanceOf(omission.severity),
    severity: omission.severity,
    missingFrom: omission.missingFrom,
    subject: subjectOf(omission),
    note: omission.note,
    countA: omission.countA,
    countB: omission.countB,
    diff: omission.diff,
    review,
    itemNumber,
  };
}

/** A comparison made before items existed has flags only: each flag is then its own item. */
function itemsOf(comparison: Comparison): OmissionItem[] {
  if (comparison.items.length > 0 || comparison.omissions.length === 0) return comparison.items;
  return comparison.omissions.map((o) => ({
    id: o.key,
    missingFrom: o.missingFrom,
    kind: o.kind,
    title: subjectOf(o).slice(0, 120),
    salience: o.severity,
    importance: importanceOf(o.severity),
    reasons: o.note ? [o.note] : [],
    flags: [o.key],
    evidence: o.missingFrom === "b" ? o.passagesA : o.passagesB,
    related: o.missingFrom === "b" ? o.passagesB : o.passagesA,
  }));
}

export function buildComparisonReport(comparison: Comparison, reviews: ReviewMap, meta: ComparisonReportMeta): ComparisonReportModel {
  const isHidden = (key: string) => meta.hideDismissed === true && reviews.get(key)?.status === "dismissed";
  const byKey = new Map(comparison.omissions.map((o) => [o.key, o]));
  const labels = meta.names ?? pairLabels({ ...comparison.a, outlet: sourceName({ ...comparison.a, label: "A" }) }, { ...comparison.b, outlet: sourceName({ ...comparison.b, label: "B" }) });
  // The analysis names each side as the view does (analysePrepared's labels); a side it knew no name for is its letter
  // ("3 mentions in A"), which the report names by the article's title.
  const relabel = (reason: string) => nameSides(reason, labels);
  const all = itemsOf(comparison);
  // Numbered before any is hidden, so "item 7" is the page's item 7 whatever the report leaves out.
  const numbers = numberItems(all);
  const sides = ITEM_SIDE_ORDER.map((side) => all.filter((item) => item.missingFrom === side));
  const items: ReportItem[] = [];
  let hiddenItems = 0;
  const hiddenItemIds = new Set<string>();
  for (const list of sides) {
    let rank = 0;
    for (const item of list) {
      const reviewKey = itemReviewKey(item, (key) => reviews.has(key));
      if (isHidden(reviewKey)) {
        hiddenItems++;
        hiddenItemIds.add(item.id);
        continue;
      }
      const number = numbers.get(item.id)!;
      const flags = item.flags
        .filter((key) => !isHidden(key))
        .map((key) => byKey.get(key))
        .filter((o): o is Omission => o !== undefined)
        .map((o) => toFlag(o, reviews.get(o.key), number));
      items.push({
        id: item.id,
        number,
        missingFrom: item.missingFrom,
        kind: item.kind,
        // A passage item is read by its whole passage, not a clipped opening.
        title: item.kind === "passage" && flags[0]?.kind === "passage" ? flags[0].subject : item.title,
        importance: item.importance,
        reasons: item.reasons.map(relabel),
        flags,
        review: reviews.get(reviewKey),
        top: rank++ < TOP_ITEMS_PER_SIDE,
      });
    }
  }
  // Flags in item order; a flag no item names (none should) still goes in, at the end.
  const inItems = new Set(items.flatMap((i) => i.flags.map((f) => f.key)));
  const hiddenKeys = new Set(comparison.omissions.filter((o) => isHidden(o.key) || (o.item !== undefined && hiddenItemIds.has(o.item))).map((o) => o.key));
  const flags = [
    ...items.flatMap((i) => i.flags),
    ...comparison.omissions.filter((o) => !inItems.has(o.key) && !hiddenKeys.has(o.key)).map((o) => toFlag(o, reviews.get(o.key), null)),
  ];
  const shownReviews: Record<string, FlagReview> = {};
  for (const f of flags) if (f.review) shownReviews[f.key] = f.review;
  const { stats } = comparison;
  // The numbers every format shows, for the JSON export's omissions and items.
  const itemNumbers = new Map(items.map((i) => [i.id, i.number]));
  const flagNumbers = new Map(flags.map((f) => [f.key, f.itemNumber]));
  return {
    type: "comparison",
    title: comparison.a.title || comparison.b.title || "Untitled comparison",
    story: meta.story ?? null,
    generatedAt: meta.generatedAt,
    sources: [
      { ...comparison.a, label: "A", name: labels.a },
      { ...comparison.b, label: "B", name: labels.b },
    ],
    summary: {
      // Two languages: not compared, and 0% would read as "nothing in common".
      similarity: comparison.crossLanguage ? null : comparison.similarity,
      passagesA: stats.passagesA,
      passagesB: stats.passagesB,
      shared: stats.identical + stats.near,
      changed: stats.paraphrase + stats.partial,
      moved: stats.moved,
      onlyA: stats.onlyA,
      onlyB: stats.onlyB,
      flags: flags.length,
      languages: languageNote(comparison, labels),
    },
    flags,
    items,
    hiddenDismissed: comparison.omissions.length - flags.length,
    hiddenItems,
    pairs: comparison.alignments.map((al) => ({
      kind: al.kind,
      score: al.score,
      moved: al.moved,
      aText: joinRefs(al.a),
      bText: joinRefs(al.b),
      diff: al.diff,
    })),
    onlyA: comparison.onlyA,
    onlyB: comparison.onlyB,
    comparison: {
      ...comparison,
      omissions: comparison.omissions.filter((o) => flagNumbers.has(o.key)).map((o) => ({ ...o, itemNumber: flagNumbers.get(o.key) ?? null })),
      items: comparison.items.flatMap((i) => {
        const number = itemNumbers.get(i.id);
        return number === undefined ? [] : [{ ...i, flags: i.flags.filter((k) => !isHidden(k)), number }];
      }),
    },
    reviews: shownReviews,
  };
}
