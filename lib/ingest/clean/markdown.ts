/**
 * Articles saved as Markdown: web clippers (MarkDownload, Obsidian's and
 * Joplin's clippers, read-later exports) turn a page into "# Headline",
 * "[name](https://…)", "**London (ANI):**", "> quote" and "![photo](…)". Read
 * as plain text, the link addresses became words of the article, the
 * headline kept its "#" and was not taken as the title, and the byline in
 * "*By ANI | May 4, 2021*" was not recognised. Such a text is turned into
 * the plain text a reader sees; a text that does not look like Markdown is
 * left exactly as it is (asterisks, underscores and "#1" are ordinary text).
 *
 * Every pattern bounds its runs ({1,300} and the like), so a hostile line of
 * brackets or asterisks costs a bounded amount of work per character.
 */

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,300}\]:[ \t]+\S/;
const HORIZONTAL_RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;

/** "---" then "key: value" lines then "---", at the very top: what clippers record about the page. */
const FRONT_MATTER = /^---\n((?:[^\n]{0,2000}\n){0,60}?)---(?:\n|$)/;

/**
 * A link's address: no spaces, parentheses only in balanced pairs ("…/Mercury_(planet)"), an optional
 * "title". Link text holds no bracket. Both stop at the first character they cannot hold, so a run of
 * "[" or "[a](" is passed over in one step per character instead of a bounded scan.
 */
