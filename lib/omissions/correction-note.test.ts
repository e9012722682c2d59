import { describe, expect, it } from "vitest";
import { correctionSpans } from "./correction-note";

// Invented sentences. What of each text is set aside as what was wrong before.
const setAside = (text: string, inNote = false) => correctionSpans(text, inNote).map((s) => text.slice(s.start, s.end));

describe("correctionSpans: where an article says what it got wrong", () => {
  it("takes a correction note whole, and a sentence of the note's paragraph after it", () => {
    const note = "Correction: An earlier version of this article gave the number of deaths as eleven.";
    expect(setAside(note)).toEqual([note]);
    expect(setAside("An earlier version of this story misspelt the mayor's name and gave the toll as nine.")).toHaveLength(1);
    expect(setAside("Clarification: the mill employs 140 people, not 400.")).toHaveLength(1);
    expect(setAside("It also said four were in a serious condition; the figure is two.", true)).toHaveLength(1);
  });

  it("sets aside only the sentence saying a figure was wrongly given in a passage that reports", () => {
    expect(setAside("Eleven miners died on Tuesday. Police had earlier incorrectly reported that nine died. Rescue work goes on.")).toEqual([" Police had earlier incorrectly reported that nine died."]);
  });

  it("sets aside nothing of a report that only uses the words", () => {
    expect(setAside("The earlier version of the bill gave farmers $12 billion, the committee said.")).toEqual([]);
    expect(setAside("Eleven miners died in the second collapse in a year, the correction officer said.")).toEqual([]);
    // An update adds to the report; news of someone else's misstatement is news.
    expect(setAside("UPDATE: Rescuers said on Wednesday that 14 miners had died.")).toEqual([]);
    expect(setAside("The candidate is defending himself against a report that he misstated his service.")).toEqual([]);
  });
});
