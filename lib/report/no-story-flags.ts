/**
 * What the story page and the story reports say when nothing is flagged
 * across the story. Story flags need a majority of independent reports to
 * carry something (lib/omissions/coverage.ts), which two reports can never
 * give one of them alone: saying "nothing is missing" there would hide what
 * the pair's comparison shows, so the sentence points to it instead.
 */
import type { StoryReportModel } from "./model";

export function noStoryFlagsText(reports: number): string {
  if (reports <= 1) return "There is one independent report here, so nothing can be left out across the story yet: add another outlet's report of the event.";
  if (reports === 2) return "With two independent reports, nothing is carried by a majority and missing from the rest: what each one leaves out is in the comparison of the two.";
  return "Nothing that most sources report is missing from any of them.";
}

/** A story report's independent reports: its articles less the copies of another's text and those not compared (another language). */
export function independentReports(model: Pick<StoryReportModel, "articles">): number {
  return model.articles.filter((article) => !article.copyOf && article.compared !== false).length;
}
