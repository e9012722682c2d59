/**
 * Use case: the analyst's summary of a story — their own conclusion, in
 * their words, at the head of the story page and of every story report.
 *
 * Several editors may work on one story, so a save names the version it
 * started from (the time of the save the editor loaded, "" for none): if
 * someone saved since, nothing is overwritten and the editor gets the text
 * that is there now, to merge by hand, with what they typed still in the form.
 */
import "server-only";
import { saveStorySummary as saveSummaryRow } from "../db/story-mutations";
import type { ReportSummary } from "../report/model";
import { UserError } from "./user-error";

/** About three pages of text: a conclusion, not a copy of the articles. */
export const SUMMARY_MAX_CHARS = 10_000;

/** The summary as saved: its text, who saved it last and when (the shape every story report prints). */
export type AnalystSummary = ReportSummary;

/** The version a save starts from: the ISO time of the save loaded, or "" when the story had none. */
export type SummaryVersion = string;

export interface SaveSummaryInput {
  storyId: string;
  text: string;
  version: SummaryVersion;
}

export type SaveSummaryResult =
  | { status: "saved"; summary: AnalystSummary | null; version: SummaryVersion }
  | { status: "conflict"; current: AnalystSummary | null; version: SummaryVersion };

/** The summary as a story row holds it (null when never written or cleared). */
export function summaryOf(row: { summary: string | null; summaryAuthor: string | null; summaryUpdatedAt: Date | null }): AnalystSummary | null {
  if (!row.summary || !row.summaryUpdatedAt) return null;
  return { text: row.summary, author: row.summaryAuthor, savedAt: row.summaryUpdatedAt.toISOString() };
}

/** The version a story row is at. */
export function summaryVersionOf(row: { summaryUpdatedAt: Date | null }): SummaryVersion {
  return row.summaryUpdatedAt?.toISOString() ?? "";
}

/** Line ends made one kind and the text trimmed; an empty summary clears it. */
export function cleanSummary(text: unknown): string | null {
  const clean = String(text ?? "")
    .replace(/\r\n?/g, "\n")
    // Control characters other than tab and line feed are never meant (a paste from a terminal or a PDF).
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .trim();
  if (clean.length > SUMMARY_MAX_CHARS) {
    throw new UserError("invalid_input", `Keep the summary under ${SUMMARY_MAX_CHARS.toLocaleString("en-US")} characters (it has ${clean.length.toLocaleString("en-US")}).`);
  }
  return clean === "" ? null : clean;
}

function parseVersion(version: unknown): Date | null {
  const text = String(version ?? "");
  if (text === "") return null;
  const at = new Date(text);
  if (Number.isNaN(at.getTime()) || at.toISOString() !== text) throw new UserError("invalid_input", "The summary's version is not one Lacuna gave; reload the page.");
  return at;
}

/** Saves (or, with empty text, clears) the summary as `author`, unless another save came first. */
export async function saveStorySummary(input: SaveSummaryInput, author: { username: string }): Promise<SaveSummaryResult> {
  const text = cleanSummary(input.text);
  const expected = parseVersion(input.version);
  const result = await saveSummaryRow(String(input.storyId), text, author.username, expected);
  if (result.status === "missing") throw new UserError("not_found", "The summary could not be saved: the story no longer exists.");
  if (result.status === "conflict") return { status: "conflict", current: summaryOf(result.current), version: summaryVersionOf(result.current) };
  const summary = text === null ? null : { text, author: author.username, savedAt: result.savedAt.toISOString() };
  return { status: "saved", summary, version: result.savedAt.toISOString() };
}
