/**
 * The report as Markdown, for pasting into notes and tickets. Removed words
 * are ~~struck through~~ and added words **bold**, which read the same in
 * plain text. All article text goes through escapeMarkdown.
 */
import type { DiffChunk } from "../types/comparison";
import { escapeCell, escapeMarkdown, markInline } from "./escape-markdown";
import { dayOf, hiddenItemsNote, IMPORTANCE_LABEL, KIND_LABEL, OMISSION_KIND_LABEL, omissionCountLine, percent, reviewAttribution, sideHeading, similaritySentence, sourceName, STATUS_LABEL, SUMMARY_HEADING, summaryByline, summaryParagraphs } from "./format-values";
import { reviewedBeforeTextChangeNote } from "./reviewed-before-change";
import type { ComparisonReportModel, FlagReview, ReportItem, ReportModel, ReportSource, ReportSummary, StoryItem, StoryReportModel } from "./model";
import { independentReports, noStoryFlagsText } from "./no-story-flags";
import { storyCopiesText } from "./story-copies";
import { safeHttpUrl } from "./safe-link";

function heading(level: number, text: string): string {
  return `${"#".repeat(Math.min(level, 6))} ${text}`;
}

function cell(text: string): string {
  return escapeCell(text);
}

function link(url: string | null | undefined): string {
  if (!url) return "—";
  const safe = safeHttpUrl(url);
  if (!safe) return `${escapeMarkdown(url)} (not linked: not a web address)`;
  return `[${escapeMarkdown(new URL(safe).host)}](<${safe}>)`;
}

export function diffMarkdown(diff: readonly DiffChunk[]): string {
  return diff
    .map(([op, text]) => (op === 0 ? escapeMarkdown(text) : markInline(text, op === -1 ? "~~" : "**")))
    .join("");
}

function sourcesTable(sources: readonly ReportSource[]): string[] {
  return [
    "| | Outlet | Title | Date | Link |",
    "|---|---|---|---|---|",
    ...sources.map((s) => `| ${s.label} | ${cell(s.name || s.outlet)} | ${cell(s.title)} | ${cell(dayOf(s.publishedAt))} | ${link(s.url)} |`),
  ];
}

function reviewText(review: FlagReview | undefined): string {
  return review
    ? `Review: **${STATUS_LABEL[review.status]}**${escapeMarkdown(reviewAttribution(review))}${review.note ? ` — ${escapeMarkdown(review.note)}` : ""}${staleText(review)}`
    : "Review: not reviewed";
}

/** " _Reviewed before Brackley Gazette's text changed (…)._" after a review made on an earlier text; "" otherwise. */
function staleText(review: FlagReview): string {
  return review.reviewedBeforeTextChange ? ` _${escapeMarkdown(reviewedBeforeTextChangeNote(review.reviewedBeforeTextChange))}._` : "";
}

function itemLines(item: ReportItem): string[] {
  const lead = item.flags[0];
  const head = `${item.number}. **${IMPORTANCE_LABEL[item.importance]}** · ${OMISSION_KIND_LABEL[item.kind]} “${escapeMarkdown(item.title)}”${item.reasons.length ? ` — ${escapeMarkdown(item.reasons.join("; "))}` : ""}`;
  const out = [head];
  if (lead?.diff && lead.diff.length > 0) out.push(`    Changed: ${diffMarkdown(lead.diff)}`);
  const others = item.flags.slice(1);
  if (others.length > 0) out.push(`    Grouped with it: ${others.map((f) => `${OMISSION_KIND_LABEL[f.kind]} “${escapeMarkdown(f.subject.length > 120 ? `${f.subject.slice(0, 120)}…` : f.subject)}”`).join("; ")}`);
  out.push(`    ${reviewText(item.review)}`);
  return out;
}

/**
 * Items as list entries under their own numbers. A Markdown renderer numbers a list's entries on from
 * its first ("1. 2. 4." shows as 1, 2, 3), so where the report leaves items out (dismissed, hidden) a
 * line says which, and the list starts again at the next item's number: the numbers stay the page's.
 */
function numberedItems<T extends { number: number }>(items: readonly T[], linesOf: (item: T) => string[]): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (previous && item.number > previous.number + 1) out.push("", `*${hiddenItemsNote(previous.number + 1, item.number - 1)}*`, "");
    out.push(...linesOf(item));
  });
  return out;
}

