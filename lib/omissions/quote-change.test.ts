import { describe, expect, it } from "vitest";
import { STOPWORDS } from "../text/stopwords";
import { compareQuotes } from "./quote-change";

const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}' ]/gu, "").split(/\s+/).filter(Boolean);
const isContent = (w: string) => !STOPWORDS.has(w);
const relation = (a: string, b: string) => compareQuotes(words(a), words(b), isContent);

describe("compareQuotes", () => {
  it("reads a quotation cut short as an excerpt, not an alteration", () => {
    const r = relation("With all due respect, that's just a bunch of malarkey. Not a single thing he said is accurate.", "That's just a bunch of malarkey.");
    expect(r).toMatchObject({ kind: "excerpt", longer: "a" });
  });

  it("reads a quotation that stands word for word inside a longer one as an excerpt, wherever its words also occur earlier", () => {
    const long =
      "Unfortunately this letter is nothing new. Republicans have simply put in writing their political strategy. This strategy is very cynical but very obvious and transparent.";
    const r = relation("This strategy is very cynical but very obvious and transparent.", long);
    expect(r).toMatchObject({ kind: "excerpt", longer: "b" });
    if (r.kind === "excerpt") expect(r.extra.slice(0, 3)).toEqual(["unfortunately", "this", "letter"]);
  });

  it("reads a word changed inside the shared stretch as an alteration", () => {
    expect(relation("Motegi and Blinken also discussed China.", "Motegi and Blinken discussed China.")).toMatchObject({ kind: "altered", changed: 1 });
    expect(relation("We will never accept a change of the status quo.", "We will not accept a change of the status quo.")).toMatchObject({ kind: "altered" });
  });

  it("reads a title written in full on one side and abbreviated on the other as the same words ('Sen.' / 'Senator')", () => {
    expect(relation("Sen. Reid respects that but thinks the mosque should be built someplace else.", "Senator Reid respects that but thinks the mosque should be built someplace else.")).toEqual({ kind: "same" });
    // A different title is still a change.
    expect(relation("Sen. Reid respects that.", "Gov. Reid respects that.")).toMatchObject({ kind: "altered", changed: 2 });
  });

  it("reads a hyphened word and its two words as the same ('tax-filing' / 'tax filing'), and an excerpt's spans as the words given", () => {
    const hyphen = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}' -]/gu, "").split(/\s+/).filter(Boolean);
    const same = compareQuotes(hyphen("Clear, coherent tax-filing guidance for all same-sex couples."), hyphen("Clear, coherent tax filing guidance for all same sex couples."), isContent);
    expect(same).toEqual({ kind: "same" });
    const excerpt = compareQuotes(hyphen("It gives tax filing guidance to couples"), hyphen("Today it gives clear tax-filing guidance to couples nationwide"), isContent);
    expect(excerpt.kind).toBe("altered");
    const cut = compareQuotes(hyphen("tax filing guidance to all couples"), hyphen("Today the tax-filing guidance to all couples is clear"), isContent);
    expect(cut).toMatchObject({ kind: "excerpt", longer: "b", spans: [[0, 2], [7, 9]] });
  });

  it("reads different words at the same end as an alteration: both sides end the shared words differently", () => {
    const r = relation("Iran gets closer and closer to a nuclear bomb", "Iran gets closer and closer to nuclear arms");
    expect(r.kind).toBe("altered");
  });

  it("finds the same quotation the same", () => {
    expect(relation("There is no bus.", "There is no bus")).toEqual({ kind: "same" });
  });
});
