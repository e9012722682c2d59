/**
 * The story report's line on syndicated copies, one wording for every format
 * (the renderers escape it as their format needs): which article is a copy of
 * which, and how many independent reports that leaves, so the report's counts
 * ("reported by 3 of 6 sources") add up against its list of articles.
 */
import type { StoryReportModel } from "./model";
import { independentReports } from "./no-story-flags";

/** Null when no article is a copy of another. */
export function storyCopiesText(model: Pick<StoryReportModel, "articles">): string | null {
  const copies = model.articles.filter((a) => a.copyOf);
  if (copies.length === 0) return null;
  const reports = independentReports(model);
  const count = `${reports} independent report${reports === 1 ? "" : "s"} among the ${model.articles.length} articles`;
  return `${count}: a syndicated copy (the same or nearly the same text) counts as one report with its original. ${copies.map((a) => `${a.outlet} (article ${a.label}) is a copy of ${a.copyOf ?? ""}`).join("; ")}.`;
}