/** Each side's items: the first view (top items), then the rest under "More". Numbers run on across sides, as on the page. */
function itemsSection(model: ComparisonReportModel, level: number): string[] {
  const out: string[] = [heading(level, "What is missing"), ""];
  if (model.items.length === 0) {
    out.push(model.hiddenItems > 0 ? "All items were dismissed by the analyst." : "No omissions were flagged.", "");
    return out;
  }
  for (const side of ["b", "a"] as const) {
    const items = model.items.filter((i) => i.missingFrom === side);
    out.push(heading(level + 1, `${escapeMarkdown(sideHeading(side, model.sources))} (${items.length})`), "");
    if (items.length === 0) out.push("Nothing.", "");
    const top = items.filter((i) => i.top);
    const more = items.filter((i) => !i.top);
    out.push(...numberedItems(top, itemLines));
    if (more.length > 0) {
      out.push("", heading(level + 2, `More (${more.length})`), "");
      out.push(...numberedItems(more, itemLines));
    }
    out.push("");
  }
  return out;
}

function comparisonBody(model: ComparisonReportModel, level: number, full = true): string[] {
  const [a, b] = model.sources;
  const s = model.summary;
  const out: string[] = [heading(level, "Sources"), "", ...sourcesTable(model.sources), ""];

  out.push(heading(level, "Summary"), "");
  out.push(`- ${escapeMarkdown(similaritySentence(s.similarity))}.`);
  out.push(`- Shared passages (identical or near-identical): ${s.shared}`);
  out.push(`- Changed passages (reworded or partial): ${s.changed}${s.moved > 0 ? `, of which moved: ${s.moved}` : ""}`);
  out.push(`- Only in A (${escapeMarkdown(sourceName(a))}): ${s.onlyA} of ${s.passagesA} passages; only in B (${escapeMarkdown(sourceName(b))}): ${s.onlyB} of ${s.passagesB}`);
  if (s.languages) out.push(`- ${escapeMarkdown(s.languages)}`);
  out.push(`- ${omissionCountLine({ items: model.items.length, flags: s.flags, hiddenItems: model.hiddenItems, hiddenDismissed: model.hiddenDismissed })}`, "");

  out.push(...itemsSection(model, level));
  if (!full) return out;

  out.push(heading(level, "Redline"), "");
  out.push(`Legend: ~~struck through~~ = only in A (${escapeMarkdown(sourceName(a))}); **bold** = only in B (${escapeMarkdown(sourceName(b))}). Pairs are numbered as in the HTML and PDF reports.`, "");
  if (model.pairs.length === 0) out.push("No passages were matched.", "");
  model.pairs.forEach((pair, i) => {
    out.push(`${i + 1}. **${KIND_LABEL[pair.kind]}** (${percent(pair.score)})${pair.moved ? ", moved" : ""}`);
    if (pair.kind === "identical") out.push(`   - Both: ${escapeMarkdown(pair.aText)}`);
    else {
      out.push(`   - A: ${escapeMarkdown(pair.aText)}`);
      out.push(`   - B: ${escapeMarkdown(pair.bText)}`);
      out.push(`   - Changes: ${diffMarkdown(pair.diff)}`);
    }
  });
  out.push("");
  for (const [side, passages] of [["A", model.onlyA], ["B", model.onlyB]] as const) {
    if (passages.length === 0) continue;
    const source = side === "A" ? a : b;
    out.push(heading(level, `Only in ${side} (${escapeMarkdown(sourceName(source))})`), "");
    for (const p of passages) out.push(`- Passage ${p.index + 1}: ${escapeMarkdown(p.text)}`);
    out.push("");
  }
  return out;
}

function renderComparison(model: ComparisonReportModel): string[] {
  const [a, b] = model.sources;
  return [
    heading(1, `Comparison: ${escapeMarkdown(sourceName(a))} vs ${escapeMarkdown(sourceName(b))}`),
    ...(model.story ? ["", `Story: ${escapeMarkdown(model.story)}`] : []),
    ...(model.generatedAt ? ["", `Generated ${escapeMarkdown(model.generatedAt)} by Lacuna.`] : []),
    "",
    ...comparisonBody(model, 2),
  ];
}

