/**
 * What the omission finders receive: both articles' passages and the
 * aligner's verdict (pairs plus what it could not pair), and the shared view
 * of one side versus the other that every finder works from.
 */
import type { NamedEntity } from "../entities/headline-names";
import type { AliasEntry } from "../entities/aliases";
import type { EntityAcross } from "../entities/resolve-entities";
import type { Tokenizer } from "../entities/token-memo";
import type { Alignment, PassageRef, Side } from "../types/comparison";
import type { Passage } from "../text/types";
import type { ArticleReading } from "./article-reading";
import type { PassageCover } from "./passage-cover";

/**
 * One side of a comparison. `reading` is what the finders read off this
 * article, when the caller keeps it from an earlier comparison (it must be
 * the reading of these passages).
 */
export interface OmissionSide {
  passages: readonly Passage[];
  reading?: ArticleReading;
  /** The article's headline (what an outlet puts first weighs most). */
  title?: string;
  /** The outlet's name: what the article calls itself, which it never leaves out nor quotes as a speaker. */
  outlet?: string;
  /**
   * What the notes an analyst reads call this side ("only in Kyodo News"), as the view names it beside
   * the other (lib/compare/source-labels.ts: "Brackley Gazette (6 Dec)" beside another of its outlet).
   * By default the outlet, or "A" / "B" when absent, with the side's letter when both sides have one
   * outlet ("Brackley Gazette (A)"). Only sentences read it: what is found, and every key, is the same whatever it says.
   */
  label?: string;
}

export interface OmissionInput {
  a: OmissionSide;
  b: OmissionSide;
  alignments: Alignment[];
  onlyA: PassageRef[];
  onlyB: PassageRef[];
}

export interface OmissionOptions {
  /** An analyst's extra aliases (override the built-in ones). */
  aliases?: readonly AliasEntry[];
  /** Fold aliases and name forms (default true); false only for the evaluation's baseline. */
  foldAliases?: boolean;
  /** Keep only the most severe flags. */
  limit?: number;
  /**
   * Before flagging an entity as missing, look for its spellings in the other
   * article's raw text (catches names the recogniser missed there). Default true;
   * the evaluation turns it off to measure the recogniser itself.
   */
  verifyInText?: boolean;
}

/** Everything the finders share, computed once. */
export interface OmissionContext {
  passages: Record<Side, readonly Passage[]>;
  /** Each article's own reading (tokens, scans, quotes, word index). */
  readings: Record<Side, ArticleReading>;
  entities: EntityAcross[];
  /** Number of entity mentions per passage index, per side. */
  entitiesPerPassage: Record<Side, Map<number, number>>;
  options: OmissionOptions;
  /** Tokens of a text, shared by every finder of this comparison. */
  tokens: Tokenizer;
  /** How much of each passage of a side the other article says (passage-cover.ts), by passage position. */
  cover: Record<Side, readonly PassageCover[]>;
  /** The aligner's counterparts of each passage of a side (the other side's passage indexes), by passage index; unpaired passages are absent. */
  paired: Record<Side, ReadonlyMap<number, readonly number[]>>;
  /**
   * Each side's own outlet as given (empty when unknown), which the finders read: an outlet is no news of
   * its article. Never the label, whose words (a headline's, in quotes) would read as the outlet's own.
   */
  outlets: Record<Side, string>;
  /** What notes call each side: its label (OmissionSide.label). */
  names: Record<Side, string>;
  titles: Record<Side, string | undefined>;
  /** Does a side's headline name this entity (an alias counts: "Tokyo" for Japan)? */
  inHeadline: Record<Side, (entity: NamedEntity) => boolean>;
}

export const SIDES: readonly Side[] = ["a", "b"];

export function other(side: Side): Side {
  return side === "a" ? "b" : "a";
}

export function sideIndex(side: Side): 0 | 1 {
  return side === "a" ? 0 : 1;
}

export function label(side: Side): string {
  return side.toUpperCase();
}

/** What a note calls a side: the outlet's name when the comparison knows it. */
export function nameOf(ctx: Pick<OmissionContext, "names">, side: Side): string {
  return ctx.names[side];
}
