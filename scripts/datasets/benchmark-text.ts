/**
 * The text of an extracted article as the benchmark scores it: every block,
 * one per line. Which roles count is decided here, in one place, and stated
 * in docs/extraction.md.
 */
import type { Block } from "../../lib/text/types";

export function benchmarkText(blocks: readonly Block[]): string {
  return blocks.filter((b) => b.role !== "caption").map((b) => b.text).join("\n");
}
