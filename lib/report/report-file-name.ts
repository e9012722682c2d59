/**
 * A file name that says what the report is and sorts by date:
 * `2021-05-04-blinken-motegi-discuss-china-ani-vs-second-report.md`: date of
 * the earliest article, the words of the title, the outlets. Only [a-z0-9-] survive, so
 * the name is legal on Windows, macOS and Linux (no reserved characters, no
 * trailing dot or space, no CON/NUL device names) and safe in a shell.
 */
import anyAscii from "any-ascii";
import { sourceName } from "./format-values";
import type { ReportModel } from "./model";

const MAX_STEM_LENGTH = 100;
/** Characters of the title kept however long the outlets are: the title says what the report is about. */
const MIN_TITLE_LENGTH = 40;
/** A story names its outlets up to this many, else counts them. */
const MAX_NAMED_OUTLETS = 3;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/;

export function slugify(text: string): string {
  // any-ascii transliterates every script (Хабаровск → khabarovsk), so non-Latin titles keep their words.
  return anyAscii(text)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `slug` cut to `max` characters at a word boundary (a word longer than `max` is cut inside). */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).replace(/-[^-]*$/, "");
  return cut || slug.slice(0, max);
}

function earliestDay(dates: ReadonlyArray<string | null | undefined>): string {
  const days = dates.map((d) => /^\d{4}-\d{2}-\d{2}/.exec(d ?? "")?.[0]).filter((d): d is string => Boolean(d));
  return days.sort()[0] ?? "";
}

/**
 * The outlets: "a-vs-b" for a comparison; for a story each outlet once (an
 * outlet with several articles is one outlet), or "N-outlets" past three.
 */
function outletPart(model: ReportModel): string {
  if (model.type === "comparison") return model.sources.map((s) => slugify(sourceName({ ...s, name: undefined }))).filter(Boolean).join("-vs-");
  const outlets = [...new Set(model.articles.map((a) => slugify(a.outlet)).filter(Boolean))];
  return outlets.length > MAX_NAMED_OUTLETS ? `${outlets.length}-outlets` : outlets.join("-");
}

export function reportFileName(model: ReportModel, ext: string): string {
  const extension = slugify(ext.replace(/^\./, "")) || "txt";
  const sources = model.type === "comparison" ? model.sources : model.articles;
  const day = earliestDay(sources.map((s) => s.publishedAt));
  const outlets = outletPart(model);
  // Every word of the title, stop words too ("fire" is what the story is about); cut at a word only
  // when the whole name would pass the cap, leaving room for the date and the outlets.
  const room = MAX_STEM_LENGTH - [day, outlets].filter(Boolean).reduce((n, part) => n + part.length + 1, 0);
  const title = cutAtWord(slugify(model.title), Math.max(room, MIN_TITLE_LENGTH));
  let stem = cutAtWord([day, title, outlets].filter(Boolean).join("-").replace(/-+/g, "-"), MAX_STEM_LENGTH);
  stem = stem.replace(/^-+|-+$/g, "");
  if (!stem || WINDOWS_DEVICE.test(stem)) stem = `lacuna-report${stem ? `-${stem}` : ""}`;
  return `${stem}.${extension}`;
}
