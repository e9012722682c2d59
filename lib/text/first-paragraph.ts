/** The first paragraph of running text in an article's blocks, where a dateline stands ("KESSINGFORD, Dec 3 (Meridian Press) -"). */
import type { Block } from "./types";

export function firstParagraph(blocks: readonly Block[]): string | undefined {
  return blocks.find((b) => b.role === "body")?.text;
}
