/**
 * The report as Markdown, for pasting into notes and tickets. Removed words
 * are ~~struck through~~ and added words **bold**, which read the same in
 * plain text. All article text goes through escapeMarkdown.
 */
import type { DiffChunk } from "../types/comparison";
import { escapeMarkdown, markInline } from "./escape-markdown";
import { dayOf, KIND_LABEL, missingFromLabel, percent, reviewAttribution, sourceName, STATUS_LABEL } from "./format-values";
import type { ComparisonReportModel, Importance, ReportFlag, ReportModel, ReportSource, StoryReportModel } from "./model";
import { safeHttpUrl } from "./safe-link";

const IMPORTANCE_ORDER: readonly Importance[] = ["high", "medium", "low"];
const IMPORTANCE_TITLE: Readonly<Record<Importance, string>> = { high: "High importance", medium: "Medium importance", low: "Low importance" };

function heading(level: number, text: string): string {
  return `${"#".repeat(Math.min(level, 6))} ${text}`;
}

function cell(text: string): string {
  return escapeMarkdown(text);
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
    ...sources.map((s) => `| ${s.label} | ${cell(s.outlet)} | ${cell(s.title)} | ${cell(dayOf(s.publishedAt))} | ${link(s.url)} |`),
  ];
}

function flagLine(flag: ReportFlag, n: number, model: ComparisonReportModel): string {
  const parts = [
    `${n}. **${escapeMarkdown(flag.kind)}** “${escapeMarkdown(flag.subject)}”: ${escapeMarkdown(missingFromLabel(flag.missingFrom, model.sources))}`,
    `(A ${flag.countA}×, B ${flag.countB}×; severity ${flag.severity.toFixed(2)}).`,
  ];
  if (flag.note) parts.push(escapeMarkdown(flag.note));
  if (flag.diff && flag.diff.length > 0) parts.push(`Changed: ${diffMarkdown(flag.diff)}.`);
  const review = flag.review
    ? `Review: **${STATUS_LABEL[flag.review.status]}**${escapeMarkdown(reviewAttribution(flag.review))}${flag.review.note ? ` — ${escapeMarkdown(flag.review.note)}` : ""}`
    : "Review: not reviewed";
  return `${parts.join(" ")}\n   ${review}`;
}

function comparisonBody(model: ComparisonReportModel, level: number): string[] {
  const [a, b] = model.sources;
  const s = model.summary;
  const out: string[] = [heading(level, "Sources"), "", ...sourcesTable(model.sources), ""];

  out.push(heading(level, "Summary"), "");
  out.push(`- Similarity: ${percent(s.similarity)} of the content in common`);
  out.push(`- Shared passages (identical or near-identical): ${s.shared}`);
  out.push(`- Changed passages (reworded or partial): ${s.changed}${s.moved > 0 ? `, of which moved: ${s.moved}` : ""}`);
  out.push(`- Only in A (${escapeMarkdown(sourceName(a))}): ${s.onlyA} of ${s.passagesA} passages; only in B (${escapeMarkdown(sourceName(b))}): ${s.onlyB} of ${s.passagesB}`);
  out.push(`- Omission flags: ${s.flags}${model.hiddenDismissed > 0 ? ` (${model.hiddenDismissed} dismissed flag${model.hiddenDismissed === 1 ? "" : "s"} hidden)` : ""}`, "");

  out.push(heading(level, "What is missing"), "");
  if (model.flags.length === 0) {
    out.push(model.hiddenDismissed > 0 ? "All flags were dismissed by the analyst." : "No omissions were flagged.", "");
  }
  let n = 0;
  for (const importance of IMPORTANCE_ORDER) {
    const flags = model.flags.filter((f) => f.importance === importance);
    if (flags.length === 0) continue;
    out.push(heading(level + 1, IMPORTANCE_TITLE[importance]), "");
    for (const flag of flags) out.push(flagLine(flag, ++n, model));
    out.push("");
  }

  out.push(heading(level, "Side by side"), "");
  out.push(`Legend: ~~struck through~~ = only in A (${escapeMarkdown(sourceName(a))}); **bold** = only in B (${escapeMarkdown(sourceName(b))}).`, "");
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
    "",
    `Story: ${escapeMarkdown(model.title)}`,
    ...(model.generatedAt ? ["", `Generated ${escapeMarkdown(model.generatedAt)} by Lacuna.`] : []),
    "",
    ...comparisonBody(model, 2),
  ];
}

function renderStory(model: StoryReportModel): string[] {
  const out: string[] = [heading(1, `Story: ${escapeMarkdown(model.title)}`), ""];
  if (model.generatedAt) out.push(`Generated ${escapeMarkdown(model.generatedAt)} by Lacuna.`, "");
  out.push(heading(2, `Articles (${model.articles.length})`), "", ...sourcesTable(model.articles), "");
  if (model.coverage.length > 0) {
    out.push(heading(2, "Coverage"), "", "Mentions per article (article numbers as in the table above).", "");
    out.push(`| | ${model.articles.map((a) => `${a.label} ${cell(sourceName(a))}`).join(" | ")} |`);
    out.push(`|---|${model.articles.map(() => "---:").join("|")}|`);
    for (const row of model.coverage) out.push(`| ${cell(row.label)} | ${row.counts.join(" | ")} |`);
    out.push("");
  }
  out.push(heading(2, "Flags"), "");
  if (model.flags.length === 0) out.push("No flags.");
  model.flags.forEach((f, i) => out.push(`${i + 1}. **${f.importance}** (${f.severity.toFixed(2)}): ${escapeMarkdown(f.text)}`));
  out.push("");
  model.comparisons.forEach((c) => {
    const [a, b] = c.sources;
    out.push(heading(2, `Comparison: ${escapeMarkdown(sourceName(a))} vs ${escapeMarkdown(sourceName(b))}`), "", ...comparisonBody(c, 3));
  });
  return out;
}

export function renderMarkdown(model: ReportModel): string {
  const lines = model.type === "comparison" ? renderComparison(model) : renderStory(model);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
