import { describe, expect, it } from "vitest";
import { koreanStem, startsWordAfterDigit } from "./korean-stem";
import { tokenize } from "./tokens";
import { splitTokens } from "../diff/word-pieces";

describe("koreanStem", () => {
  it("brings a noun's forms with particles to the noun", () => {
    expect(["북한의", "북한은", "북한이", "북한"].map(koreanStem)).toEqual(["북한", "북한", "북한", "북한"]);
    expect(["동맹국과", "동맹국들과", "동맹국에게"].map(koreanStem)).toEqual(["동맹국", "동맹국", "동맹국"]);
    expect(koreanStem("서울에서")).toBe("서울");
  });

  it("cuts a 하다 / 되다 verb and a 히 adverb at their noun", () => {
    expect(["협력하겠다고", "협력할", "협력"].map(koreanStem)).toEqual(["협력", "협력", "협력"]);
    expect(["진행했다고", "진행됐다", "진행되는"].map(koreanStem)).toEqual(["진행", "진행", "진행"]);
    expect(["긴밀히", "긴밀하게"].map(koreanStem)).toEqual(["긴밀", "긴밀"]);
  });

  it("keeps two-syllable words whose last syllable only looks like an ending", () => {
    // 회의 (a meeting) is no 회 + 의, 북한 no 북 + 한, 위해 no 위 + 해.
    expect(["회의", "논의", "북한", "위해", "국가"].map(koreanStem)).toEqual(["회의", "논의", "북한", "위해", "국가"]);
    expect(koreanStem("논의했다")).toBe("논의");
  });

  it("leaves words in other scripts alone", () => {
    expect(koreanStem("agreed")).toBe("agreed");
    expect(koreanStem("会談")).toBe("会談");
  });
});

describe("a number and the Korean counter written onto it", () => {
  it("are two words for the tokeniser and the word diff", () => {
    expect(tokenize("약 40분간 회담").map((t) => t.surface)).toEqual(["약", "40", "분간", "회담"]);
    expect(splitTokens("약 40분간").tokens).toEqual(["약", "40", "분간"]);
    expect(startsWordAfterDigit("5명", 1)).toBe(true);
  });

  it("leave other words with digits whole", () => {
    expect(tokenize("COVID-19 G7 3.5 1,000").map((t) => t.surface)).toEqual(["COVID-19", "G7", "3.5", "1,000"]);
    expect(startsWordAfterDigit("북한2", 2)).toBe(false);
  });
});
