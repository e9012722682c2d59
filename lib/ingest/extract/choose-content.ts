/**
 * Decides between Readability's blocks and the largest-text-block fallback.
 * Readability is trusted unless it found almost nothing or nothing that reads
 * as running text (a table, a list of links) while the fallback holds prose.
 */
import type { Block } from "../../text/types";
import { readerWordCount } from "../../text/unspaced-words";

/** Below this many characters Readability's result is compared with the fallback. */
const TOO_LITTLE = 200;
/** Running text: blocks of 12+ words. */
const PROSE_WORDS = 12;
const MIN_FALLBACK_PROSE = 500;

const charCount = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);
const proseCount = (blocks: readonly Block[]): number =>
  blocks.reduce((n, b) => (readerWordCount(b.text) >= PROSE_WORDS ? n + b.text.length : n), 0);

export interface ChosenContent {
  blocks: Block[];
  method: "readability" | "fallback";
  /** Why the fallback was used; absent when Readability's blocks were kept. */
  warning?: string;
}

/** Whether `chooseContent` could pick the fallback for this Readability result (the fallback is costly to build, so it is built only then). */
export function mayNeedFallback(readability: readonly Block[]): boolean {
  return charCount(readability) < TOO_LITTLE || proseCount(readability) === 0;
}

export function chooseContent(readability: Block[], fallback: Block[]): ChosenContent {
  if (charCount(readability) < TOO_LITTLE && charCount(fallback) > charCount(readability)) {
    const warning =
      readability.length === 0
        ? "Readability found no article; used the largest text block of the page."
        : `Readability found only ${charCount(readability)} characters; used the largest text block of the page.`;
    return { blocks: fallback, method: "fallback", warning };
  }
  // Measured on the dev set: switching whenever the fallback merely holds more prose did worse;
  // switching only when Readability's choice has no running text at all did better.
  if (proseCount(readability) === 0 && proseCount(fallback) >= MIN_FALLBACK_PROSE) {
    return {
      blocks: fallback,
      method: "fallback",
      warning: "Readability chose a part of the page without running text; used the largest text block instead.",
    };
  }
  return { blocks: readability, method: "readability" };
}
