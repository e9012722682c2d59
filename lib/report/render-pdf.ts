/**
 * The report as PDF, with pdfkit: pure JavaScript, so it works on a fresh
 * offline install with no browser to drive. Standard fonts only (see
 * pdf-text.ts). Removed words are struck through and added words underlined
 * in bold, so the marks survive a black-and-white printer; colour is extra.
 */
import PDFDocument from "pdfkit";
import type { DiffChunk } from "../types/comparison";
import { dayOf, KIND_LABEL, missingFromLabel, percent, reviewAttribution, sourceName, STATUS_LABEL } from "./format-values";
import type { ComparisonReportModel, Importance, ReportModel, ReportSource, StoryReportModel } from "./model";
import { toWinAnsi } from "./pdf-text";
import { safeHttpUrl } from "./safe-link";

type Doc = InstanceType<typeof PDFDocument>;
const IMPORTANCE_ORDER: readonly Importance[] = ["high", "medium", "low"];
const REMOVED = "#8a0000";
const ADDED = "#005a1e";
const TEXT = "#1a1a1a";

/** Writes text through the WinAnsi filter and counts what had to be replaced. */
class Writer {
  replaced = 0;
  constructor(readonly doc: Doc) {}

  clean(text: string): string {
    const result = toWinAnsi(text);
    this.replaced += result.replaced;
    return result.text;
  }

  heading(text: string, size: number): void {
    this.doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).fillColor(TEXT).text(this.clean(text));
    this.doc.moveDown(0.2).font("Helvetica").fontSize(10);
  }

  paragraph(text: string, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.font("Helvetica").fontSize(10).fillColor(TEXT).text(this.clean(text), options);
  }

  /** A paragraph built from runs, each in its own style; pdfkit joins runs with `continued`. */
  runs(runs: ReadonlyArray<{ text: string; style?: "removed" | "added" | "bold" | "plain" }>, indent = 0): void {
    const visible = runs.filter((r) => r.text.length > 0);
    if (visible.length === 0) return;
    visible.forEach((run, i) => {
      const last = i === visible.length - 1;
      const style = run.style ?? "plain";
      this.doc
        .font(style === "added" || style === "bold" ? "Helvetica-Bold" : "Helvetica")
        .fontSize(10)
        .fillColor(style === "removed" ? REMOVED : style === "added" ? ADDED : TEXT);
      const options = { continued: !last, strike: style === "removed", underline: style === "added" };
      // pdfkit drops the options when x is passed as undefined, so only the first run gets a position.
      if (i === 0) this.doc.text(this.clean(run.text), this.doc.page.margins.left + indent, this.doc.y, options);
      else this.doc.text(this.clean(run.text), options);
    });
    this.doc.fillColor(TEXT);
    // An indented run moves pdfkit's cursor; put it back so the next paragraph starts at the margin.
    this.doc.x = this.doc.page.margins.left;
  }
}

function diffRuns(diff: readonly DiffChunk[]): Array<{ text: string; style: "removed" | "added" | "plain" }> {
  return diff.map(([op, text]) => ({ text, style: op === -1 ? "removed" : op === 1 ? "added" : "plain" }));
}

function sourceLines(w: Writer, sources: readonly ReportSource[]): void {
  for (const s of sources) {
    const date = dayOf(s.publishedAt);
    w.runs([
      { text: `${s.label}. `, style: "bold" },
      { text: `${s.outlet || "Unknown outlet"}: `, style: "bold" },
      { text: `${s.title}${date ? ` (${date})` : ""}` },
    ]);
    if (s.url) {
      const safe = safeHttpUrl(s.url);
      if (safe) w.doc.fillColor("#0645ad").text(w.clean(safe), { link: safe, underline: false }).fillColor(TEXT);
      else w.paragraph(`${s.url} (not linked: not a web address)`);
    }
    w.doc.moveDown(0.3);
  }
}

