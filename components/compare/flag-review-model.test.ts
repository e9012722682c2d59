import { describe, expect, it } from "vitest";
import { noteUnsaved, savesNote, statusWithNote } from "./flag-review-model";

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
