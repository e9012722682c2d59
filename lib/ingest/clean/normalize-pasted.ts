/**
 * Whitespace normalisation of pasted text and its split into paragraph
 * candidates. Pasted page text arrives with NBSPs, zero-width characters,
 * CRLFs and either blank-line or single-newline paragraph breaks; both styles
 * must give the same paragraphs.
 */

/**
 * Collapses horizontal whitespace and strips invisible characters, keeping
 * newlines. Control characters other than whitespace (a stray NUL, a bell)
 * go too: looksBinary lets a few through in a long text, and they would reach
 * the page and every export.
 */
export function normalizeWhitespace(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}

const TERMINAL = /[.!?:;"”’')\]…。．！？：；」』）】〕]$/;

/**
 * Within one blank-line-separated group, lines are separate paragraphs unless
 * the text was hard-wrapped: a line that stops mid-sentence (no closing
 * punctuation) and is continued by a lowercase word or after a comma joins
 * the next one.
 */
function splitGroup(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      prev.length >= 30 &&
      !TERMINAL.test(prev) &&
      (/^[a-z]/.test(line) || /[,\-–—(]$/.test(prev));
    if (continues) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Paragraph candidates in order, each one line of normalised text. */
export function splitParagraphs(normalized: string): string[] {
  return normalized
    .split(/\n{2,}/)
    .map((group) => group.split("\n").filter((l) => l.length > 0))
    .filter((lines) => lines.length > 0)
    .flatMap(splitGroup);
}
