import type { PassageRef } from "../types/comparison";

/**
 * The text one side of an aligned pair is read as: its passages joined by one
 * space. A merged side (two sentences against one) then reads as the two
 * sentences in a row, which is what a reader compares with the other side's
 * single sentence; the word diff, the number and passage flags and the
 * reports all use this one reading.
 */
export function joinRefs(refs: readonly Pick<PassageRef, "text">[]): string {
  return refs.map((r) => r.text).join(" ");
}