function comparisonBody(w: Writer, model: ComparisonReportModel, size: number): void {
  const [a, b] = model.sources;
  const s = model.summary;
  w.heading("Sources", size);
  sourceLines(w, model.sources);
  w.heading("Summary", size);
  const lines = [
    `Similarity: ${percent(s.similarity)} of the content in common`,
    `Shared passages (identical or near-identical): ${s.shared}`,
    `Changed passages (reworded or partial): ${s.changed}${s.moved > 0 ? `, of which moved: ${s.moved}` : ""}`,
    `Only in A (${sourceName(a)}): ${s.onlyA} of ${s.passagesA} passages; only in B (${sourceName(b)}): ${s.onlyB} of ${s.passagesB}`,
    `Omission flags: ${s.flags}${model.hiddenDismissed > 0 ? ` (${model.hiddenDismissed} dismissed hidden)` : ""}`,
  ];
  for (const line of lines) w.paragraph(`- ${line}`);

  w.heading("What is missing", size);
  if (model.flags.length === 0) w.paragraph(model.hiddenDismissed > 0 ? "All flags were dismissed by the analyst." : "No omissions were flagged.");
  let n = 0;
  for (const importance of IMPORTANCE_ORDER) {
    const flags = model.flags.filter((f) => f.importance === importance);
    if (flags.length === 0) continue;
    w.heading(`${importance[0]!.toUpperCase()}${importance.slice(1)} importance`, size - 2);
    for (const f of flags) {
      w.runs([
        { text: `${++n}. [${f.importance.toUpperCase()}] ${f.kind} `, style: "bold" },
        { text: `"${f.subject}": ${missingFromLabel(f.missingFrom, model.sources)} (A ${f.countA}x, B ${f.countB}x; severity ${f.severity.toFixed(2)}).${f.note ? ` ${f.note}` : ""}` },
      ]);
      if (f.diff && f.diff.length > 0) w.runs([{ text: "Changed: ", style: "bold" }, ...diffRuns(f.diff)], 14);
      const review = f.review ? `Review: ${STATUS_LABEL[f.review.status].toUpperCase()}${reviewAttribution(f.review)}${f.review.note ? ` - ${f.review.note}` : ""}` : "Review: not reviewed";
      w.paragraph(review, { indent: 14 });
      w.doc.moveDown(0.3);
    }
  }

  w.heading("Side by side", size);
  w.runs([
    { text: "Legend: " , style: "bold"},
    { text: "struck through", style: "removed" },
    { text: ` = only in A (${sourceName(a)}); ` },
    { text: "underlined bold", style: "added" },
    { text: ` = only in B (${sourceName(b)}).` },
  ]);
  w.doc.moveDown(0.4);
  if (model.pairs.length === 0) w.paragraph("No passages were matched.");
  model.pairs.forEach((pair, i) => {
    w.runs([{ text: `${i + 1}. ${KIND_LABEL[pair.kind]} (${percent(pair.score)})${pair.moved ? ", moved" : ""}`, style: "bold" }]);
    if (pair.kind === "identical") w.runs([{ text: "Both: ", style: "bold" }, { text: pair.aText }], 14);
    else {
      w.runs([{ text: "A: ", style: "bold" }, ...diffRuns(pair.diff.filter(([op]) => op !== 1))], 14);
      w.runs([{ text: "B: ", style: "bold" }, ...diffRuns(pair.diff.filter(([op]) => op !== -1))], 14);
    }
    w.doc.moveDown(0.3);
  });
  for (const [side, passages, source] of [["A", model.onlyA, a], ["B", model.onlyB, b]] as const) {
    if (passages.length === 0) continue;
    w.heading(`Only in ${side} (${sourceName(source)})`, size);
    for (const p of passages) w.paragraph(`- Passage ${p.index + 1}: ${p.text}`);
  }
}

function storyBody(w: Writer, model: StoryReportModel): void {
  w.heading(`Articles (${model.articles.length})`, 14);
  sourceLines(w, model.articles);
  if (model.coverage.length > 0) {
    w.heading("Coverage (mentions per article)", 14);
    w.paragraph(`Columns: ${model.articles.map((a) => `${a.label} = ${sourceName(a)}`).join(", ")}`);
    for (const row of model.coverage) w.paragraph(`${row.label}: ${row.counts.map((c, i) => `${model.articles[i]!.label}:${c}`).join("  ")}`);
  }
  w.heading("Flags", 14);
  if (model.flags.length === 0) w.paragraph("No flags.");
  model.flags.forEach((f, i) => w.runs([{ text: `${i + 1}. [${f.importance.toUpperCase()}] `, style: "bold" }, { text: `(${f.severity.toFixed(2)}) ${f.text}` }]));
  for (const c of model.comparisons) {
    const [a, b] = c.sources;
    w.doc.addPage();
    w.heading(`Comparison: ${sourceName(a)} vs ${sourceName(b)}`, 14);
    comparisonBody(w, c, 12);
  }
}

/** A fixed date when the model has none, so the same model always gives the same bytes. */
function creationDate(generatedAt: string): Date {
  const ms = Date.parse(generatedAt);
  return new Date(Number.isFinite(ms) ? ms : 0);
}

export function renderPdf(model: ReportModel): Promise<Buffer> {
  const title = model.type === "comparison" ? `Comparison: ${sourceName(model.sources[0])} vs ${sourceName(model.sources[1])}` : `Story: ${model.title}`;
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    bufferPages: true,
    info: { Title: toWinAnsi(title).text, Creator: "Lacuna", Producer: "Lacuna (pdfkit)", CreationDate: creationDate(model.generatedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const w = new Writer(doc);
  w.doc.font("Helvetica-Bold").fontSize(18).fillColor(TEXT).text(w.clean(title));
  if (model.type === "comparison") w.paragraph(`Story: ${model.title}`);
  if (model.generatedAt) w.paragraph(`Generated ${model.generatedAt} by Lacuna.`);
  if (model.type === "comparison") comparisonBody(w, model, 14);
  else storyBody(w, model);
  if (w.replaced > 0) {
    w.doc.moveDown(1);
    w.paragraph(
      `Note: ${w.replaced} character${w.replaced === 1 ? "" : "s"} outside the PDF standard fonts (e.g. non-Latin scripts) were transliterated or replaced; the HTML, Markdown and JSON exports keep the exact text.`,
      { oblique: true },
    );
  }
  doc.end();
  return done;
}
