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
import { isContactLine, isInterfaceLabel, isNewsletterPitch, isUrlEcho } from "../clean/interface-lines";
import { isTimestampLine } from "../clean/timestamp-line";
import { ALL_RULES_ON, type RuleSwitch } from "./extraction-rules";

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** `pageUrls`: the page's address and canonical address, which some pages print as a line of text. */
export function filterBlocks(blocks: readonly Block[], on: RuleSwitch = ALL_RULES_ON, pageUrls: readonly string[] = []): Block[] {
  const out: Block[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const original = blocks[i]!;
    // A picture credit trailing a caption is not content; the caption text before it is.
    const trimmed = on("credit-tail") ? stripCreditTail(original.text) : original.text;
    const block = trimmed === original.text ? original : { ...original, text: trimmed };
    const { text } = block;
    // A related-stories heading in the last third: the rest of the article is teaser links.
    if (on("related-cut") && isRelatedHeading(text) && i >= blocks.length * 0.66 && out.length > 0) break;
    if (
      (on("related-cut") && isRelatedHeading(text)) ||
      (on("prompts") && isPrompt(text)) ||
      (on("disclaimers") && isDisclaimer(text)) ||
      (on("tag-lines") && isTagLine(text)) ||
      (on("read-also") && isInlineReadAlso(text)) ||
      (on("glued-teasers") && isGluedTeaser(text)) ||
      (on("credit-only") && isCreditOnly(text))
    )
      continue;
    if (on("datelines") && isDateline(text)) continue;
    if (
      (on("timestamps") && isTimestampLine(text)) ||
      (on("ui-labels") && isInterfaceLabel(text)) ||
      // Contact lines close an article; in its middle an address is part of what it says ("send your report to …").
      (on("contact-lines") && i >= blocks.length - 3 && isContactLine(text)) ||
      (on("newsletter-pitches") && isNewsletterPitch(text)) ||
      (on("url-echo") && isUrlEcho(text, pageUrls))
    )
      continue;
    // A byline left in the body (first or last blocks) is metadata, read separately.
    if (on("bylines") && (i < 3 || i >= blocks.length - 2) && text.length <= 80 && matchByline(text)) continue;
    // A wire-feed footer in parentheses ("(With inputs from ANI)") is not story text; a sentence crediting reporters is kept.
    if (on("wire-footers") && /^[(\[]/.test(text) && isAttribution(text)) continue;
    // A repeated paragraph is a pull quote or a sticky teaser; a short heading repeating a table-of-contents entry is not.
    const k = `${text.length >= 40 ? "" : block.role}:${key(text)}`;
    if (on("repeats") && seen.has(k) && block.role !== "list-item") continue;
    seen.add(k);
    out.push(block);
  }
  return out;
}
