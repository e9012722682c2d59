/**
 * A list of links kept in a file, one per line (`lacuna ingest --file`).
 * Unlike text pasted from an email, where a line of prose between the links
 * is expected and passed over (parse-url-list.ts), every line of such a file
 * was meant to be a link: a line that gives none ("htp:/x", a stray note) is
 * a link lost, and is reported with its line number so it can be fixed.
 * Each line is still read leniently (a bullet, Markdown, a trailing comma).
 * A line starting with "#" is a note to oneself, as in most one-per-line
 * lists (a heading over a group of links, a link put aside): passed over.
 */
import { parseUrlList } from "./parse-url-list";

export interface LinkLines {
  /** The fetchable links, de-duplicated, in order, each with the line it first appears on (1-based). */
  links: { url: string; line: number }[];
  /** Lines whose link came before: on an earlier line (`firstLine`), or among those already taken (null). Fetched once. */
  repeated: { line: number; url: string; firstLine: number | null }[];
  /** Every line, or link on a line, that cannot be fetched, in line order, with the reason. */
  failures: { line: number; input: string; reason: string }[];
}

const NOT_A_LINK = "is not a link: give one http:// or https:// address per line.";

/** `known` holds links already taken (given on the command line): not taken twice. */
export function parseLinkLines(text: string, known: ReadonlySet<string> = new Set()): LinkLines {
  // Each link taken and the line it came on (null: it was given before the file).
  const seen = new Map<string, number | null>([...known].map((url) => [url, null]));
  const result: LinkLines = { links: [], repeated: [], failures: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const input = raw.trim();
    if (input === "" || input.startsWith("#")) return;
    const { urls, rejected } = parseUrlList(input);
    for (const url of urls) {
      const firstLine = seen.get(url);
      if (firstLine !== undefined) {
        result.repeated.push({ line, url, firstLine });
        continue;
      }
      seen.set(url, line);
      result.links.push({ url, line });
    }
    for (const r of rejected) result.failures.push({ line, input: r.input, reason: r.reason });
    if (urls.length === 0 && rejected.length === 0) result.failures.push({ line, input, reason: `Line ${line} ${NOT_A_LINK}` });
  });
  return result;
}
