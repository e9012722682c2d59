/**
 * How much an unmatched passage matters to an analyst. News puts the most
 * important facts first, and names, figures and quotes are what a reader
 * checks; captions, headings and agency boilerplate weigh little.
 */
import type { BlockRole } from "../text/types";
import { tokenize, type Token } from "../text/tokens";

export interface SalienceInput {
  text: string;
  role: BlockRole;
  /** Position among the article's passages (0-based) and their number. */
  index: number;
  total: number;
  /** Named entities mentioned in the passage. */
  entities: number;
  /** The text's tokens, when the caller already has them. */
  tokens?: readonly Token[];
  /** What salience reads of the text itself, when the caller keeps it (see passageTraits). */
  traits?: PassageTraits;
}

/** What salience reads of a passage's text alone, whatever it is compared with. */
export interface PassageTraits {
  contentWords: number;
  numbers: number;
  hasQuote: boolean;
  boilerplate: boolean;
}

export function passageTraits(text: string, tokens: readonly Token[] = tokenize(text)): PassageTraits {
  let contentWords = 0;
  let numbers = 0;
  for (const t of tokens) {
    if (t.isContent) contentWords++;
    if (t.isNumber) numbers++;
  }
  return { contentWords, numbers, hasQuote: /["“”«»]/.test(text), boilerplate: isBoilerplate(text) };
}

const ROLE_WEIGHT: Readonly<Record<BlockRole, number>> = { body: 1, quote: 1, "list-item": 0.8, heading: 0.35, caption: 0.3, credit: 0, boilerplate: 0 };

/**
 * A site's furniture and the agency's fine print. Words that a story may use
 * in its own sense are matched only in the site's phrasing: "cookies" as a
 * site uses them, not "a hand in the cookie jar"; "sign up for our
 * newsletter", not "urging members to sign up for rallies"; "copyright 2021",
 * not a story about copyright law. A correction ("An earlier version of this
 * article gave the toll as twelve") is no furniture: it tells the reader the
 * article changed, and is ranked as any passage one side alone gives.
 */
const BOILERPLATE =
  /©|\b(?:disclaimer|auto-published|all rights reserved|subscribe (?:now|here|today|to (?:our|the|this) (?:newsletter|channel|podcast|feed))|(?:our|free|daily|weekly|e-?mail) newsletters?|sign up (?:now|here|today|for (?:our|the|a free) (?:newsletter|daily|weekly|free)|to (?:our|the) newsletter)|follow us|click here|read more|related (?:stories|articles)|(?:we|this (?:site|website)|our (?:site|website)) uses? cookies|(?:accept|use of) (?:all )?cookies|cookie (?:policy|settings|preferences|notice|banner)|copyright (?:©|\(c\)|\d{4})|with inputs from|photo credit|image credit|credit:|tags:|open in app|a version of this (?:article|story) appears in print|contributed reporting)(?!\w)/i;

export function isBoilerplate(text: string): boolean {
  const found = BOILERPLATE.exec(text);
  if (!found) return false;
  // A caption that ends with its credit ("Blinken and Austin arrive in Tokyo. Credit: AP") is still a
  // caption; only a credit line on its own is furniture.
  return !(CREDIT.test(found[0]) && text.length - found[0].length > CREDITED_TEXT);
}

const CREDIT = /credit/i;
/** Characters of text besides a credit that make a passage more than its credit line. */
const CREDITED_TEXT = 60;

export function passageSalience(p: SalienceInput): number {
  const { contentWords: content, numbers, hasQuote, boilerplate } = p.traits ?? passageTraits(p.text, p.tokens);
  const position = p.total > 1 ? 1 - p.index / (p.total - 1) : 1;
  const score =
    0.3 * position +
    0.25 * Math.min(1, p.entities / 3) +
    0.2 * Math.min(1, content / 18) +
    0.1 * Math.min(1, numbers / 2) +
    0.15 * (hasQuote ? 1 : 0);
  const weight = ROLE_WEIGHT[p.role] * (boilerplate ? 0.2 : 1) * (content < 4 ? 0.5 : 1);
  return Math.max(0, Math.min(1, score * weight));
}
