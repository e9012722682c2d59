import { describe, expect, it } from "vitest";
import { statesAnAbsence } from "./absence-statement";

describe("a sentence that says an account leaves something out", () => {
  it("is found in the ways news writes it", () => {
    for (const text of [
      "Surprisingly, in the US version of the meeting's readout, there was no mention of China in the State Department press release.",
      "The indictment made no mention of whether Mr. Trump played a role in the coordination.",
      "The indictment does not mention whether Mr. Stone knew about the operatives' plans.",
      "The suit did not mention specific statistics about marijuana arrests.",
      "The Obama administration is not mentioned by name in the latest spot.",
      "The statement didn’t mention the sanctions.",
      "The White House readout failed to mention Taiwan.",
      "The communiqué ends without any reference to the Taiwan Strait.",
      "The ministry's summary made no reference to human rights.",
    ]) {
      expect(statesAnAbsence(text), text).toBe(true);
    }
  });

  it("is not any sentence with a negation or the word 'mention'", () => {
    for (const text of [
      "Blinken mentioned China twice in his remarks.",
      "Police did not name the victim.",
      "The president did not address the charges on Friday.",
      "He was not available for comment.",
      "It is worth a mention that the talks ran late.",
      "No one was hurt.",
    ]) {
      expect(statesAnAbsence(text), text).toBe(false);
    }
  });
});
