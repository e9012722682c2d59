/**
 * The header and footer of a press release, which are about the release, not
 * what it says: its kind ("Press release", "For immediate release",
 * "Embargoed until …"), its fields ("From: Ministry of Transport",
 * "Contact: …", "Media enquiries: …", printed as one line or as a label line
 * and a value line), its end mark ("ENDS", "###", "-30-") and the notes to
 * editors after it. Kept as passages, "From: Ministry of Transport" matched
 * every outlet that named the minister and became a story item "reported by
 * 3 of 6 sources". Shapes and phrase families of releases, never one issuer's
 * strings.
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
}

const DATE_LABEL = /^(?:published|first published|release date|date|dated|issued)$/i;

/** The date a "Published: 3 December 2026" field gives. */
function dateOf(field: string): string | undefined {
  const at = field.indexOf(":");
  if (at < 0 || !DATE_LABEL.test(field.slice(0, at).trim())) return undefined;
  return findDate(field.slice(at + 1))?.iso;
}

/** Marks the release metadata among an article's lines (blocks, or a pasted text's paragraphs). */
export function markReleaseMetadata(lines: readonly string[]): ReleaseMarks {
  const drop = new Set<number>();
  const n = lines.length;
  let prose = 0;
  let cutFrom = n;
  let publishedAt: string | undefined;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (prose >= PROSE_BEFORE_END && isReleaseEnd(line)) {
      cutFrom = i;
      break;
    }
    if (words(line) >= PROSE_WORDS) prose++;
    const place: Place | undefined = i < HEAD_BLOCKS || prose < PROSE_BEFORE_END ? "head" : i >= n - TAIL_BLOCKS ? "tail" : undefined;
    if (!place) continue;
    if (place === "head" && isReleaseLabel(line)) drop.add(i);
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
  return { drop, cutFrom, ...(publishedAt ? { publishedAt } : {}) };
}
