/**
 * The line at the foot of a story that credits the people who made it:
 * "(Reporting by Anna Lindqvist; Editing by Mark Osei)", "Additional
 * reporting by Jo Park in Seoul", "Contributing: Ann Lee, USA TODAY", and a
 * newspaper's "Staff writer Ben Ruiz contributed to this report." or "Jo Park
 * and Ann Lee contributed reporting from Seoul." It is
 * part of what the page prints (kept, with the role "credit") but it is not
 * what the story says: as a passage it was flagged as left out of every
 * outlet that did not reprint the wire's credits.
 */
import { readerWordCount } from "../../text/unspaced-words";

/** One credit: "Reporting by …", "Editing by …", "Additional reporting by …", "Contributing: …". */
const CREDIT_START =
  /^(?:(?:additional|further|with additional|with)\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|production|produced|fact-checking|research|translation|translated)\s+by\b|^(?:contributing|contributors?|additional reporting)\s*:/i;

/**
 * A newspaper's credit names the contributors first: "<names> contributed to this report", "<names> contributed
 * reporting (from <places>)". Only these closing phrases: "Falling demand contributed to the decline" says something.
 */
const CONTRIBUTED =
  /^(.+?)\s+(?:also\s+)?contributed\s+(?:(?:additional\s+)?(?:reporting|research)|to\s+this\s+(?:report|story|article))(?:\s+(?:from|in)\s+(.+))?$/i;

/** A credits line is a list of names, never long. */
const MAX_CREDIT_WORDS = 60;

/**
 * Small words a list of names and places may hold ("Reporting by Jo Park in Seoul and Ann Lee at the United
 * Nations"); any other small word makes the part a sentence ("Reporting by Reuters showed that …").
 */
const LINKING_WORD =
  /^(?:and|in|at|from|with|for|of|the|on|additional|reporting|writing|editing|staff|writers?|reporters?|correspondents?|researchers?|de|da|del|van|von|der|le|la|al|bin|y|&)$/;

/** Names and places only: capitalised words, and the small words a list of them holds. */
function isNameList(text: string): boolean {
  const names = text.replace(/[,.:()]/g, " ").split(/\s+/).filter(Boolean);
  return names.length > 0 && names.every((w) => !/^\p{Ll}/u.test(w) || LINKING_WORD.test(w));
}

/** One credit: its phrase, then names and places only; or names and places, then "contributed …". */
function isCreditPart(part: string): boolean {
  const start = CREDIT_START.exec(part);
  if (start) return isNameList(part.slice(start[0].length));
  const contributed = CONTRIBUTED.exec(part);
  return contributed !== null && isNameList(contributed[1]!) && (contributed[2] === undefined || isNameList(contributed[2]));
}

export function isReporterCredit(line: string): boolean {
  // Brackets, a leading dash and a closing full stop are how wires frame the line.
  const inner = line.trim().replace(/^[(\[–—-]+\s*|\s*[)\].]+$/g, "");
  if (inner === "" || readerWordCount(inner) > MAX_CREDIT_WORDS) return false;
  // Every part is a credit of its own: "Reporting by …; Editing by …", "Writing by …. Editing by …".
  const parts = inner.split(/\s*;\s*|\.\s+(?=\p{Lu}\p{Ll}+ by\b)/u).filter(Boolean);
  return parts.length > 0 && parts.every(isCreditPart);
}
