/**
 * The figures of the story page's Articles table as text: an article's
 * "Shared with others" and its figure with each other article beside the
 * "Compare with" link. A pair in two languages is not compared, so it shows
 * the not-compared marker, never "0%" (lib/compare/shared-with-others.ts).
 */
import type { PairShare } from "@/lib/compare/shared-with-others";
import { NOT_COMPARED_OTHER_LANGUAGE } from "@/lib/compare/not-compared-label";
import { formatPercent } from "../format";

export interface SharedFigureText {
  text: string;
  /** True for the marker of articles in different languages (shown apart, with why). */
  notCompared: boolean;
}

const notCompared: SharedFigureText = { text: NOT_COMPARED_OTHER_LANGUAGE, notCompared: true };

/** Beside a "Compare with" link: "32%", the marker for a pair in two languages, or null when there is no figure. */
export function pairShareText(share: PairShare): SharedFigureText | null {
  if (share === "other-language") return notCompared;
  return share === null ? null : { text: formatPercent(share), notCompared: false };
}

/**
 * The "Shared with others" cell: the mean over the articles compared with it, the marker when every
 * other article is in another language (none is compared), "—" when no figure is computed.
 */
export function sharedWithOthersText(shared: { meanSimilarity: number | null; notComparedWith: number }): SharedFigureText {
  if (shared.meanSimilarity !== null) return { text: formatPercent(shared.meanSimilarity), notCompared: false };
  return shared.notComparedWith > 0 ? notCompared : { text: "—", notCompared: false };
}
