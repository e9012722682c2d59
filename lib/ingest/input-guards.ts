/**
 * Checks on raw text before any work is done on it, each with a message the
 * analyst can act on.
 */
import { hasUnspacedScript, readerWordCount } from "../text/unspaced-words";

/** Upper bound on pasted or uploaded text: ~250,000 words, far beyond any article, small enough to analyse in well under a second. */
export const MAX_TEXT_CHARS = 1_500_000;

/** Upper bound on an uploaded file: under the server-action body limit in next.config.ts, far above any saved article page. */
export const MAX_UPLOAD_BYTES = 7 * 1024 * 1024;

export type TextProblem = { code: "empty" | "too_large" | "binary"; message: string };

export function checkPastedText(text: string): TextProblem | null {
  if (!text.trim()) return { code: "empty", message: "The text is empty. Paste the article's text." };
  if (text.length > MAX_TEXT_CHARS) {
    return {
      code: "too_large",
      message: `The text is ${text.length.toLocaleString("en-US")} characters long; Lacuna takes at most ${MAX_TEXT_CHARS.toLocaleString("en-US")} (about 250,000 words) per article.`,
    };
  }
  if (looksBinary(text)) {
    return { code: "binary", message: "This looks like binary data (a file's bytes), not article text. Paste the text, or give the page's URL." };
  }
  return null;
}

/**
 * A binary file decoded as text: control or replacement characters above 2 %
 * of the first 64 KB (and more than 8), or NUL characters above one in 1,000
 * characters (counting the other control characters with them). A run of NULs
 * at the very end is a tool's padding (a preallocated or crash-truncated
 * file) and is not counted, and a stray NUL or two in a long text is not
 * binary either: normalizeWhitespace drops them with the other invisible
 * control characters. Before, a single NUL anywhere refused the whole text.
 */
export function looksBinary(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--; // a loop, not /\u0000+$/, which is quadratic on long NUL runs
  if (end === 0) return text.length > 0; // nothing but zeros
  const sample = text.slice(0, Math.min(end, 65_536));
  let nul = 0;
  let suspicious = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0) nul++;
    else if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13)) suspicious++;
  }
  if (nul > 0 && nul + suspicious > Math.max(1, sample.length / 1000)) return true;
  return suspicious > Math.max(8, sample.length * 0.02);
}

/** Words as an analyst counts them (for display and limits); a run of Chinese, Japanese or Thai counts its words. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (!hasUnspacedScript(text)) return words.length;
  let count = 0;
  for (const word of words) count += readerWordCount(word);
  return count;
}
