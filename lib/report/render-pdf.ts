/**
 * The report as PDF, with pdfkit: pure JavaScript, so it works on a fresh
 * offline install with no browser to drive. Set in DejaVu Sans, embedded
 * (pdf-fonts.ts; what it cannot print is transliterated, pdf-text.ts). Removed words are struck through and added words underlined
 * in bold, so the marks survive a black-and-white printer; colour is extra.
 */
import PDFDocument from "pdfkit";
import type { DiffChunk } from "../types/comparison";
import { dayOf, IMPORTANCE_LABEL, KIND_LABEL, OMISSION_KIND_LABEL, omissionCountLine, percent, reviewAttribution, sideHeading, similaritySentence, sourceName, STATUS_LABEL, SUMMARY_HEADING, summaryByline, summaryParagraphs } from "./format-values";
import { reviewedBeforeTextChangeNote } from "./reviewed-before-change";
import type { ComparisonReportModel, FlagReview, ReportItem, ReportModel, ReportSource, StoryItem, StoryReportModel } from "./model";
import { BODY_FONT, BOLD_FONT, pdfFonts } from "./pdf-fonts";
import { pdfTextFilter, type PdfText } from "./pdf-text";
import { independentReports, noStoryFlagsText } from "./no-story-flags";
import { storyCopiesText } from "./story-copies";
import { safeHttpUrl } from "./safe-link";

type Doc = InstanceType<typeof PDFDocument>;
const REMOVED = "#8a0000";
const ADDED = "#005a1e";
const TEXT = "#1a1a1a";

/** Writes text through the font's filter and counts what had to be replaced. */
class Writer {
  replaced = 0;
  constructor(
    readonly doc: Doc,
    private readonly filter: (text: string) => PdfText,
  ) {}

  clean(text: string): string {
    const result = this.filter(text);
    this.replaced += result.replaced;
    return result.text;
  }

  heading(text: string, size: number): void {
    this.doc.moveDown(0.6).font(BOLD_FONT).fontSize(size).fillColor(TEXT).text(this.clean(text));
    this.doc.moveDown(0.2).font(BODY_FONT).fontSize(10);
  }

  paragraph(text: string, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.font(BODY_FONT).fontSize(10).fillColor(TEXT).text(this.clean(text), options);
  }

