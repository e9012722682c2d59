/**
 * The report as ONE self-contained HTML file: styles inlined, no script, no
 * external request (a Content-Security-Policy forbids both, in case a
 * browser ever finds something to load), printable. Every piece of article
 * text is escaped; only http(s) source URLs become links.
 */
import type { DiffChunk } from "../types/comparison";
import { escapeHtml } from "./escape-html";
import { dayOf, KIND_LABEL, missingFromLabel, percent, reviewAttribution, sourceName, STATUS_LABEL } from "./format-values";
import { REPORT_CSS } from "./html-styles";
import type { ComparisonReportModel, Importance, ReportFlag, ReportModel, ReportSource, StoryReportModel } from "./model";
import { safeHttpUrl } from "./safe-link";

const IMPORTANCE_ORDER: readonly Importance[] = ["high", "medium", "low"];
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
    .map((s) => `<tr><th scope="row">${e(s.label)}</th><td>${e(s.outlet)}</td><td>${e(s.title)}</td><td>${e(dayOf(s.publishedAt))}</td><td>${link(s.url)}</td></tr>`)
    .join("\n");
  return `<table><thead><tr><th></th><th>Outlet</th><th>Title</th><th>Date</th><th>Link</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function legend(a: ReportSource, b: ReportSource): string {
  return `<p class="legend">Legend: <del>struck through</del> = only in A (${e(sourceName(a))}) · <ins>underlined bold</ins> = only in B (${e(sourceName(b))})</p>`;
}

function flagItem(flag: ReportFlag, model: ComparisonReportModel): string {
  const review = flag.review
    ? `<span class="status-${e(flag.review.status)}">Review: ${e(STATUS_LABEL[flag.review.status] ?? "not reviewed")}</span>${e(reviewAttribution(flag.review))}${flag.review.note ? ` — ${e(flag.review.note)}` : ""}`
    : "Review: not reviewed";
  return `<li><span class="badge ${flag.importance}">${flag.importance}</span> <strong>${e(flag.kind)}</strong> “${e(flag.subject)}”: ${e(missingFromLabel(flag.missingFrom, model.sources))} (A ${flag.countA}×, B ${flag.countB}×; severity ${flag.severity.toFixed(2)}).${flag.note ? ` ${e(flag.note)}` : ""}${flag.diff && flag.diff.length > 0 ? ` Changed: ${inlineDiff(flag.diff)}.` : ""}<br>${review}</li>`;
}

function comparisonBody(model: ComparisonReportModel, level: number): string {
  const [a, b] = model.sources;
  const s = model.summary;
  const h = (text: string, offset = 0) => `<h${level + offset}>${text}</h${level + offset}>`;
  const parts: string[] = [h("Sources"), sourcesTable(model.sources), h("Summary")];
  parts.push(`<ul>
<li>Similarity: <strong>${percent(s.similarity)}</strong> of the content in common</li>
<li>Shared passages (identical or near-identical): ${s.shared}</li>
<li>Changed passages (reworded or partial): ${s.changed}${s.moved > 0 ? `, of which moved: ${s.moved}` : ""}</li>
<li>Only in A (${e(sourceName(a))}): ${s.onlyA} of ${s.passagesA} passages; only in B (${e(sourceName(b))}): ${s.onlyB} of ${s.passagesB}</li>
<li>Omission flags: ${s.flags}${model.hiddenDismissed > 0 ? ` (${model.hiddenDismissed} dismissed flag${model.hiddenDismissed === 1 ? "" : "s"} hidden)` : ""}</li>
</ul>`);
  parts.push(h("What is missing"));
  if (model.flags.length === 0) parts.push(`<p>${model.hiddenDismissed > 0 ? "All flags were dismissed by the analyst." : "No omissions were flagged."}</p>`);
  for (const importance of IMPORTANCE_ORDER) {
    const flags = model.flags.filter((f) => f.importance === importance);
    if (flags.length === 0) continue;
    parts.push(h(`${importance[0]!.toUpperCase()}${importance.slice(1)} importance`, 1), `<ol class="flags">\n${flags.map((f) => flagItem(f, model)).join("\n")}\n</ol>`);
  }
  parts.push(h("Side by side"), legend(a, b));
  if (model.pairs.length === 0) parts.push("<p>No passages were matched.</p>");
  else {
    const rows = model.pairs
      .map(
        (pair, i) =>
          `<tr class="pair"><td><div class="label">${i + 1}. ${KIND_LABEL[pair.kind]} (${percent(pair.score)})${pair.moved ? " · moved" : ""}</div>${diffSide(pair.diff, "a")}</td><td><div class="label">&nbsp;</div>${diffSide(pair.diff, "b")}</td></tr>`,
      )
      .join("\n");
    parts.push(`<table><thead><tr><th>A: ${e(sourceName(a))}</th><th>B: ${e(sourceName(b))}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  for (const [side, passages, source] of [["A", model.onlyA, a], ["B", model.onlyB, b]] as const) {
    if (passages.length === 0) continue;
    parts.push(h(`Only in ${side} (${e(sourceName(source))})`), `<ul>\n${passages.map((p) => `<li>Passage ${p.index + 1}: ${e(p.text)}</li>`).join("\n")}\n</ul>`);
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
  return page(title, `<h1>${e(title)}</h1>\n<p class="meta">Story: ${e(model.title)}</p>\n${generated(model.generatedAt)}\n${comparisonBody(model, 2)}`);
}

function renderStory(model: StoryReportModel): string {
  const parts = [`<h1>Story: ${e(model.title)}</h1>`, generated(model.generatedAt), `<h2>Articles (${model.articles.length})</h2>`, sourcesTable(model.articles)];
  if (model.coverage.length > 0) {
    const head = model.articles.map((a) => `<th scope="col">${e(a.label)} ${e(sourceName(a))}</th>`).join("");
    const rows = model.coverage.map((r) => `<tr><th scope="row">${e(r.label)}</th>${r.counts.map((c) => `<td class="num">${c}</td>`).join("")}</tr>`).join("\n");
    parts.push(`<h2>Coverage</h2>\n<p>Mentions per article.</p>\n<table><thead><tr><th></th>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  parts.push("<h2>Flags</h2>");
  parts.push(
    model.flags.length === 0
      ? "<p>No flags.</p>"
      : `<ol class="flags">\n${model.flags.map((f) => `<li><span class="badge ${f.importance}">${f.importance}</span> (${f.severity.toFixed(2)}) ${e(f.text)}</li>`).join("\n")}\n</ol>`,
  );
  for (const c of model.comparisons) {
    const [a, b] = c.sources;
    parts.push(`<h2>Comparison: ${e(sourceName(a))} vs ${e(sourceName(b))}</h2>`, comparisonBody(c, 3));
  }
  return page(`Story: ${model.title}`, parts.filter(Boolean).join("\n"));
}

export function renderHtml(model: ReportModel): string {
  return model.type === "comparison" ? renderComparison(model) : renderStory(model);
}
