/**
 * The report as ONE self-contained HTML file: styles inlined, no script, no
 * external request (a Content-Security-Policy forbids both, in case a
 * browser ever finds something to load), printable. Every piece of article
 * text is escaped; only http(s) source URLs become links.
 */
import type { DiffChunk } from "../types/comparison";
import { htmlLang } from "../compare/language-note";
import { escapeHtml } from "./escape-html";
import { dayOf, IMPORTANCE_LABEL, KIND_LABEL, OMISSION_KIND_LABEL, omissionCountLine, percent, reviewAttribution, sideHeading, similaritySentence, sourceName, STATUS_LABEL, SUMMARY_HEADING, summaryByline, summaryParagraphs } from "./format-values";
import { REPORT_CSS } from "./html-styles";
import { reviewedBeforeTextChangeNote } from "./reviewed-before-change";
import type { ComparisonReportModel, FlagReview, ReportItem, ReportModel, ReportSource, ReportSummary, StoryItem, StoryReportModel } from "./model";
import { independentReports, noStoryFlagsText } from "./no-story-flags";
import { storyCopiesText } from "./story-copies";
import { safeHttpUrl } from "./safe-link";

const e = escapeHtml;

function link(url: string | null | undefined): string {
  if (!url) return "—";
  const safe = safeHttpUrl(url);
  if (!safe) return `<span class="unlinked">${e(url)} (not linked: not a web address)</span>`;
  return `<a href="${e(safe)}" rel="noopener noreferrer">${e(new URL(safe).host)}</a>`;
}

/** One side of a diff: the A column shows shared + removed text, the B column shared + added. */
function diffSide(diff: readonly DiffChunk[], side: "a" | "b"): string {
  return diff
    .map(([op, text]) => {
      if (op === 0) return e(text);
      if (side === "a" && op === -1) return `<del>${e(text)}</del>`;
      if (side === "b" && op === 1) return `<ins>${e(text)}</ins>`;
      return "";
    })
    .join("");
}

function inlineDiff(diff: readonly DiffChunk[]): string {
  return diff.map(([op, text]) => (op === 0 ? e(text) : op === -1 ? `<del>${e(text)}</del>` : `<ins>${e(text)}</ins>`)).join("");
}

