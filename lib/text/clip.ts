/**
 * A text cut to at most `max` characters at a word boundary, with "…" when
 * cut: how every list, panel and flag shows a long passage in a line or two.
 */
export function clipAtWord(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;
}
