/**
 * The report as CSV (RFC 4180: comma-separated, CRLF line ends, fields with
 * commas, quotes or line breaks quoted, quotes doubled) for spreadsheets.
 * One row per flag and one per alignment, told apart by `row_type`; a story
 * report adds the analyst's summary, article, coverage and story-flag rows.
 * Each flag row carries the number of its item, as the other formats number it. Article text is
 * untrusted and spreadsheets run cells that start with = + - @ as formulas,
 * so such cells get a leading apostrophe (OWASP's advice; tab and CR too).
 */
import type { DiffChunk } from "../types/comparison";
import { dayOf, sourceName } from "./format-values";
import type { ComparisonReportModel, FlagReview, ReportModel } from "./model";
import { reviewedBeforeTextChangeNote } from "./reviewed-before-change";

export const CSV_COLUMNS = [
  "row_type",
  "comparison",
  "key",
  "kind",
  "importance",
  "severity",
  "missing_from",
  "subject",
  "note",
  "count_a",
  "count_b",
  "review_status",
  "review_note",
  "reviewed_by",
  "reviewed_at",
  "score",
  "moved",
  "a_text",
  "b_text",
  "diff",
  "outlet",
  "title",
  "url",
  "published_at",
  "counts",
  // Last, so the columns before them keep their places for readers that go by position.
  "item_number",
  /** "Reviewed before Brackley Gazette's text changed (…)" when the review predates an article's new text; else empty. */
  "review_text_changed",
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | boolean>>;

export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function field(value: string | number | boolean | undefined): string {
  if (value === undefined) return "";
  const text = typeof value === "string" ? neutralizeFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function textChangedCell(review: FlagReview | undefined): string {
  return review?.reviewedBeforeTextChange ? reviewedBeforeTextChangeNote(review.reviewedBeforeTextChange) : "";
}

/** wdiff notation: [-removed-] {+added+}, readable in a single cell. */
function diffText(diff: readonly DiffChunk[] | undefined): string {
  return (diff ?? []).map(([op, text]) => (op === 0 ? text : op === -1 ? `[-${text}-]` : `{+${text}+}`)).join("");
}

function comparisonRows(model: ComparisonReportModel): Row[] {
  const [a, b] = model.sources;
  const comparison = `${sourceName(a)} vs ${sourceName(b)}`;
  const rows: Row[] = model.flags.map((f) => ({
    row_type: "flag",
    comparison,
    key: f.key,
    kind: f.kind,
    importance: f.importance,
    severity: f.severity.toFixed(3),
    missing_from: f.missingFrom.toUpperCase(),
    subject: f.subject,
    note: f.note,
    count_a: f.countA,
    count_b: f.countB,
    review_status: f.review?.status ?? "",
    review_note: f.review?.note ?? "",
    reviewed_by: f.review?.by ?? "",
    reviewed_at: f.review?.at ?? "",
    review_text_changed: textChangedCell(f.review),
    diff: diffText(f.diff),
    // The number the Markdown, HTML and PDF reports give the flag's item.
    item_number: f.itemNumber ?? undefined,
  }));
  for (const pair of model.pairs) {
    rows.push({
      row_type: "alignment",
      comparison,
      kind: pair.kind,
      score: pair.score.toFixed(3),
      moved: pair.moved,
      a_text: pair.aText,
      b_text: pair.bText,
      diff: diffText(pair.diff),
    });
  }
  return rows;
}

export function renderCsv(model: ReportModel): string {
  const rows: Row[] = [];
  if (model.type === "comparison") rows.push(...comparisonRows(model));
  else {
    // The analyst's summary first, as in every format: who saved it and when in the review columns.
    if (model.summary) rows.push({ row_type: "summary", subject: model.summary.text, reviewed_by: model.summary.author ?? "", reviewed_at: model.summary.savedAt });
    for (const a of model.articles) {
      rows.push({ row_type: "article", key: a.label, outlet: a.name || a.outlet, title: a.title, url: a.url ?? "", published_at: dayOf(a.publishedAt) });
    }
    for (const row of model.coverage) rows.push({ row_type: "coverage", subject: row.label, counts: row.counts.map((c) => c ?? "n/a").join(";") });
    for (const f of model.flags) {
      rows.push({
        row_type: "story_flag",
        key: f.key,
        kind: f.kind,
        subject: f.text,
        importance: f.importance,
        severity: f.severity.toFixed(3),
        // The analyst's verdict on a story flag, as the other formats give it.
        review_status: f.review?.status ?? "",
        review_note: f.review?.note ?? "",
        reviewed_by: f.review?.by ?? "",
        reviewed_at: f.review?.at ?? "",
        review_text_changed: textChangedCell(f.review),
        // One row per flag; the flags of one item (as the story page groups them) share its number.
        item_number: f.itemNumber,
      });
    }
    for (const c of model.comparisons) rows.push(...comparisonRows(c));
  }
  const lines = [CSV_COLUMNS.join(","), ...rows.map((row) => CSV_COLUMNS.map((c) => field(row[c])).join(","))];
  return lines.join("\r\n") + "\r\n";
}
