/**
 * Article text inside a Markdown report must stay text: no HTML (a viewer
 * that renders inline HTML would run `<img onerror>`), no links or images
 * (`[x](javascript:…)`), no emphasis or headings it did not mean. The
 * characters that open markup are backslash-escaped (brackets, so no link or
 * image can form; emphasis, strike and code marks; the backslash itself) and
 * angle brackets become entities, which
 * every CommonMark renderer shows as the characters themselves. An ampersand
 * is escaped only where it would start a character reference ("&lt;" written
 * in an article must not render as "<"): a bare "Pike & Weatherby" or "AT&T"
 * renders as written, and the raw report stays readable. Line breaks
 * become spaces and renderers always put a label before article text, so
 * line-start syntax (#, >, -, 1.) can never apply and is left alone.
 * Parentheses and braces open nothing without a bracket before them, so
 * "(ANI)" stays "(ANI)"; a pipe only matters in a table cell (escapeCell).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`);
}

/** Text inside a Markdown table cell: a pipe would end the cell. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\|/g, "\\|");
}

/**
 * Wraps text in an inline marker (~~ or **). Emphasis does not open on a space,
 * so leading and trailing spaces go outside the marker.
 */
export function markInline(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [, lead, core, trail] = match;
  const space = (s: string | undefined) => (s ? " " : "");
  return core ? `${space(lead)}${marker}${escapeMarkdown(core)}${marker}${space(trail)}` : space(text);
}
