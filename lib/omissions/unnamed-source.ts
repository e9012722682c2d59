/**
 * Sources an article quotes without naming them: "a senior administration
 * official said", "according to two people familiar with the talks", "…,” an
 * insider told the outlet. Analysts weigh anonymous sourcing apart from named
 * speakers, so an item that rests on one says so among its reasons.
 *
 * Read only where no speaker is named (attribution.ts finds those), and never
 * used as a speaker: "an official" in two paragraphs may be two people, and a
 * description cannot be compared with a name ("attributed to someone else").
 */

/** Whom the source is described as: officials, staff ("two county employees") and people around them, not a document ("the letter said"). */
const WHO =
  "(?:officials?|sources?|aides?|insiders?|advis[eo]rs?|diplomats?|staffers?|employees?|workers?|officers?|spokes(?:man|woman|person)|(?:person|people|someone|one)\\s+(?:familiar\\s+with|close\\s+to|briefed\\s+on|with\\s+knowledge\\s+of)\\s+[^,.;:“”\"]{3,60})";
/** A word of a description: no verb or conjunction ("at the time was a spokeswoman"), no sentence's end ("the president. The source"); "U.S." keeps its points. */
const WORD = "(?!(?:was|is|were|are|has|had|said|says|and|but|who|that)\\b)(?:[A-Za-z’'-]+|(?:[A-Z]\\.){1,3})";
/** How many, and which: "a", "the", "two", "one senior", "a White House", "a former U.S." — up to four such words. */
const WHICH = `(?:(?:an?|the|one|two|three|four|several|some|other|multiple)\\s+)(?:${WORD}\\s+){0,4}?`;
/** Where the source sits: "a spokesman for the British Foreign Office", "an aide to Sen. Smith" — up to eight such words. */
const WHERE = `(?:\\s+(?:for|at|with|to|in|from)(?:\\s+(?:${WORD}|(?:Sen|Rep|Gov|Gen|Mr|Mrs|Ms|Dr)\\.)){1,8}?)?`;
const VERB = "(?:said|says|told|tells|added|confirmed|stated|explained|warned|insisted|wrote)";

/** Not a predicate: "(she) was a spokeswoman for a congressman, … wrote" describes someone, it is no subject. */
const OPENS = "(?<!\\b(?:was|is|are|were|been|be|became|remains|as)\\s+)";

/** The subject and its verb: "a senior official said", "two sources told Reuters", "officials said" (a bare plural). */
const SUBJECT = `\\b(${WHICH}${WHO}${WHERE}|(?:officials|sources|aides|advisers|advisors)(?:\\s+familiar\\s+with\\s+[^,.;:“”"]{3,60}?)?)\\s*,?\\s+(?:(?:also|later|privately)\\s+)?${VERB}\\b`;
/** Where a subject may stand: anywhere but as a predicate (", officials said," interjected included). */
const BEFORE_VERB = new RegExp(`${OPENS}${SUBJECT}`, "i");
/** Only opening the text, a sentence or the words after a quotation: never inside an apposition of someone named. */
const OPENING_BEFORE_VERB = new RegExp(`(?<=^\\s*|[.!?:;“”"]\\s*)${SUBJECT}`, "i");
/** "said a senior official", "according to two people familiar with the matter" — the description ending the clause ("said the official report" is no source). */
const AFTER_VERB = new RegExp(`\\b(?:said|says|told|according\\s+to)\\s+(${WHICH}${WHO})(?=\\s*(?:[,.;:!?)”"]|$)|\\s+(?:who|on|in|at|of|for|to|with)\\b)`, "i");

/**
 * The description of an unnamed source that a passage's attribution gives, as written ("a senior
 * administration official"). `opening`: only a subject that opens its sentence or follows the quotation
 * (for a claim about one quotation, where "Faiz Shakir, the political director … and an adviser to
 * Harry Reid, said" must not read as an unnamed adviser).
 */
export function unnamedSourceIn(text: string, opening = false): string | undefined {
  const found = (opening ? OPENING_BEFORE_VERB : BEFORE_VERB).exec(text) ?? AFTER_VERB.exec(text);
  const who = found?.[1]?.trim().replace(/\s+/g, " ");
  if (!who) return undefined;
  // "One official" and "An official" read alike in a reason; a capital only opens the sentence.
  return who.charAt(0).toLowerCase() + who.slice(1);
}
