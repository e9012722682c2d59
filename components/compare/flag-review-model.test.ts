import { describe, expect, it } from "vitest";
import { noteUnsaved, reviewFieldNames, savesNote, statusWithNote } from "./flag-review-model";

describe("the note of a flag's review", () => {
  it("is unsaved while the field differs from the stored note, and saved once they agree", () => {
    expect(noteUnsaved("Check the ministry's figure", undefined)).toBe(true);
    expect(noteUnsaved("Check the ministry's figure", "Check the")).toBe(true);
    expect(noteUnsaved("Check the ministry's figure", "Check the ministry's figure")).toBe(false);
    // An empty field on a review without a note has nothing to save.
    expect(noteUnsaved("", undefined)).toBe(false);
    // Clearing a stored note is a change to save.
    expect(noteUnsaved("", "old note")).toBe(true);
  });

  it("is saved by Enter, not by Shift+Enter, other keys or Enter confirming an input method's word", () => {
    expect(savesNote({ key: "Enter", shiftKey: false, isComposing: false })).toBe(true);
    expect(savesNote({ key: "Enter", shiftKey: true, isComposing: false })).toBe(false);
    expect(savesNote({ key: "Enter", shiftKey: false, isComposing: true })).toBe(false);
    expect(savesNote({ key: "a", shiftKey: false, isComposing: false })).toBe(false);
  });

  it("marks an unreviewed flag as needing a check, and keeps a status already chosen", () => {
    expect(statusWithNote("none")).toBe("needs-check");
    expect(statusWithNote("dismissed")).toBe("dismissed");
    expect(statusWithNote("confirmed")).toBe("confirmed");
  });
});

describe("the names a screen reader gives a review's controls", () => {
  it("name the item they review, by its number and title, so a list of controls tells them apart", () => {
    expect(reviewFieldNames({ number: 5, title: "Patricia Okonkwo-Hale" })).toEqual({ select: "Review item 5: Patricia Okonkwo-Hale", note: "Review note, item 5: Patricia Okonkwo-Hale" });
  });

  it("keep a long passage's name short, cut at a word, on one line", () => {
    const title = "The Hollins Creek Dam gave way shortly after dawn on Tuesday,\n killing at least 14 people and forcing the evacuation of 3,400 residents downstream.";
    const { select } = reviewFieldNames({ number: 12, title });
    expect(select.startsWith("Review item 12: The Hollins Creek Dam gave way shortly after dawn on Tuesday, killing")).toBe(true);
    expect(select.length).toBeLessThan(110);
    expect(select).not.toContain("\n");
  });

  it("fall back to the plain label when the control does not know its item", () => {
    expect(reviewFieldNames(undefined)).toEqual({ select: "Review", note: "Review note" });
  });
});
