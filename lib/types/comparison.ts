/**
 * The comparison format: what `lacuna compare --format json` prints, what the
 * compare page renders and what reports are built from. Documented for users
 * in docs/comparison-format.md; keep the two in step.
 */
import type { Block, BlockRole } from "../text/types";

export type Side = "a" | "b";

/** identical: same words after normalisation; near: light edits; paraphrase: same content reworded; partial: overlapping, but one side says more or something else. */
export type AlignmentKind = "identical" | "near" | "paraphrase" | "partial";

/** A diff-match-patch chunk: -1 only in A, 0 in both, 1 only in B. */
export type DiffOp = -1 | 0 | 1;
export type DiffChunk = [DiffOp, string];

export interface PassageRef {
  index: number;
  text: string;
  paragraph: number;
  role: BlockRole;
  start: number;
  end: number;
}

export interface Alignment {
  kind: AlignmentKind;
  /** 0–1 similarity of the paired passages. */
  score: number;
  /** One or more consecutive passages of A (several when B merged them). */
  a: PassageRef[];
  b: PassageRef[];
  /** Word-level diff from A's text to B's text. */
  diff: DiffChunk[];
  /** True when the pair sits out of order relative to the rest of the alignment (a moved paragraph). */
  moved: boolean;
}

/** passage, entity, quote, number: left out by one side. conflict: both sides give a figure for the same quantity and the figures differ. */
export type OmissionKind = "passage" | "entity" | "quote" | "number" | "conflict";

export interface Omission {
  kind: OmissionKind;
  /** The side that leaves it out. */
  missingFrom: Side;
  /** Entity name, quote or number, for entity / quote / number flags. */
  term?: string;
  /** The passage text, for passage flags (and context for the others). */
  text?: string;
  /** Mentions on each side. */
  countA: number;
  countB: number;
  /** 0–1, higher = more important; flags are listed by it. */
  severity: number;
  /** Passage indexes behind the flag, on each side. */
  passagesA: number[];
  passagesB: number[];
  /** Human-readable explanation, e.g. "“China” appears 5× in A, never in B". */
  note?: string;
  /** Who is quoted (quote flags), when the text names them next to a speech verb. */
  speaker?: string;
  /** For quote / number flags where both sides have it but changed: word diff A → B. */
  diff?: DiffChunk[];
  /** Stable key so an analyst's review survives a re-run while the flag still exists. */
  key: string;
  /** Id of the item (`OmissionItem.id`) this flag belongs to. */
  item?: string;
}

/** High / Medium / Low: how an item's salience reads to an analyst. */
export type Importance = "high" | "medium" | "low";

/**
 * One omission as the analyst sees it: a left-out passage together with the
 * names, quotes and figures inside it, or a name left out with all its
 * mentions. Items, not flags, are what the views and reports rank and show.
 */
export interface OmissionItem {
  /** Stable id: the key of its lead flag (reviews attach to flag keys). */
  id: string;
  missingFrom: Side;
  /** The lead flag's kind. */
  kind: OmissionKind;
  /** Short label: the name, the quote, the figures, or the passage's opening words. */
  title: string;
  /** 0–1; items are listed by it, highest first. */
  salience: number;
  importance: Importance;
  /** Why it ranks where it does, in plain words: "in ANI's headline and lede", "6 mentions", "quoted". */
  reasons: string[];
  /** Keys of the flags it groups, lead flag first. */
  flags: string[];
  /** Passages of the side that has it (A's indexes when missingFrom is "b", and the reverse). */
  evidence: number[];
  /** The closest related passages of the side that leaves it out, when there are any. */
  related: number[];
}

export interface SourceInfo {
  title: string;
  outlet: string;
  url?: string | null;
  publishedAt?: string | null;
  /**
   * Set by the analysis when the text is not in English: its language, as
   * an ISO 639-3 code ("deu"). Names are read in English text only, so a
   * comparison with such an article compares no names (lib/text/language.ts).
   */
  language?: string;
}

export interface ComparisonStats {
  passagesA: number;
  passagesB: number;
  identical: number;
  near: number;
  paraphrase: number;
  partial: number;
  moved: number;
  onlyA: number;
  onlyB: number;
  /** Passages past the aligner's limit (`maxPassages`), left out of the comparison: 0 for any real article. */
  notComparedA: number;
  notComparedB: number;
}

export interface Comparison {
  a: SourceInfo;
  b: SourceInfo;
  /** 0–1 share of content the two have in common. */
  similarity: number;
  alignments: Alignment[];
  onlyA: PassageRef[];
  onlyB: PassageRef[];
  /** Every flag, in the order the analyst sees them: grouped by item, items in rank order. */
  omissions: Omission[];
  /** The grouped, ranked omissions (each names its flags). */
  items: OmissionItem[];
  stats: ComparisonStats;
  /**
   * Present (true) when the two articles are in different languages: passages
   * are matched by their words and nothing is translated, so no omissions are
   * listed (see `a.language`, `b.language`).
   */
  crossLanguage?: true;
}

/** What the core needs of one article to compare it. */
export interface ComparableDocument {
  info: SourceInfo;
  blocks: Block[];
}
