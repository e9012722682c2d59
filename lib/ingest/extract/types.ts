/**
 * The result of extracting one article from an HTML page, and the error
 * raised when a page holds no article text at all.
 */
import type { Block } from "../../text/types";

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** ISO 8601, with the zone when the page states one. */
  publishedAt: string | null;
  siteName: string | null;
  /** BCP 47 language tag as the page declares it (e.g. "en", "en-GB"). */
  lang: string | null;
  canonicalUrl: string | null;
  description?: string;
  /** schema.org types of the page's publisher (JSON-LD), a clue to the outlet's kind; empty when the page names none. */
  publisherTypes: string[];
  /** Set when the page labels itself a press release ("For immediate release"), a clue to the outlet's kind. */
  pressRelease?: true;
  blocks: Block[];
  /** Canonical text: `blocksToText(blocks)`. */
  text: string;
  /** "readability" normally; "fallback" when Readability found too little and the largest text block was used. */
  method: "readability" | "fallback";
  /** Notes a user should see, e.g. why the fallback was used. */
  warnings: string[];
}

/**
 * Codes for refusals that programs treat apart: a batch offers no Retry for a
 * sign-in or paywall page, a page whose article is in an embedded frame, or
 * one drawn by JavaScript, since fetching it again brings the same page.
 */
export type ExtractionErrorCode = "sign_in_wall" | "embedded_frame" | "needs_javascript";

/** The page yielded no article text. The message says why, for a user to act on. */
export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode | undefined;

  constructor(message: string, code?: ExtractionErrorCode) {
    super(message);
    this.name = "ExtractionError";
    this.code = code;
  }
}
