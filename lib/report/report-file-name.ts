/**
 * A file name that says what the report is and sorts by date:
 * `2021-05-04-blinken-motegi-ani-vs-second-report.md`: date of the earlier
 * article, key words of the title, the outlets. Only [a-z0-9-] survive, so
 * the name is legal on Windows, macOS and Linux (no reserved characters, no
 * trailing dot or space, no CON/NUL device names) and safe in a shell.
 */
import anyAscii from "any-ascii";
import { STOPWORDS } from "../text/stopwords";
import { sourceName } from "./format-values";
import type { ReportModel } from "./model";

const MAX_STEM_LENGTH = 100;
const TITLE_WORDS = 3;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/;

export function slugify(text: string): string {
  // any-ascii transliterates every script (Хабаровск → khabarovsk), so non-Latin titles keep their words.
  return anyAscii(text)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function keyWords(title: string): string {
  const words = slugify(title).split("-").filter(Boolean);
  const content = words.filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w));
  return (content.length > 0 ? content : words).slice(0, TITLE_WORDS).join("-");
}

function earliestDay(dates: ReadonlyArray<string | null | undefined>): string {
  const days = dates.map((d) => /^\d{4}-\d{2}-\d{2}/.exec(d ?? "")?.[0]).filter((d): d is string => Boolean(d));
  return days.sort()[0] ?? "";
}

export function reportFileName(model: ReportModel, ext: string): string {
  const extension = slugify(ext.replace(/^\./, "")) || "txt";
  const sources = model.type === "comparison" ? model.sources : model.articles;
  const outlets =
    model.type === "comparison"
      ? model.sources.map((s) => slugify(sourceName(s))).filter(Boolean).join("-vs-")
      : sources.length > 3
        ? `${sources.length}-outlets`
        : sources.map((s) => slugify(sourceName(s))).filter(Boolean).join("-");
  const parts = [earliestDay(sources.map((s) => s.publishedAt)), keyWords(model.title), outlets].filter(Boolean);
  let stem = parts.join("-").replace(/-+/g, "-");
  if (stem.length > MAX_STEM_LENGTH) stem = stem.slice(0, MAX_STEM_LENGTH).replace(/-[^-]*$/, "");
  stem = stem.replace(/^-+|-+$/g, "");
  if (!stem || WINDOWS_DEVICE.test(stem)) stem = `lacuna-report${stem ? `-${stem}` : ""}`;
  return `${stem}.${extension}`;
}
