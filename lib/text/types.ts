/**
 * Shared shapes of the text layer. An article body is a list of blocks
 * (paragraph-level units with a role); its canonical text is the blocks' text
 * joined by a blank line, and every character offset in Lacuna points into
 * that canonical text (see `blocksToText`).
 */

/**
 * What a paragraph-level block is. Only "body" and "quote" blocks carry the story; headings and captions are kept but
 * weigh little. A "credit" (the line crediting the reporters and editors, "Reporting by …; Editing by …") is shown
 * with the article but is no passage: it says who made the story, not what it reports, and as a passage it was
 * flagged as left out of every outlet that did not reprint it. A "boilerplate" block is a press release's standing
 * text about its issuer (the "About <Company>" section, the forward-looking-statement disclaimer): printed under every
 * release the issuer sends, it says nothing about the event, and as passages it was flagged as left out of every
 * outlet that reported the news without it.
 */
export type BlockRole = "body" | "heading" | "caption" | "quote" | "list-item" | "credit" | "boilerplate";

/** Roles whose blocks are shown but never analysed (no passages, so never aligned, compared or flagged). */
export const UNANALYSED_ROLES: ReadonlySet<BlockRole> = new Set<BlockRole>(["credit", "boilerplate"]);

export interface Block {
  role: BlockRole;
  text: string;
}

/** A sentence-level unit of an article, the thing the aligner pairs. */
export interface Passage {
  /** 0-based position among the article's passages. */
  index: number;
  /** 0-based index of the block (paragraph) it belongs to. */
  paragraph: number;
  role: BlockRole;
  text: string;
  /** Offsets into the article's canonical text: text === canonical.slice(start, end). */
  start: number;
  end: number;
}

/** Separator between blocks in an article's canonical text. */
export const BLOCK_SEPARATOR = "\n\n";

export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}
