/**
 * The header and footer of a press release, which are about the release, not
 * what it says: its kind ("Press release", "For immediate release",
 * "Embargoed until …"), its fields ("From: Ministry of Transport",
 * "Contact: …", "Media enquiries: …", printed as one line or as a label line
 * and a value line), its end mark ("ENDS", "###", "-30-") and the notes to
 * editors after it. Kept as passages, "From: Ministry of Transport" matched
 * every outlet that named the minister and became a story item "reported by
 * 3 of 6 sources". A contact block printed one field a line ("Media Contact:",
 * a name, an e-mail address, a phone number) goes as a whole: its name and
 * number were flagged as a person and a figure other outlets left out. Shapes
 * and phrase families of releases, never one issuer's strings.
 */
import { readerWordCount } from "../../text/unspaced-words";
import { endsLikeSentence } from "./chrome-rules";
import { findDate } from "./parse-date";

/** Header fields are within the first blocks (or before the second paragraph of prose), footer fields within the last ones. */
const HEAD_BLOCKS = 5;
const TAIL_BLOCKS = 3;
/** A field's value is a name, a date, a number or an address: a few words. */
const MAX_VALUE_WORDS = 15;
const MAX_LABEL_VALUE_WORDS = 8;
/** An end mark or notes heading counts only once the release has begun. */
const PROSE_BEFORE_END = 2;
const PROSE_WORDS = 15;

