/**
 * The report as JSON: for a comparison, the documented comparison format
 * (docs/comparison-format.md) with the analyst's reviews beside it, keyed by
 * flag key; for a story, the story model. Dismissed flags are absent from both
 * when the report hides them. Omissions, items and story flags carry the item
 * numbers the other formats show.
 */
import type { ComparisonReportModel, ReportModel } from "./model";
import { sourceName } from "./format-values";

export const REPORT_JSON_FORMAT = "lacuna-report/1";

/** How the other formats name the two sides: the outlets, told apart when they are one outlet ("Brackley Gazette (6 Dec)"). */
function namesOf(model: ComparisonReportModel): { a: string; b: string } {
  return { a: sourceName(model.sources[0]), b: sourceName(model.sources[1]) };
}

export function renderJson(model: ReportModel): string {
  if (model.type === "comparison") {
    return (
      JSON.stringify(
        {
          format: REPORT_JSON_FORMAT,
          type: "comparison",
          generatedAt: model.generatedAt,
          hiddenDismissed: model.hiddenDismissed,
          names: namesOf(model),
          comparison: model.comparison,
          reviews: model.reviews,
        },
        null,
        2,
      ) + "\n"
    );
  }
  return (
    JSON.stringify(
      {
        format: REPORT_JSON_FORMAT,
        type: "story",
        generatedAt: model.generatedAt,
        title: model.title,
        summary: model.summary,
        articles: model.articles,
        coverage: model.coverage,
        hiddenDismissed: model.hiddenDismissed,
        hiddenItems: model.hiddenItems,
        // The items as the story page and the other formats list and number them; their flags by key (in `flags`).
        items: model.items.map(({ flags, ...item }) => ({ ...item, flags: flags.map((f) => f.key) })),
        flags: model.flags,
        comparisons: model.comparisons.map((c) => ({ hiddenDismissed: c.hiddenDismissed, names: namesOf(c), comparison: c.comparison, reviews: c.reviews })),
      },
      null,
      2,
    ) + "\n"
  );
}
