/**
 * A byline line as article headers print it: the byline alone ("By Jane
 * Doe"), or the byline followed by when the piece was published or updated
 * ("By Meridian Press staff · December 3, 2026 2:05 PM UTC · Updated 3 hours
 * ago"). Such a line is metadata, never a passage: kept in the body it became
 * an item of its own in every comparison ("in the lede · names UTC").
 */
import { isDateline, matchByline } from "./chrome-rules";
import { isTimestampLine } from "./timestamp-line";

/** A bare byline longer than this is more likely a sentence that starts with "By". */
const MAX_BARE_CHARS = 80;
/** A byline with its time stamps, at most. */
const MAX_STAMPED_CHARS = 200;

/** "Updated 3 hours ago", "5 mins ago", "Published yesterday": a relative time, as pages print beside a date. */
const RELATIVE_TIME =
  /^(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?(?:(?:\d{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?)\s+ago|just now|yesterday|today)\.?$/i;

const isStamp = (part: string): boolean => isTimestampLine(part) || isDateline(part) || RELATIVE_TIME.test(part);

/** Where a byline line's parts meet: a bar, a middle dot or bullet, a spaced dash. */
const PART_SEPARATOR = /\s*[|·•]\s*|\s+[–—-]\s+/;

export function isBylineLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_STAMPED_CHARS || matchByline(text) === undefined) return false;
  if (text.length <= MAX_BARE_CHARS) return true;
  // Longer, every part after the byline must say when: "… · December 3, 2026 2:05 PM UTC · Updated 3 hours ago".
  const [byline, ...rest] = text.split(PART_SEPARATOR).filter(Boolean);
  return byline !== undefined && matchByline(byline) !== undefined && rest.length > 0 && rest.every(isStamp);
}
