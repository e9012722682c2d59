/** Validation of article input at every boundary (form, HTTP, CLI), with messages a user can act on. */
import { z } from "zod";

const optionalTrimmed = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** YYYY-MM-DD, optionally with an ISO time and zone (a script's timestamp). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether the year, month and day written are a day of the calendar (not 30 February). */
function isCalendarDay(value: string): boolean {
  const [, y, m, d] = ISO_DATE.exec(value) ?? [];
  const day = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  day.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  return day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d);
}

/** The earliest publication date taken: older newspapers exist, but an earlier year is a typo here. */
const EARLIEST_DATE = Date.UTC(1600, 0, 1);
/** A date up to two days ahead is accepted: an outlet's time zone can put "today" in the analyst's tomorrow. */
const FUTURE_SLACK_MS = 2 * 24 * 60 * 60 * 1000;

export const pastedArticleSchema = z.object({
  /** Optional: when left empty, the headline found in the pasted text (or its first sentence) is used. */
  title: optionalTrimmed.pipe(z.string().max(500, "The title is longer than 500 characters.").optional()),
  outlet: z.string().trim().min(1, "Name the outlet (e.g. ANI, Kyodo News, State Department).").max(200, "The outlet name is longer than 200 characters."),
  outletKind: z.enum(["wire", "newspaper", "broadcaster", "government", "other"]).optional(),
  url: optionalTrimmed.pipe(
    z
      .url({ protocol: /^https?$/, message: "The URL must start with http:// or https://." })
      .optional(),
  ),
  publishedAt: optionalTrimmed.pipe(
    z
      .string()
      // Only ISO dates: "03/11/2026" is 11 March to some and 3 November to others, and Date.parse guesses.
      .refine((v) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)), "The date is not a date Lacuna can read; use YYYY-MM-DD.")
      // Date.parse rolls "2026-02-30" over to 2 March; the analyst meant another day.
      .refine((v) => !ISO_DATE.test(v) || Number.isNaN(Date.parse(v)) || isCalendarDay(v), "That day does not exist; check the day and the month.")
      // A typo ("0025-05-04", "2201-05-04") would sort the article first or last in every list and report.
      .refine((v) => Number.isNaN(Date.parse(v)) || Date.parse(v) >= EARLIEST_DATE, "The date is before 1600; check the year.")
      .refine((v) => Number.isNaN(Date.parse(v)) || Date.parse(v) <= Date.now() + FUTURE_SLACK_MS, "The date is in the future; give the day the article was published.")
      .optional(),
  ),
  // Length is checked by checkPastedText, whose message states the limit.
  text: z.string(),
  storyId: optionalTrimmed,
});

export type PastedArticleInput = z.input<typeof pastedArticleSchema>;

/** The analyst's corrections of a stored article's title, outlet, date and byline (lib/services/article-details.ts). */
export const articleDetailsSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(500, "The title is longer than 500 characters."),
  outlet: pastedArticleSchema.shape.outlet,
  publishedAt: pastedArticleSchema.shape.publishedAt,
  byline: optionalTrimmed.pipe(z.string().max(300, "The byline is longer than 300 characters.").optional()),
});

export type ArticleDetailsInput = z.input<typeof articleDetailsSchema>;

/** The first problem, in words: a field that is missing or of the wrong type is named (an import line, a script's request). */
export function firstIssue(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "The input is not valid.";
  if (issue.code === "invalid_type" && issue.path.length > 0) {
    const field = issue.path.join(".");
    return valueAt(input, issue.path) === undefined ? `"${field}" is missing.` : `"${field}" must be ${issue.expected === "string" ? "text" : `a ${issue.expected}`}.`;
  }
  return issue.message;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}