/**
 * The analyst's summary: their paragraphs, each line escaped as article text is (no HTML, links or
 * emphasis they did not type as text), line breaks kept so a list they typed stays a list.
 */
function summaryLines(summary: ReportSummary): string[] {
  const byline = summaryByline(summary);
  return [
    heading(2, SUMMARY_HEADING),
    "",
    ...summaryParagraphs(summary.text).flatMap((lines) => [...lines.map(escapeMarkdown), ""]),
    ...(byline ? [`*${escapeMarkdown(byline)}*`, ""] : []),
  ];
}

function storyItemLines(item: StoryItem): string[] {
  const kind = item.kind ? ` · ${OMISSION_KIND_LABEL[item.kind]}` : "";
  const out = [`${item.number}. **${IMPORTANCE_LABEL[item.importance]}**${kind}: ${escapeMarkdown(item.text)}${item.reasons?.length ? ` — ${escapeMarkdown(item.reasons.join("; "))}` : ""}`];
  const others = item.flags.slice(1);
  if (others.length > 0) out.push(`    Grouped with it: ${others.map((f) => `${f.kind ? `${OMISSION_KIND_LABEL[f.kind]} ` : ""}“${escapeMarkdown(f.subject.length > 120 ? `${f.subject.slice(0, 120)}…` : f.subject)}”`).join("; ")}`);
  if (item.review) out.push(`    ${reviewText(item.review)}`);
  return out;
}

/** The story's items as the story page lists them: the first view, then the rest under "More"; dismissed ones counted. */
function storyItemsSection(model: StoryReportModel): string[] {
  const out: string[] = [heading(2, "Left out across the story"), ""];
  if (model.items.length === 0 && model.hiddenItems === 0) return [...out, noStoryFlagsText(independentReports(model)), ""];
  out.push(omissionCountLine({ items: model.items.length, flags: model.flags.length, hiddenItems: model.hiddenItems, hiddenDismissed: model.hiddenDismissed }), "");
  if (model.items.length === 0) return [...out, "All items were dismissed by the analyst.", ""];
  const more = model.items.filter((i) => !i.top);
  out.push(...numberedItems(model.items.filter((i) => i.top), storyItemLines));
  if (more.length > 0) {
    out.push("", heading(3, `More (${more.length})`), "");
    out.push(...numberedItems(more, storyItemLines));
  }
  out.push("");
  return out;
}

function renderStory(model: StoryReportModel): string[] {
  const out: string[] = [heading(1, `Story: ${escapeMarkdown(model.title)}`), ""];
  if (model.generatedAt) out.push(`Generated ${escapeMarkdown(model.generatedAt)} by Lacuna.`, "");
  if (model.summary) out.push(...summaryLines(model.summary));
  out.push(heading(2, `Articles (${model.articles.length})`), "", ...sourcesTable(model.articles), "");
  const copies = storyCopiesText(model);
  if (copies) out.push(escapeMarkdown(copies), "");
  if (model.languageNote) out.push(`> ${escapeMarkdown(model.languageNote)}`, "");
  out.push(...storyItemsSection(model));
  if (model.coverage.length > 0) {
    out.push(heading(2, "Coverage matrix"), "", "Gaps first. A number is how many times the article mentions the name (or reports the passage); **—** means it leaves it out; n/a, that the article is not compared (its language). Columns are the articles numbered as above.", "");
    out.push(`| Name or passage | ${model.articles.map((a) => `${a.label} ${cell(sourceName(a))}`).join(" | ")} |`);
    out.push(`|---|${model.articles.map(() => "---:").join("|")}|`);
    for (const row of model.coverage) out.push(`| ${cell(row.label)} | ${row.counts.map((c) => (c === null ? "n/a" : c === 0 ? "**—**" : String(c))).join(" | ")} |`);
    out.push("");
  }
  model.comparisons.forEach((c) => {
    const [a, b] = c.sources;
    out.push(heading(2, `Comparison: ${escapeMarkdown(sourceName(a))} vs ${escapeMarkdown(sourceName(b))}`), "", ...comparisonBody(c, 3, model.detail === "full"));
  });
  if (model.comparisons.length > 0 && model.detail === "summary") out.push("", "Each comparison's full redline is in its own comparison report.");
  return out;
}

export function renderMarkdown(model: ReportModel): string {
  const lines = model.type === "comparison" ? renderComparison(model) : renderStory(model);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
