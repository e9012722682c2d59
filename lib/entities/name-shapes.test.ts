import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { scanPassage } from "./find-mentions";
import { aliasIndexFor } from "./alias-index";
import { withoutModifierSuffixes } from "./name-shapes";

describe("withoutModifierSuffixes", () => {
  it("cuts a modifier suffix off a capitalised name and says where the name now ends", () => {
    const text = "The Bush-era cuts and the Saudi-led coalition";
    const { tokens, modifiedEnds } = withoutModifierSuffixes(tokenize(text));
    expect(tokens.map((t) => t.surface)).toEqual(["The", "Bush", "cuts", "and", "the", "Saudi", "coalition"]);
    expect([...modifiedEnds].map((end) => text.slice(0, end).split(" ").at(-1))).toEqual(["Bush", "Saudi"]);
  });

  it("leaves other hyphenated words alone and copies nothing when there is nothing to cut", () => {
    const tokens = tokenize("A well-known U.S.-Japan alliance and a three-day visit");
    const out = withoutModifierSuffixes(tokens);
    expect(out.tokens).toBe(tokens);
    expect(out.modifiedEnds.size).toBe(0);
  });
});

describe("markTowns (through scanPassage)", () => {
  const typeOf = (text: string, surface: string) => scanPassage(text, aliasIndexFor(undefined)).mentions.find((m) => m.surface === surface)?.type;

  it("types a name followed by a US state as a place", () => {
    expect(typeOf("He spoke in Oskaloosa, Iowa, on Tuesday.", "Oskaloosa")).toBe("place");
    expect(typeOf("He was in Corpus Christi, Tex., last year.", "Corpus Christi")).toBe("place");
  });

  it("leaves a person listed with their state a person", () => {
    expect(typeOf("Jim Clyburn, South Carolina, remained in the No. 3 spot.", "Jim Clyburn")).not.toBe("place");
  });
});

describe("markCitedMedia (through scanPassage)", () => {
  const inPassing = (text: string, surface: string) => scanPassage(text, aliasIndexFor(undefined)).mentions.find((m) => m.surface === surface)?.peripheral ?? false;

  it("reads a news medium named as the channel of a statement as named in passing", () => {
    expect(inPassing("Romney told ABC News on Tuesday that he would win.", "ABC News")).toBe(true);
    expect(inPassing("The deal is dead, according to The Hill.", "The Hill")).toBe(true);
    expect(inPassing("Fox News' Sean Hannity asked him about it.", "Fox News")).toBe(true);
    expect(inPassing("On Friday CNN reported the meeting.", "CNN")).toBe(true);
  });

  it("leaves a medium that the story is about, and other organisations, as they are", () => {
    expect(inPassing("The New York Times owns the building and sued the city.", "The New York Times")).toBe(false);
    expect(inPassing("Romney told the Republican National Committee that he would win.", "Republican National Committee")).toBe(false);
  });
});
