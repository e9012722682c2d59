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
