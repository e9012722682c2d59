/**
 * Pull the links out of whatever an analyst pastes: one per line, a list
 * copied from an email or a chat, Markdown, links inside sentences. Returns
 * the http(s) URLs in order of first appearance, de-duplicated, the links
 * given again (each with its line and the line it first came on, so the
 * analyst is told rather than finding one row fewer than the links pasted),
 * and the things that look like links but cannot be fetched, with the reason.
 */

/** A link given again in the same text: fetched once, for its first line. */
export interface RepeatedLink {
  url: string;
  /** The line (1-based) it is repeated on. */
  line: number;
  /** The line it first came on. */
  firstLine: number;
  /** How many distinct links come before it: where its row goes among theirs. */
  after: number;
}

export interface ParsedUrlList {
  urls: string[];
  repeated: RepeatedLink[];
  rejected: { input: string; reason: string }[];
}

/** Characters that end a URL in running text (whitespace, quotes, angle brackets). */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`\u00ab\u00bb\u201c\u201d\u2018\u2019]+/gi;
/** Other schemes someone might paste (ftp, file, javascript…). */
const OTHER_SCHEME = /\b(?:ftp|ftps|file|sftp|ws|wss):\/\/[^\s<>"']*|\b(?:javascript|data):[^\s<>"']+/gi;
/** A bare host with a path, e.g. "www.example.com/news/1" — almost certainly a link without its scheme. */
const BARE_HOST = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?::\d+)?\/\S*$/i;

/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = /[.,;:!?\u2026]$/;
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

export function parseUrlList(text: string): ParsedUrlList {
  const urls: string[] = [];
  const repeated: RepeatedLink[] = [];
  const rejected: ParsedUrlList["rejected"] = [];
  // Each distinct link and the line it first came on.
  const seen = new Map<string, number>();

  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === "") continue;
    let found = false;

    for (const match of line.matchAll(URL_IN_TEXT)) {
      found = true;
      const candidate = trimTrailing(match[0]);
      const url = toFetchableUrl(candidate);
      if (typeof url !== "string") {
        rejected.push({ input: candidate, reason: url.reason });
        continue;
      }
      // A fragment never reaches the server: two links that differ only there are one page.
      const key = url.replace(/#.*$/, "");
      const firstLine = seen.get(key);
      if (firstLine !== undefined) {
        repeated.push({ url: key, line: index + 1, firstLine, after: urls.length });
        continue;
      }
      seen.set(key, index + 1);
      urls.push(key);
    }

    // Look for other schemes only outside the http(s) links (a query string may contain "ftp://").
    for (const match of line.replace(URL_IN_TEXT, " ").matchAll(OTHER_SCHEME)) {
      found = true;
      const scheme = match[0].slice(0, match[0].indexOf(":") + 1).toLowerCase();
      rejected.push({ input: trimTrailing(match[0]), reason: `Only http:// and https:// links can be fetched, not ${scheme} links.` });
    }

    if (!found) {
      const word = trimTrailing(line.replace(/^[-*•]\s+|^\d+[.)]\s+/, ""));
      if (BARE_HOST.test(word)) {
        rejected.push({ input: word, reason: `This link has no http:// or https:// in front; did you mean https://${word} ?` });
      }
    }
  }
  return { urls, repeated, rejected };
}

/** Drop sentence punctuation and unbalanced closing brackets from the end of a URL found in text. */
function trimTrailing(candidate: string): string {
  // Bracket balances are counted once and updated as characters are dropped: linear even for "https://x/))))…".
  const balance = new Map<string, number>();
  for (const [closer, opener] of Object.entries(CLOSERS)) balance.set(closer, count(candidate, closer) - count(candidate, opener));
  let end = candidate.length;
  while (end > 0) {
    const last = candidate[end - 1] ?? "";
    if (TRAILING.test(last)) {
      end--;
      continue;
    }
    const surplus = balance.get(last);
    // Keep "…/Foo_(bar)" (Wikipedia style); drop the ")" of "(see https://…)" or a Markdown link.
    if (surplus !== undefined && surplus > 0) {
      balance.set(last, surplus - 1);
      end--;
      continue;
    }
    break;
  }
  return candidate.slice(0, end);
}

function toFetchableUrl(candidate: string): string | { reason: string } {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { reason: "This is not a valid web address." };
  }
  if (url.hostname === "") return { reason: "This link has no site name in it." };
  return url.href;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}
