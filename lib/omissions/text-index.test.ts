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

  it("does not count a name inside a longer name or word", () => {
    expect(text.hasAlone("China")).toBe(false); // South China Sea
    expect(text.hasAlone("Sea")).toBe(false); // the tail of South China Sea
    expect(text.hasAlone("Blasi")).toBe(false);
    expect(text.hasAlone("e Blasio")).toBe(false);
    expect(text.hasAlone("Beijing")).toBe(false);
  });
});
