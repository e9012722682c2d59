/**
 * What the review of a flag does with its note field, apart from the
 * widgets: when the field holds a note not yet saved (the page offers "Save
 * note" and warns before it is left), and which status a saved note goes with.
 */
import type { ReviewStatus } from "./flag-review";
import { clipAtWord } from "@/lib/text/clip";

/** How long an item's title may run in a control's name: enough to tell items apart, short enough to listen to. */
const NAME_TITLE_MAX = 80;

/**
 * The accessible names of a review's select and note field. A page lists a
 * dozen or hundreds of reviews; named only "Review", a screen reader's list of
 * form controls cannot tell them apart. So each names its item, as the page
 * numbers it: "Review item 5: Patricia Okonkwo-Hale", "Review note, item 5: …".
 */
export function reviewFieldNames(item: { number: number; title: string } | undefined, label = "Review"): { select: string; note: string } {
  if (!item) return { select: label, note: `${label} note` };
  const which = `item ${item.number}: ${clipAtWord(item.title.replace(/\s+/g, " ").trim(), NAME_TITLE_MAX)}`;
  return { select: `${label} ${which}`, note: `${label} note, ${which}` };
}

/** Whether the note field holds text the stored review does not: typed and not saved yet. */
export function noteUnsaved(note: string, saved: string | undefined): boolean {
  return note !== (saved ?? "");
}

/** The status saved with a note: a note on an unreviewed flag means the analyst is looking into it. */
export function statusWithNote(status: ReviewStatus | "none"): ReviewStatus {
  return status === "none" ? "needs-check" : status;
}

/**
 * Whether a key pressed in the note field saves it: Enter, as in any
 * one-line field, but not while an input method is composing (a Japanese
 * word is confirmed with Enter) nor with Shift (no line breaks to make).
 */
export function savesNote(key: { key: string; shiftKey: boolean; isComposing: boolean }): boolean {
  return key.key === "Enter" && !key.shiftKey && !key.isComposing;
}
