import { describe, expect, it } from "vitest";
import { TextIndex } from "./text-index";

describe("TextIndex.hasAlone", () => {
  const text = new TextIndex("Ships sailed to the South China Sea.\nOfficials in Chinatown said de Blasio met al-Qaeda experts on Monday and the board of 3M later.");

  it("finds a name written on its own", () => {
    expect(text.hasAlone("Chinatown")).toBe(true);
    expect(text.hasAlone("Monday")).toBe(true);
    expect(text.hasAlone("3M")).toBe(true);
  });

  it("finds spellings that start in lower case", () => {
    expect(text.hasAlone("de Blasio")).toBe(true);
    expect(text.hasAlone("al-Qaeda")).toBe(true);
    expect(text.hasAlone("board")).toBe(true);
  });

  it("reads words in any script", () => {
    const other = new TextIndex("Talks in Zürich and 東京 ended; Ōsaka-based 𝒳Corp declined.");
    expect(other.hasAlone("Zürich")).toBe(true);
    expect(other.hasAlone("東京")).toBe(true);
    expect(other.hasAlone("Ōsaka")).toBe(true);
    expect(other.hasAlone("Corp")).toBe(false); // inside 𝒳Corp
    expect(other.hasAlone("Zürich and")).toBe(true);
    expect(other.hasAlone("ürich")).toBe(false);
  });

  it("does not read a sentence's last word, or an article, as the start of the name after it", () => {
    const other = new TextIndex("Flynn worked for Russia and Turkey. Intelligence committee chairman Sen. Burr spoke, citing The Guardian and U.S. Army files.");
    expect(other.hasAlone("Intelligence committee")).toBe(true);
    expect(other.hasAlone("Guardian")).toBe(true);
    // An abbreviation, dotted initials or a title still carry their point into the name.
    expect(other.hasAlone("Burr")).toBe(false);
    expect(other.hasAlone("Army")).toBe(false);
  });

  it("finds a name written in lower case as whole words, leaving names written as given to hasAlone", () => {
    const other = new TextIndex("The tea party-backed candidate won near ground zero. Trump Tower Moscow was planned.");
    expect(other.hasIgnoringCase("Tea Party")).toBe(true);
    expect(other.hasIgnoringCase("Ground Zero")).toBe(true);
    expect(other.hasIgnoringCase("Trump Tower")).toBe(false); // written as given, inside a longer name
    expect(other.hasIgnoringCase("Party Candidate")).toBe(false); // "party-backed candidate" is not those words
  });

  it("finds a spelling written exactly as whole words, inside a longer name too, but never inside a word", () => {
    const other = new TextIndex("The Industrial Safety Board met in the South China Sea port; al-Qaeda and 3M were named. Chinatown.");
    expect(other.hasWhole("Safety")).toBe(true);
    expect(other.hasWhole("China")).toBe(true);
    expect(other.hasWhole("Safety Board")).toBe(true);
    expect(other.hasWhole("al-Qaeda")).toBe(true);
    expect(other.hasWhole("3M")).toBe(true);
    expect(other.hasWhole("Chinatown")).toBe(true);
    expect(other.hasWhole("Chin")).toBe(false);
    expect(other.hasWhole("Qaeda and 3")).toBe(false);
    expect(other.hasWhole("safety")).toBe(false); // exact case: an ordinary word is not the name
  });

  it("does not count a name inside a longer name or word", () => {
    expect(text.hasAlone("China")).toBe(false); // South China Sea
    expect(text.hasAlone("Sea")).toBe(false); // the tail of South China Sea
    expect(text.hasAlone("Blasi")).toBe(false);
    expect(text.hasAlone("e Blasio")).toBe(false);
    expect(text.hasAlone("Beijing")).toBe(false);
  });
});
