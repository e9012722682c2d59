/**
 * Text-level cleanup of extracted blocks, with the same general rules used
 * for pasted text: chrome that survives the DOM pass (share prompts, tag and
 * disclaimer lines, a related-stories heading and the teasers after it,
 * repeated paragraphs) is dropped here.
 */
import type { Block } from "../../text/types";
import {
  isAttribution,
  isCreditOnly,
  isDateline,
  isDisclaimer,
  isGluedTeaser,
  isInlineReadAlso,
  isPrompt,
  isRelatedHeading,
  isTagLine,
  matchByline,
  stripCreditTail,
} from "../clean/chrome-rules";

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function filterBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const original = blocks[i]!;
    // A picture credit trailing a caption is not content; the caption text before it is.
    const trimmed = stripCreditTail(original.text);
    const block = trimmed === original.text ? original : { ...original, text: trimmed };
    const { text } = block;
    // A related-stories heading in the last third: the rest of the article is teaser links.
    if (isRelatedHeading(text) && i >= blocks.length * 0.66 && out.length > 0) break;
    if (isRelatedHeading(text) || isPrompt(text) || isDisclaimer(text) || isTagLine(text) || isInlineReadAlso(text) || isGluedTeaser(text) || isCreditOnly(text))
      continue;
    if (isDateline(text)) continue;
    // A byline left in the body (first or last blocks) is metadata, read separately.
    if ((i < 3 || i >= blocks.length - 2) && text.length <= 80 && matchByline(text)) continue;
    // A wire-feed footer in parentheses ("(With inputs from ANI)") is not story text; a sentence crediting reporters is kept.
    if (/^[(\[]/.test(text) && isAttribution(text)) continue;
    // A repeated paragraph is a pull quote or a sticky teaser; a short heading repeating a table-of-contents entry is not.
    const k = `${text.length >= 40 ? "" : block.role}:${key(text)}`;
    if (seen.has(k) && block.role !== "list-item") continue;
    seen.add(k);
    out.push(block);
  }
  return out;
}