function sourcesTable(sources: readonly ReportSource[]): string {
  const rows = sources
    .map((s) => `<tr><th scope="row">${e(s.label)}</th><td>${e(s.name || s.outlet)}</td><td>${e(s.title)}</td><td>${e(dayOf(s.publishedAt))}</td><td>${link(s.url)}</td></tr>`)
    .join("\n");
  return `<table><thead><tr><th></th><th>Outlet</th><th>Title</th><th>Date</th><th>Link</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function legend(a: ReportSource, b: ReportSource): string {
  return `<p class="legend">Legend: <del>struck through</del> = only in A (${e(sourceName(a))}) · <ins>underlined bold</ins> = only in B (${e(sourceName(b))}). Pairs are numbered as in the Markdown and PDF reports.</p>`;
}

function reviewHtml(review: FlagReview | undefined): string {
  return review
    ? `<span class="status-${e(review.status)}">Review: ${e(STATUS_LABEL[review.status] ?? "not reviewed")}</span>${e(reviewAttribution(review))}${review.note ? ` — ${e(review.note)}` : ""}${
        review.reviewedBeforeTextChange ? ` <em class="text-changed">${e(reviewedBeforeTextChangeNote(review.reviewedBeforeTextChange))}.</em>` : ""
      }`
    : "Review: not reviewed";
}

/** ` lang="de" dir="auto"` for a source's words when it is not in English (the report's own language), so they are read in theirs. */
function langAttr(source: ReportSource): string {
  const lang = htmlLang(source.language);
  return lang ? ` lang="${e(lang)}" dir="auto"` : "";
}

/** `holder`: the source whose words the item quotes (the side that has it). */
function itemHtml(item: ReportItem, holder: ReportSource): string {
  const lead = item.flags[0];
  const others = item.flags.slice(1);
  const parts = [
    `<span class="badge ${item.importance}">${IMPORTANCE_LABEL[item.importance]}</span> <strong>${OMISSION_KIND_LABEL[item.kind]}</strong> “<span${langAttr(holder)}>${e(item.title)}</span>”${item.reasons.length ? ` — <span class="reasons">${e(item.reasons.join("; "))}</span>` : ""}`,
  ];
  if (lead?.diff && lead.diff.length > 0) parts.push(`Changed: ${inlineDiff(lead.diff)}`);
  if (others.length > 0) parts.push(`Grouped with it: ${others.map((f) => `${OMISSION_KIND_LABEL[f.kind]} “${e(f.subject.length > 120 ? `${f.subject.slice(0, 120)}…` : f.subject)}”`).join("; ")}`);
  parts.push(reviewHtml(item.review));
  return `<li value="${item.number}">${parts.join("<br>")}</li>`;
}

/** Each side's items, the first view then "More"; one numbering across both sides, as in Markdown and PDF. */
function itemsHtml(model: ComparisonReportModel, level: number): string {
  const h = (text: string, offset = 0) => `<h${level + offset}>${text}</h${level + offset}>`;
  const parts = [h("What is missing")];
  if (model.items.length === 0) {
    parts.push(`<p>${model.hiddenItems > 0 ? "All items were dismissed by the analyst." : "No omissions were flagged."}</p>`);
    return parts.join("\n");
  }
  for (const side of ["b", "a"] as const) {
    const items = model.items.filter((i) => i.missingFrom === side);
    parts.push(h(`${e(sideHeading(side, model.sources))} (${items.length})`, 1));
    if (items.length === 0) parts.push("<p>Nothing.</p>");
    const top = items.filter((i) => i.top);
    const more = items.filter((i) => !i.top);
    const holder = side === "b" ? model.sources[0] : model.sources[1];
    const html = (item: ReportItem) => itemHtml(item, holder);
    if (top.length > 0) parts.push(`<ol class="flags" start="${top[0]!.number}">\n${top.map(html).join("\n")}\n</ol>`);
    if (more.length > 0) parts.push(h(`More (${more.length})`, 2), `<ol class="flags" start="${more[0]!.number}">\n${more.map(html).join("\n")}\n</ol>`);
  }
  return parts.join("\n");
}

function comparisonBody(model: ComparisonReportModel, level: number, full = true): string {
  const [a, b] = model.sources;
  const s = model.summary;
  const h = (text: string, offset = 0) => `<h${level + offset}>${text}</h${level + offset}>`;
  const parts: string[] = [h("Sources"), sourcesTable(model.sources), h("Summary")];
  parts.push(`<ul>
<li>${e(similaritySentence(s.similarity))}</li>
<li>Shared passages (identical or near-identical): ${s.shared}</li>
<li>Changed passages (reworded or partial): ${s.changed}${s.moved > 0 ? `, of which moved: ${s.moved}` : ""}</li>
<li>Only in A (${e(sourceName(a))}): ${s.onlyA} of ${s.passagesA} passages; only in B (${e(sourceName(b))}): ${s.onlyB} of ${s.passagesB}</li>
${s.languages ? `<li>${e(s.languages)}</li>\n` : ""}<li>${e(omissionCountLine({ items: model.items.length, flags: s.flags, hiddenItems: model.hiddenItems, hiddenDismissed: model.hiddenDismissed }))}</li>
</ul>`);
  parts.push(itemsHtml(model, level));
  if (!full) return parts.join("\n");
  parts.push(h("Redline, side by side"), legend(a, b));
  if (model.pairs.length === 0) parts.push("<p>No passages were matched.</p>");
  else {
    const rows = model.pairs
      .map(
        (pair, i) =>
          `<tr class="pair"><td><div class="label">${i + 1}. ${KIND_LABEL[pair.kind]} (${percent(pair.score)})${pair.moved ? " · moved" : ""}</div><div${langAttr(a)}>${diffSide(pair.diff, "a")}</div></td><td><div class="label">&nbsp;</div><div${langAttr(b)}>${diffSide(pair.diff, "b")}</div></td></tr>`,
      )
      .join("\n");
    parts.push(`<table><thead><tr><th>A: ${e(sourceName(a))}</th><th>B: ${e(sourceName(b))}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  for (const [side, passages, source] of [["A", model.onlyA, a], ["B", model.onlyB, b]] as const) {
    if (passages.length === 0) continue;
    parts.push(h(`Only in ${side} (${e(sourceName(source))})`), `<ul>\n${passages.map((p) => `<li>Passage ${p.index + 1}: <span${langAttr(source)}>${e(p.text)}</span></li>`).join("\n")}\n</ul>`);
  }
  return parts.join("\n");
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function generated(at: string): string {
  return at ? `<p class="meta">Generated ${e(at)} by Lacuna.</p>` : "";
}

function renderComparison(model: ComparisonReportModel): string {
  const [a, b] = model.sources;
  const title = `Comparison: ${sourceName(a)} vs ${sourceName(b)}`;
  return page(title, `<h1>${e(title)}</h1>\n${model.story ? `<p class="meta">Story: ${e(model.story)}</p>\n` : ""}${generated(model.generatedAt)}\n${comparisonBody(model, 2)}`);
}

/** The analyst's summary: escaped paragraphs, a line break where they typed one. */
function summaryHtml(summary: ReportSummary): string {
  const paragraphs = summaryParagraphs(summary.text).map((lines) => `<p>${lines.map(e).join("<br>")}</p>`);
  const byline = summaryByline(summary);
  return `<section class="summary"><h2>${SUMMARY_HEADING}</h2>\n${paragraphs.join("\n")}${byline ? `\n<p class="meta">${e(byline)}</p>` : ""}</section>`;
}

function storyItemHtml(item: StoryItem): string {
  const others = item.flags.slice(1);
  const parts = [
    `<span class="badge ${item.importance}">${IMPORTANCE_LABEL[item.importance]}</span> ${item.kind ? `<strong>${OMISSION_KIND_LABEL[item.kind]}</strong> ` : ""}${e(item.text)}${item.reasons?.length ? ` — <span class="reasons">${e(item.reasons.join("; "))}</span>` : ""}`,
  ];
  if (others.length > 0) parts.push(`Grouped with it: ${others.map((f) => `${f.kind ? `${OMISSION_KIND_LABEL[f.kind]} ` : ""}“${e(f.subject.length > 120 ? `${f.subject.slice(0, 120)}…` : f.subject)}”`).join("; ")}`);
  if (item.review) parts.push(reviewHtml(item.review));
  return `<li value="${item.number}">${parts.join("<br>")}</li>`;
}

/** The story's items as the story page lists them (first view, then "More"), numbered as there; dismissed ones counted. */
function storyItemsHtml(model: StoryReportModel): string {
  const parts = ["<h2>Left out across the story</h2>"];
  if (model.items.length === 0 && model.hiddenItems === 0) return [...parts, `<p>${e(noStoryFlagsText(independentReports(model)))}</p>`].join("\n");
  parts.push(`<p>${e(omissionCountLine({ items: model.items.length, flags: model.flags.length, hiddenItems: model.hiddenItems, hiddenDismissed: model.hiddenDismissed }))}</p>`);
  if (model.items.length === 0) return [...parts, "<p>All items were dismissed by the analyst.</p>"].join("\n");
  const top = model.items.filter((i) => i.top);
  const more = model.items.filter((i) => !i.top);
  if (top.length > 0) parts.push(`<ol class="flags" start="${top[0]!.number}">\n${top.map(storyItemHtml).join("\n")}\n</ol>`);
  if (more.length > 0) parts.push(`<h3>More (${more.length})</h3>`, `<ol class="flags" start="${more[0]!.number}">\n${more.map(storyItemHtml).join("\n")}\n</ol>`);
  return parts.join("\n");
}

function renderStory(model: StoryReportModel): string {
  const parts = [`<h1>Story: ${e(model.title)}</h1>`, generated(model.generatedAt)];
  if (model.summary) parts.push(summaryHtml(model.summary));
  parts.push(`<h2>Articles (${model.articles.length})</h2>`, sourcesTable(model.articles));
  const copies = storyCopiesText(model);
  if (copies) parts.push(`<p>${e(copies)}</p>`);
  if (model.languageNote) parts.push(`<p class="note">${e(model.languageNote)}</p>`);
  parts.push(storyItemsHtml(model));
  if (model.coverage.length > 0) {
    const head = model.articles.map((a) => `<th scope="col">${e(a.label)} ${e(sourceName(a))}</th>`).join("");
    const rows = model.coverage
      .map((r) => `<tr><th scope="row">${e(r.label)}</th>${r.counts.map((c) => (c === null ? `<td class="num">n/a <span class="sr">not compared</span></td>` : c === 0 ? `<td class="num absent">— <span class="sr">absent</span></td>` : `<td class="num">${c}</td>`)).join("")}</tr>`)
      .join("\n");
    parts.push(`<h2>Coverage matrix</h2>\n<p>Gaps first. A number is how many times the article mentions the name (or reports the passage); <strong>—</strong> (shaded) means it leaves it out; n/a, that the article is not compared (its language).</p>\n<table class="matrix"><thead><tr><th>Name or passage</th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  for (const c of model.comparisons) {
    const [a, b] = c.sources;
    parts.push(`<h2>Comparison: ${e(sourceName(a))} vs ${e(sourceName(b))}</h2>`, comparisonBody(c, 3, model.detail === "full"));
  }
  if (model.comparisons.length > 0 && model.detail === "summary") parts.push("<p>Each comparison's full redline is in its own comparison report.</p>");
  return page(`Story: ${model.title}`, parts.filter(Boolean).join("\n"));
}

export function renderHtml(model: ReportModel): string {
  return model.type === "comparison" ? renderComparison(model) : renderStory(model);
}
