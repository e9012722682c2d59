/** How numbers and labels read in every format, so Markdown, HTML and PDF say the same thing. */
import type { AlignmentKind, Importance, OmissionKind, Side } from "../types/comparison";
import { NOT_COMPARED_OTHER_LANGUAGE, NOT_COMPARED_WHY } from "../compare/not-compared-label";
import type { ReportSource, ReviewStatus } from "./model";

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** How a report names a source: its distinguishing name, else its outlet, else its title. */
export function sourceName(source: ReportSource): string {
  return source.name || source.outlet || source.title || `Source ${source.label}`;
}

export function missingFromLabel(side: Side, sources: readonly [ReportSource, ReportSource]): string {
  const [a, b] = sources;
  return side === "a" ? `missing from A (${sourceName(a)})` : `missing from B (${sourceName(b)})`;
}

export const KIND_LABEL: Readonly<Record<AlignmentKind, string>> = {
  identical: "identical",
  near: "near-identical",
  paraphrase: "paraphrase",
  partial: "partial match",
};

export const STATUS_LABEL: Readonly<Record<ReviewStatus, string>> = {
  confirmed: "confirmed",
  dismissed: "dismissed",
  "needs-check": "needs check",
};

/** "2026-12-07 01:50 UTC" from an ISO timestamp; "" when it is not one. */
function utcMinute(at: string | undefined): string {
  return at && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : "";
}

/** " (alice, 2026-12-04 21:04 UTC)": who set a review and when, for the formats that print it inline; "" when neither is known. */
export function reviewAttribution(review: { by?: string; at?: string }): string {
  const parts = [review.by, utcMinute(review.at)].filter(Boolean);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** The heading of the analyst's summary in every story report. */
export const SUMMARY_HEADING = "Analyst's summary";

/** The summary's paragraphs: blank lines part them; single line breaks stay inside one (a list the analyst typed). */
export function summaryParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split("\n").map((line) => line.trimEnd()).filter((line) => line.trim() !== ""))
    .filter((lines) => lines.length > 0);
}

/** "Saved by demo, 2026-12-07 01:50 UTC." under the summary. */
export function summaryByline(summary: { author: string | null; savedAt: string }): string {
  const parts = [summary.author ? `by ${summary.author}` : "", utcMinute(summary.savedAt)].filter(Boolean);
  return parts.length ? `Saved ${parts.join(", ")}.` : "";
}

/** "2021-05-04" from an ISO date or timestamp; the input unchanged when it is not one. */
export function dayOf(date: string | null | undefined): string {
  if (!date) return "";
  const match = /^\d{4}-\d{2}-\d{2}/.exec(date);
  return match ? match[0] : date;
}

/** What an omission is, in the words the page uses ("figure": a story's figure some sources leave out). */
export const OMISSION_KIND_LABEL: Readonly<Record<OmissionKind | "figure", string>> = {
  passage: "Passage",
  entity: "Name",
  quote: "Quote",
  number: "Number",
  conflict: "Figures differ",
  figure: "Figure",
};

export const IMPORTANCE_LABEL: Readonly<Record<Importance, string>> = { high: "High", medium: "Medium", low: "Low" };

/** "Missing from B (Kyodo News), reported by A (ANI)": the heading of one side's items. */
export function sideHeading(side: Side, sources: readonly [ReportSource, ReportSource]): string {
  const [a, b] = sources;
  return side === "b" ? `Missing from ${sourceName(b)} (B), reported by ${sourceName(a)} (A)` : `Missing from ${sourceName(a)} (A), reported by ${sourceName(b)} (B)`;
}

/** The similarity figure in plain words, the same sentence in every format; null: two languages, not compared. */
export function similaritySentence(share: number | null): string {
  if (share === null) return `Shared: ${NOT_COMPARED_OTHER_LANGUAGE}. ${NOT_COMPARED_WHY.replace(/\.$/, "")}`;
  return `${percent(share)} shared: the share of the two articles' content (words weighted by how telling they are) that sits in passages both report, counted by how closely those passages match`;
}

/** "s" after a count other than one. */
function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "Item 3 dismissed, not listed": what a gap in a report's numbers stands for (items keep the page's numbers). */
export function hiddenItemsNote(first: number, last: number): string {
  return first === last ? `Item ${first} dismissed, not listed.` : `Items ${first}–${last} dismissed, not listed.`;
}

/**
 * "Omissions: 3 items (4 flags) (1 dismissed item hidden) (2 dismissed flags hidden)": how many
 * omissions a report lists and how many the analyst's dismissals left out, the same line for a
 * comparison and a story in every format, so a reader knows the list is not all there is.
 */
export function omissionCountLine(counts: { items: number; flags: number; hiddenItems: number; hiddenDismissed: number }): string {
  const hidden = [
    counts.hiddenItems > 0 ? ` (${plural(counts.hiddenItems, "dismissed item")} hidden)` : "",
    counts.hiddenDismissed > 0 ? ` (${plural(counts.hiddenDismissed, "dismissed flag")} hidden)` : "",
  ].join("");
  return `Omissions: ${plural(counts.items, "item")} (${plural(counts.flags, "flag")})${hidden}`;
}