/** The release's kind, alone on a line: "Press release", "NEWS RELEASE No. 23-104", "For immediate release: 3 December 2026". */
const RELEASE_LABEL =
  /^(?:(?:press|news|media)[ -]release|(?:press|media) statement|communiqu[ée] de presse|pressemitteilung|nota de prensa|comunicado de prensa)(?:\s*(?:no\.?|number|#)?\s*[\w./-]{0,12})?$|^for (?:immediate|general) release\b[^.!?]{0,40}$|^(?:not for (?:publication|release|broadcast) (?:before|until)|embargoed?(?: until| till| to)?\b)[^.!?]{0,60}$/i;

/** Labels of the fields that say whom to call: at the head or at the foot of a release. */
const CONTACT_LABEL =
  /^(?:contacts?|media contacts?|press contacts?|media (?:enquiries|inquiries)|press (?:enquiries|inquiries)|public (?:enquiries|inquiries)|press office|press officer|for (?:more|further) information|further information|tel(?:ephone)?|phone|mobile|e-?mail|fax|ref(?:erence)?(?: no\.?)?)$/i;
/**
 * Labels of the fields that say who issued it and when, only at the head: at the foot of an article "Date:" and
 * "Location:" are an event's details, which are content.
 */
const HEADER_LABEL =
  /^(?:from|issued by|issuer|published|first published|last updated|updated|release date|date|dated|release (?:no\.?|number)|location|part of|organi[sz]ation|department|document type|embargo(?:ed until)?)$/i;

const END_MARK = /^(?:[-–—*\s]*(?:ends?|end of (?:press |news )?release)[-–—*\s]*|#\s*#\s*#|-\s*30\s*-)$/i;
const EDITORS_NOTES = /^(?:notes?|information) (?:to|for) editors\s*:?$|^editors'? notes?\s*:?$/i;

const words = readerWordCount;

export const isReleaseLabel = (line: string): boolean => line.length <= 100 && RELEASE_LABEL.test(line.trim());

type Place = "head" | "tail";

const labelAt = (label: string, place: Place): boolean => CONTACT_LABEL.test(label) || (place === "head" && HEADER_LABEL.test(label));

/** A label alone, as a definition list or a two-column table prints it: "From:", "Media enquiries". */
export const isFieldLabel = (line: string, place: Place): boolean => labelAt(line.trim().replace(/\s*:$/, ""), place);

/** "From: Ministry of Transport", "Media enquiries: press office, 020 7946 0000." */
export function isReleaseField(line: string, place: Place): boolean {
  const m = /^([^:]{2,40}):\s*(\S.*)$/.exec(line.trim());
  if (!m || !labelAt(m[1]!.trim(), place)) return false;
  const value = m[2]!;
  // One sentence at most: "Date: the meeting was moved. The council said …" is story text.
  return words(value) <= MAX_VALUE_WORDS && !/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(value);
}

/** A value line under a label line: "Ministry of Transport", "3 December 2026". */
const isFieldValue = (line: string | undefined): boolean =>
  line !== undefined && words(line) > 0 && words(line) <= MAX_LABEL_VALUE_WORDS && line.length <= 100 && !endsLikeSentence(line);

export const isReleaseEnd = (line: string): boolean => {
  const text = line.trim();
  return text.length <= 40 && (END_MARK.test(text) || EDITORS_NOTES.test(text));
};

export interface ReleaseMarks {
  /** Indexes of lines that are release metadata. */
  drop: Set<number>;
  /** The release's end mark or notes heading: it and every line after it are not the release's text (lines.length when none). */
  cutFrom: number;
  /** ISO 8601 date of a "Published:" / "Date:" field, when the header gives one. */
  publishedAt?: string;
  /** The head says what the text is ("Press release", "For immediate release"): a clue to the outlet's kind. */
  labelled: boolean;
}

const DATE_LABEL = /^(?:published|first published|release date|date|dated|issued)$/i;

/** The date a "Published: 3 December 2026" field gives. */
function dateOf(field: string): string | undefined {
  const at = field.indexOf(":");
  if (at < 0 || !DATE_LABEL.test(field.slice(0, at).trim())) return undefined;
  return findDate(field.slice(at + 1))?.iso;
}

/** The release's end mark or notes heading, once the release has begun; lines.length when it has none. */
function findEnd(lines: readonly string[]): number {
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    if (prose >= PROSE_BEFORE_END && isReleaseEnd(lines[i]!)) return i;
    if (words(lines[i]!) >= PROSE_WORDS) prose++;
  }
  return lines.length;
}

/** A contact block's lines are a few fields each, one of which says how to reach someone. */
const MAX_CONTACT_VALUES = 6;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** Seven digits or more, grouped as phone numbers are: "(937) 555-0110", "+44 20 7946 0000", "020 7946 0000". */
const PHONE = /(?:^|[^\p{L}\p{N}])\+?\(?\d[\d ().-]{5,}\d(?![\p{N}])/u;
const reachesSomeone = (line: string): boolean => EMAIL.test(line) || (PHONE.test(line) && (line.match(/\d/g)?.length ?? 0) >= 7);

/** A name, a role, an address or a number under a contact label; "Inc." or "Ltd." may close it. */
const isContactValue = (line: string | undefined): line is string =>
  line !== undefined && words(line) > 0 && words(line) <= MAX_LABEL_VALUE_WORDS && line.length <= 100 && !/[!?]["”’)]*$/.test(line) && !/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(line);

/**
 * The lines after index `at` of a contact block starting there ("Media Contact:" or "Media Contact: Rachel
 * Voss", then a line each for the name, the e-mail address, the phone number), when the block gives a way to
 * reach someone; else 0.
 */
function contactBlockLength(lines: readonly string[], at: number, end: number): number {
  const first = lines[at]!.trim();
  const label = first.replace(/\s*:.*$/, "");
  if (!CONTACT_LABEL.test(label) || !(isFieldLabel(first, "tail") || isReleaseField(first, "tail"))) return 0;
  let j = at + 1;
  while (j < end && j - at <= MAX_CONTACT_VALUES && isContactValue(lines[j])) j++;
  return j > at + 1 && lines.slice(at, j).some(reachesSomeone) ? j - at : 0;
}

/** Marks the release metadata among an article's lines (blocks, or a pasted text's paragraphs). */
export function markReleaseMetadata(lines: readonly string[]): ReleaseMarks {
  const drop = new Set<number>();
  const cutFrom = findEnd(lines);
  // The footer is counted back from the end mark: on a web page "ENDS" is often followed by the site's own
  // teasers and footer, and "Media Contact:" is then far from the last block.
  const end = cutFrom;
  let prose = 0;
  let publishedAt: string | undefined;
  let labelled = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (words(line) >= PROSE_WORDS) prose++;
    const place: Place | undefined = i < HEAD_BLOCKS || prose < PROSE_BEFORE_END ? "head" : i >= end - TAIL_BLOCKS ? "tail" : undefined;
    // A contact block at the head, or one that runs into the footer.
    const contact = contactBlockLength(lines, i, end);
    if (contact > 0 && (place === "head" || i + contact > end - TAIL_BLOCKS)) {
      for (let k = i; k < i + contact; k++) drop.add(k);
      i += contact - 1;
      continue;
    }
    if (!place) continue;
    if (place === "head" && isReleaseLabel(line)) {
      drop.add(i);
      labelled = true;
    }
    else if (isReleaseField(line, place)) {
      drop.add(i);
      publishedAt ??= dateOf(line);
    } else if (isFieldLabel(line, place) && isFieldValue(lines[i + 1])) {
      drop.add(i);
      drop.add(i + 1);
      publishedAt ??= dateOf(`${line.trim().replace(/\s*:?$/, ":")} ${lines[i + 1]}`);
      i++;
    }
  }
  return { drop, cutFrom, labelled, ...(publishedAt ? { publishedAt } : {}) };
}
