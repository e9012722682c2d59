/**
 * Article blocks → passages (sentences) with offsets into the canonical text
 * (`blocksToText`). Headings and captions stay whole: they are labels, not
 * prose, and splitting "U.S. envoy: Talks end." into two body sentences would
 * let them align with the story's sentences. A credits line gives no passage
 * at all (`UNANALYSED_ROLES`).
 */
import { capSpanLength } from "./long-runs";
import { splitSentences, type Span } from "./sentences";
import { BLOCK_SEPARATOR, type Block, type Passage, UNANALYSED_ROLES } from "./types";

const WHOLE_BLOCK_ROLES = new Set<Block["role"]>(["heading", "caption"]);

export function segmentBlocks(blocks: readonly Block[]): Passage[] {
  const passages: Passage[] = [];
  let offset = 0;
  blocks.forEach((block, paragraph) => {
    // Offsets still count an unanalysed block: passages point into the canonical text, which holds every block.
    const spans = UNANALYSED_ROLES.has(block.role) ? [] : blockSpans(block);
    for (const span of spans) {
      passages.push({
        index: passages.length,
        paragraph,
        role: block.role,
        text: block.text.slice(span.start, span.end),
        start: offset + span.start,
        end: offset + span.end,
      });
    }
    offset += block.text.length + BLOCK_SEPARATOR.length;
  });
  return passages;
}

function blockSpans(block: Block): Span[] {
  if (WHOLE_BLOCK_ROLES.has(block.role)) {
    const start = block.text.length - block.text.trimStart().length;
    const end = block.text.trimEnd().length;
    // One passage, but under the same length cap as sentences: a 100,000-character "heading" must not become one unit.
    return end > start ? capSpanLength(block.text, { start, end }) : [];
  }
  const spans: Span[] = [];
  for (const sentence of splitSentences(block.text)) spans.push(...capSpanLength(block.text, sentence));
  return spans;
}