  /** A paragraph built from runs, each in its own style; pdfkit joins runs with `continued`. */
  runs(runs: ReadonlyArray<{ text: string; style?: "removed" | "added" | "bold" | "plain" }>, indent = 0): void {
    const visible = runs.filter((r) => r.text.length > 0);
    if (visible.length === 0) return;
    visible.forEach((run, i) => {
      const last = i === visible.length - 1;
      const style = run.style ?? "plain";
      this.doc
        .font(style === "added" || style === "bold" ? BOLD_FONT : BODY_FONT)
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
      { text: `${s.name || s.outlet || "Unknown outlet"}: `, style: "bold" },
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

function reviewLine(review: FlagReview | undefined): string {
  if (!review) return "Review: not reviewed";
  const stale = review.reviewedBeforeTextChange ? ` [${reviewedBeforeTextChangeNote(review.reviewedBeforeTextChange)}]` : "";
  return `Review: ${STATUS_LABEL[review.status].toUpperCase()}${reviewAttribution(review)}${review.note ? ` - ${review.note}` : ""}${stale}`;
}

function itemEntry(w: Writer, item: ReportItem): void {
  const lead = item.flags[0];
  w.runs([
    { text: `${item.number}. [${IMPORTANCE_LABEL[item.importance].toUpperCase()}] ${OMISSION_KIND_LABEL[item.kind]} `, style: "bold" },
    { text: `"${item.title}"${item.reasons.length ? ` - ${item.reasons.join("; ")}` : ""}` },
  ]);
  if (lead?.diff && lead.diff.length > 0) w.runs([{ text: "Changed: ", style: "bold" }, ...diffRuns(lead.diff)], 14);
  const others = item.flags.slice(1);
  if (others.length > 0) w.paragraph(`Grouped with it: ${others.map((f) => `${OMISSION_KIND_LABEL[f.kind]} "${f.subject.length > 120 ? `${f.subject.slice(0, 120)}...` : f.subject}"`).join("; ")}`, { indent: 14 });
  w.paragraph(reviewLine(item.review), { indent: 14 });
  w.doc.moveDown(0.3);
}

function itemsSection(w: Writer, model: ComparisonReportModel, size: number): void {
  w.heading("What is missing", size);
  if (model.items.length === 0) {
    w.paragraph(model.hiddenItems > 0 ? "All items were dismissed by the analyst." : "No omissions were flagged.");
    return;
  }
  for (const side of ["b", "a"] as const) {
    const items = model.items.filter((i) => i.missingFrom === side);
    w.heading(`${sideHeading(side, model.sources)} (${items.length})`, size - 2);
    if (items.length === 0) w.paragraph("Nothing.");
    const more = items.filter((i) => !i.top);
    for (const item of items.filter((i) => i.top)) itemEntry(w, item);
    if (more.length > 0) {
      w.heading(`More (${more.length})`, size - 3);
      for (const item of more) itemEntry(w, item);
    }
  }
}

function comparisonBody(w: Writer, model: ComparisonReportModel, size: number, full = true): void {
  const [a, b] = model.sources;
  const s = model.summary;
  w.heading("Sources", size);
  sourceLines(w, model.sources);
  w.heading("Summary", size);
  const lines = [
    similaritySentence(s.similarity),
    `Shared passages (identical or near-identical): ${s.shared}`,
    `Changed passages (reworded or partial): ${s.changed}${s.moved > 0 ? `, of which moved: ${s.moved}` : ""}`,
    `Only in A (${sourceName(a)}): ${s.onlyA} of ${s.passagesA} passages; only in B (${sourceName(b)}): ${s.onlyB} of ${s.passagesB}`,
    ...(s.languages ? [s.languages] : []),
    omissionCountLine({ items: model.items.length, flags: s.flags, hiddenItems: model.hiddenItems, hiddenDismissed: model.hiddenDismissed }),
  ];
  for (const line of lines) w.paragraph(`- ${line}`);
  itemsSection(w, model, size);
  if (!full) return;

  // A redline: each pair as one paragraph, A's words struck through, B's underlined in bold.
  w.heading("Redline", size);
  w.runs([
    { text: "Legend: ", style: "bold" },
    { text: "struck through", style: "removed" },
    { text: ` = only in A (${sourceName(a)}); ` },
    { text: "underlined bold", style: "added" },
    { text: ` = only in B (${sourceName(b)}). Pairs are numbered as in the HTML and Markdown reports.` },
  ]);
  w.doc.moveDown(0.4);
  if (model.pairs.length === 0) w.paragraph("No passages were matched.");
  model.pairs.forEach((pair, i) => {
    w.runs([{ text: `${i + 1}. ${KIND_LABEL[pair.kind]} (${percent(pair.score)})${pair.moved ? ", moved" : ""}`, style: "bold" }]);
    if (pair.kind === "identical") w.runs([{ text: pair.aText }], 14);
    else w.runs(diffRuns(pair.diff), 14);
    w.doc.moveDown(0.3);
  });
  for (const [side, passages, source] of [["A", model.onlyA, a], ["B", model.onlyB, b]] as const) {
    if (passages.length === 0) continue;
    w.heading(`Only in ${side} (${sourceName(source)})`, size);
    for (const p of passages) w.runs([{ text: `Passage ${p.index + 1}: `, style: "bold" }, { text: p.text }]);
  }
}

/** The coverage matrix as a ruled table: absences shaded with a bold dash, so they show in black and white. */
function matrixTable(w: Writer, model: StoryReportModel): void {
  const doc = w.doc;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const n = model.articles.length;
  const labelWidth = Math.min(200, width * (n > 12 ? 0.3 : 0.42));
  const column = (width - labelWidth) / Math.max(1, n);
  const fontSize = n > 12 ? 7 : 9;
  const header = () => {
    const y = doc.y;
    doc.font(BOLD_FONT).fontSize(fontSize).fillColor(TEXT);
    doc.rect(left, y, width, 16).fillAndStroke("#eeeeee", "#999999").fillColor(TEXT);
    doc.text("Name or passage", left + 3, y + 4, { width: labelWidth - 6, lineBreak: false });
    model.articles.forEach((a, i) => doc.text(w.clean(a.label), left + labelWidth + i * column, y + 4, { width: column, align: "center", lineBreak: false }));
    doc.y = y + 16;
  };
  header();
  for (const row of model.coverage) {
    doc.font(BODY_FONT).fontSize(fontSize);
    const label = w.clean(row.label.length > 160 ? `${row.label.slice(0, 160)}...` : row.label);
    const height = Math.max(14, doc.heightOfString(label, { width: labelWidth - 6 }) + 5);
    if (doc.y + height > bottom) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    doc.lineWidth(0.5).rect(left, y, width, height).stroke("#999999");
    doc.fillColor(TEXT).text(label, left + 3, y + 3, { width: labelWidth - 6 });
    row.counts.forEach((count, i) => {
      const x = left + labelWidth + i * column;
      if (count === 0) doc.rect(x, y, column, height).fillAndStroke("#d4d4d4", "#999999");
      else doc.rect(x, y, column, height).stroke("#999999");
      doc.font(count === 0 ? BOLD_FONT : BODY_FONT).fontSize(fontSize).fillColor(TEXT).text(count === null ? "n/a" : count === 0 ? "-" : String(count), x, y + 3, { width: column, align: "center", lineBreak: false });
    });
    doc.y = y + height;
  }
  doc.x = left;
  doc.moveDown(0.5);
}

function storyItemEntry(w: Writer, item: StoryItem): void {
  w.runs([
    { text: `${item.number}. [${IMPORTANCE_LABEL[item.importance].toUpperCase()}]${item.kind ? ` ${OMISSION_KIND_LABEL[item.kind]}` : ""} `, style: "bold" },
    { text: `${item.text}${item.reasons?.length ? ` - ${item.reasons.join("; ")}` : ""}` },
  ]);
  const others = item.flags.slice(1);
  if (others.length > 0) w.paragraph(`Grouped with it: ${others.map((f) => `${f.kind ? `${OMISSION_KIND_LABEL[f.kind]} ` : ""}"${f.subject.length > 120 ? `${f.subject.slice(0, 120)}...` : f.subject}"`).join("; ")}`, { indent: 14 });
  if (item.review) w.paragraph(reviewLine(item.review), { indent: 14 });
}

/** The story's items as the story page lists them (first view, then "More"), numbered as there; dismissed ones counted. */
function storyItemsSection(w: Writer, model: StoryReportModel): void {
  w.heading("Left out across the story", 14);
  if (model.items.length === 0 && model.hiddenItems === 0) {
    w.paragraph(noStoryFlagsText(independentReports(model)));
    return;
  }
  w.paragraph(omissionCountLine({ items: model.items.length, flags: model.flags.length, hiddenItems: model.hiddenItems, hiddenDismissed: model.hiddenDismissed }));
  if (model.items.length === 0) {
    w.paragraph("All items were dismissed by the analyst.");
    return;
  }
  w.doc.moveDown(0.3);
  const more = model.items.filter((i) => !i.top);
  for (const item of model.items.filter((i) => i.top)) storyItemEntry(w, item);
  if (more.length > 0) {
    w.heading(`More (${more.length})`, 12);
    for (const item of more) storyItemEntry(w, item);
  }
}

function storyBody(w: Writer, model: StoryReportModel): void {
  if (model.summary) {
    w.heading(SUMMARY_HEADING, 14);
    for (const lines of summaryParagraphs(model.summary.text)) w.paragraph(lines.join("\n"));
    const byline = summaryByline(model.summary);
    if (byline) w.paragraph(byline, { oblique: true });
  }
  w.heading(`Articles (${model.articles.length})`, 14);
  sourceLines(w, model.articles);
  const copies = storyCopiesText(model);
  if (copies) w.paragraph(copies);
  if (model.languageNote) w.paragraph(model.languageNote, { oblique: true });
  storyItemsSection(w, model);
  if (model.coverage.length > 0) {
    w.heading("Coverage matrix", 14);
    w.paragraph(`Gaps first. A number is how many times the article mentions the name (or reports the passage); a shaded "-" means it leaves it out; n/a, that the article is not compared (its language). Columns: ${model.articles.map((a) => `${a.label} = ${sourceName(a)}`).join(", ")}.`);
    w.doc.moveDown(0.3);
    matrixTable(w, model);
  }
  for (const c of model.comparisons) {
    const [a, b] = c.sources;
    if (model.detail === "full") w.doc.addPage();
    w.heading(`Comparison: ${sourceName(a)} vs ${sourceName(b)}`, 14);
    comparisonBody(w, c, 12, model.detail === "full");
  }
  if (model.comparisons.length > 0 && model.detail === "summary") w.paragraph("Each comparison's full redline is in its own comparison report.");
}

/** A fixed date when the model has none, so the same model always gives the same bytes. */
function creationDate(generatedAt: string): Date {
  const ms = Date.parse(generatedAt);
  return new Date(Number.isFinite(ms) ? ms : 0);
}

export function renderPdf(model: ReportModel): Promise<Buffer> {
  const title = model.type === "comparison" ? `Comparison: ${sourceName(model.sources[0])} vs ${sourceName(model.sources[1])}` : `Story: ${model.title}`;
  const fonts = pdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    bufferPages: true,
    // The metadata takes any script: pdfkit writes it as UTF-16.
    info: { Title: title.replace(/[\p{Cc}\p{Cf}]/gu, ""), Creator: "Lacuna", Producer: "Lacuna (pdfkit)", CreationDate: creationDate(model.generatedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont(BODY_FONT, fonts.regular).registerFont(BOLD_FONT, fonts.bold);
  const w = new Writer(doc, pdfTextFilter(fonts.hasGlyph));
  w.doc.font(BOLD_FONT).fontSize(18).fillColor(TEXT).text(w.clean(title));
  if (model.type === "comparison" && model.story) w.paragraph(`Story: ${model.story}`);
  if (model.generatedAt) w.paragraph(`Generated ${model.generatedAt} by Lacuna.`);
  if (model.type === "comparison") comparisonBody(w, model, 14);
  else storyBody(w, model);
  if (w.replaced > 0) {
    w.doc.moveDown(1);
    w.paragraph(
      `Note: ${w.replaced} character${w.replaced === 1 ? "" : "s"} the PDF's typeface cannot print (e.g. Chinese, Japanese, Korean, or right-to-left scripts such as Arabic and Hebrew) were transliterated or replaced; the HTML, Markdown and JSON exports keep the exact text.`,
      { oblique: true },
    );
  }
  doc.end();
  return done;
}