const DESTINATION = String.raw`\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)`;
const IMAGE = new RegExp(String.raw`!\[[^[\]\n]{0,300}\]` + DESTINATION, "g");
const INLINE_LINK = new RegExp(String.raw`\[([^[\]\n]{1,300})\]` + DESTINATION, "g");
const REFERENCE_LINK = /\[([^[\]\n]{1,300})\]\[[^[\]\n]{0,300}\]/g;
// Bold is "**" in what clippers write ("__" too in Markdown, but "__init__" is how code names things).
const STRONG = /\*\*(?=\S)([^\n]{1,300}?\S)\*\*/g;
const EMPHASIS_STAR = /(^|[^\p{L}\p{N}*\\])\*(?=\S)([^*\n]{0,300}?[^\s*\\])\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_\\])_(?=\S)([^_\n]{0,300}?[^\s_\\])_(?![\p{L}\p{N}_])/gu;
const CODE = /`([^`\n]{1,300})`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/g;

/** Signals of Markdown, each counted once per line; two kinds, or three links, make a text Markdown. */
const SIGNALS: ReadonlyArray<{ kind: string; test: RegExp }> = [
  { kind: "heading", test: /^ {0,3}#{1,6}[ \t]+\S/ },
  { kind: "link", test: new RegExp(String.raw`\[[^[\]\n]{1,300}\]\((?=https?:\/\/|\/|#|mailto:)` + DESTINATION.slice(2)) },
  { kind: "image", test: new RegExp(String.raw`!\[[^[\]\n]{0,300}\]` + DESTINATION) },
  { kind: "strong", test: /\*\*(?=\S)[^\n]{1,300}?\S\*\*/ },
  // A quotation opens with words or a quotation mark: ">>> foo()" is a Python prompt.
  { kind: "quote", test: /^ {0,3}>[ \t]?["“‘'\p{L}]/u },
  { kind: "reference", test: REFERENCE_DEFINITION },
];

export function looksLikeMarkdown(text: string): boolean {
  // Front matter at the very top ("---", "title: …", "---") is what clippers write, never a pasted page.
  const front = FRONT_MATTER.exec(text);
  if (front && /^[A-Za-z_-]{1,40}:/m.test(front[1] ?? "")) return true;
  const kinds = new Set<string>();
  let links = 0;
  for (const line of text.split("\n")) {
    for (const { kind, test } of SIGNALS) {
      if (!test.test(line)) continue;
      kinds.add(kind);
      if (kind === "link" || kind === "image") links++;
    }
    if (kinds.size >= 2 || links >= 3) return true;
  }
  return false;
}

/** Inline Markdown of one line as the words it shows: link text without its address, no emphasis marks, no images. */
function inlineText(line: string): string {
  return line
    .replace(IMAGE, "")
    .replace(INLINE_LINK, "$1")
    .replace(REFERENCE_LINK, "$1")
    .replace(CODE, "$1")
    .replace(STRONG, "$1")
    .replace(EMPHASIS_STAR, "$1$2")
    .replace(EMPHASIS_UNDERSCORE, "$1$2")
    .replace(ESCAPE, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

export interface MarkdownText {
  /** The text as a reader sees it, one paragraph or heading per line group as before. */
  text: string;
  /** The first top-level heading, when it stands before any paragraph, else the front matter's title: the clipped page's headline. */
  title?: string;
  /** The front matter's author. */
  byline?: string;
  /** The front matter's publication date, as written. */
  published?: string;
  /** The front matter's address of the page ("source", as clippers name it, or "url"), as written. */
  source?: string;
}

function frontMatter(markdown: string): { rest: string; fields: Map<string, string> } {
  const match = FRONT_MATTER.exec(markdown);
  const fields = new Map<string, string>();
  if (!match) return { rest: markdown, fields };
  // "key: value", or "key:" with its values listed below ("- value"; the first is kept). Quotes and
  // wiki-link brackets ("[[Tomasz Wilk]]", as Obsidian writes authors) are taken off.
  let listKey: string | undefined;
  for (const line of (match[1] ?? "").split("\n")) {
    const field = /^([A-Za-z_-]{1,40}):[ \t]*(.*)$/.exec(line);
    const item = /^[ \t]*-[ \t]+(.*)$/.exec(line);
    const key = field ? (field[1] ?? "").toLowerCase() : listKey;
    const raw = field ? field[2] : item?.[1];
    listKey = field && !field[2]?.trim() ? key : item ? listKey : undefined;
    const value = raw?.trim().replace(/^(["'])(.*)\1$/, "$2").replace(/^\[\[|\]\]$/g, "").trim();
    if (key && value && !fields.has(key)) fields.set(key, value);
  }
  return { rest: markdown.slice(match[0].length), fields };
}

/** A Markdown text as plain text (call it on text looksLikeMarkdown accepts). */
export function markdownToText(markdown: string): MarkdownText {
  const { rest, fields } = frontMatter(markdown);
  const out: string[] = [];
  const blank = () => {
    if (out.length > 0 && out[out.length - 1] !== "") out.push("");
  };
  let title: string | undefined;
  let inFence = false;
  let sawParagraph = false;
  for (const raw of rest.split("\n")) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    if (REFERENCE_DEFINITION.test(raw) || HORIZONTAL_RULE.test(raw)) continue;
    // "Headline\n===" is a heading too: its underline goes, the line above stays a line of its own.
    if (SETEXT_UNDERLINE.test(raw) && out.length > 0 && (out[out.length - 1] ?? "").trim() !== "") continue;
    const heading = ATX_HEADING.exec(raw);
    if (heading) {
      const text = inlineText(heading[2] ?? "").trim();
      if (heading[1] === "#" && title === undefined && !sawParagraph && text) {
        title = text;
        continue;
      }
      // A heading is a paragraph of its own, whatever the lines around it.
      blank();
      out.push(text);
      blank();
      continue;
    }
    const unquoted = raw.replace(BLOCKQUOTE, "");
    if (!unquoted.trim()) {
      blank(); // a blank line, or a quotation's blank line ("> "): a paragraph break either way
      continue;
    }
    const line = inlineText(unquoted);
    // A line that held only an image is gone, not left as an empty paragraph between two halves.
    if (!line) continue;
    sawParagraph = true;
    out.push(line);
  }
  const result: MarkdownText = { text: out.join("\n").trim() };
  const headline = title ?? fields.get("title");
  const byline = fields.get("author") ?? fields.get("byline");
  const published = fields.get("published") ?? fields.get("date");
  if (headline) result.title = headline;
  if (byline) result.byline = byline;
  if (published) result.published = published;
  const source = fields.get("source") ?? fields.get("url");
  if (source) result.source = source;
  return result;
}
