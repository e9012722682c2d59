/**
 * The sources that are independent reports of a story: one per group of
 * copies, in the story's language. Its own module, with type imports only,
 * because the story page's client component uses it: the coverage model's
 * module reaches the whole analysis.
 */
import type { CoverageSourceView } from "./story-coverage-model";

export function reportSources<S extends Pick<CoverageSourceView, "copyOf" | "compared">>(sources: readonly S[]): S[] {
  return sources.filter((s) => s.copyOf === null && s.compared);
}
