/**
 * Comparison + the analyst's reviews → the report model. The one place that
 * decides what a report shows: flag order, dismissed flags hidden or not, the
 * summary counts.
 */
import type { Comparison, Omission } from "../types/comparison";
import { importanceOf, type ComparisonReportModel, type FlagReview, type ReportFlag, type ReviewMap } from "./model";
import { compareCodeUnits } from "../text/code-unit-order";
import { joinRefs } from "../compare/join-refs";

export interface ComparisonReportMeta {
  /** ISO timestamp; passed in because the core has no clock. */
  generatedAt: string;
  /** Leave out flags the analyst dismissed (they are counted in `hiddenDismissed`). */
  hideDismissed?: boolean;
}

function subjectOf(omission: Omission): string {
  return omission.term ?? omission.text ?? "";
}

function toFlag(omission: Omission, review: FlagReview | undefined): ReportFlag {
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
  };
}

export function buildComparisonReport(comparison: Comparison, reviews: ReviewMap, meta: ComparisonReportMeta): ComparisonReportModel {
  const isHidden = (o: Omission) => meta.hideDismissed === true && reviews.get(o.key)?.status === "dismissed";
  const shown = comparison.omissions.filter((o) => !isHidden(o));
  // Highest severity first; the key breaks ties so the order never depends on the input's.
  const ordered = [...shown].sort((x, y) => y.severity - x.severity || compareCodeUnits(x.key, y.key));
  const shownReviews: Record<string, FlagReview> = {};
  for (const o of ordered) {
    const review = reviews.get(o.key);
    if (review) shownReviews[o.key] = review;
  }
  const { stats } = comparison;
  return {
    type: "comparison",
    title: comparison.a.title || comparison.b.title || "Untitled comparison",
    generatedAt: meta.generatedAt,
    sources: [
      { ...comparison.a, label: "A" },
      { ...comparison.b, label: "B" },
    ],
    summary: {
      similarity: comparison.similarity,
      passagesA: stats.passagesA,
      passagesB: stats.passagesB,
      shared: stats.identical + stats.near,
      changed: stats.paraphrase + stats.partial,
      moved: stats.moved,
      onlyA: stats.onlyA,
      onlyB: stats.onlyB,
      flags: ordered.length,
    },
    flags: ordered.map((o) => toFlag(o, reviews.get(o.key))),
    hiddenDismissed: comparison.omissions.length - shown.length,
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
    comparison: { ...comparison, omissions: comparison.omissions.filter((o) => !isHidden(o)) },
    reviews: shownReviews,
  };
}
