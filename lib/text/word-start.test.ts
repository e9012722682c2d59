import { describe, expect, it } from "vitest";
import { startsAWordIn, wordStartNeedles } from "./word-start";

describe("startsAWordIn", () => {
  it("matches a word, or the start of one, in any letter case", () => {
    expect(startsAWordIn("US, Japan hold talks", "us")).toBe(true);
    expect(startsAWordIn("Japan, US agree to step up cooperation against China", "chin")).toBe(true);
    expect(startsAWordIn("Blinken, Motegi discuss China", "MOTEGI")).toBe(true);
  });

  it("does not match inside a word", () => {
    expect(startsAWordIn("Russia warns of the house vote", "us")).toBe(false);
    expect(startsAWordIn("Afghanistan talks resume", "ani")).toBe(false);
    expect(startsAWordIn("Companies and organisations react", "ani")).toBe(false);
  });

  it("takes punctuation, quotation marks and hyphens as word starts", () => {
    expect(startsAWordIn("U.S.-Japan statement", "japan")).toBe(true);
    expect(startsAWordIn("Motegi: “China must stop”", "china")).toBe(true);
    expect(startsAWordIn("Talks in London (ANI)", "ani")).toBe(true);
    expect(startsAWordIn("Ministers’ talks", "talks")).toBe(true);
  });

  it("finds a later occurrence that starts a word when an earlier one does not", () => {
    expect(startsAWordIn("Tiananmen anniversary: Animal rights", "ani")).toBe(true);
  });

  it("matches letters with accents and other alphabets by their word starts", () => {
    expect(startsAWordIn("Élysée rejects the plan", "élysée")).toBe(true);
    expect(startsAWordIn("Переговоры в Лондоне", "лондон")).toBe(true);
    expect(startsAWordIn("Переговоры в Лондоне", "говоры")).toBe(false);
  });

  it("matches anywhere in scripts written without spaces", () => {
    expect(startsAWordIn("美中国务会谈在伦敦举行", "中国")).toBe(true);
    expect(startsAWordIn("日米外相会談", "外相")).toBe(true);
  });

  it("matches a word that starts with a sign wherever it occurs", () => {
    expect(startsAWordIn("Tariffs of $5 billion", "$5")).toBe(true);
  });

  it("matches nothing for an empty word", () => {
    expect(startsAWordIn("Anything", "")).toBe(false);
  });
});

describe("startsAWordIn, accents", () => {
  it("ignores accents both ways, in any letter case", () => {
    expect(startsAWordIn("Café owners protest rent rise", "cafe")).toBe(true);
    expect(startsAWordIn("Cafe owners protest rent rise", "CAFÉ")).toBe(true);
    expect(startsAWordIn("Explosion meurtrière à Beyrouth", "meurtriere")).toBe(true);
  });

  it("still wants the word at a word start once accents are gone", () => {
    expect(startsAWordIn("Décafé owners", "cafe")).toBe(false);
  });
});

describe("wordStartNeedles", () => {
  it("looks for the word as the stored keys hold it: lower case, without accents", () => {
    const { prefix, inside } = wordStartNeedles("Café");
    expect(prefix).toBe("cafe");
    expect(inside).toContain(" cafe");
  });

  it("narrows a search to texts that begin with the word or hold it after a space or a common mark", () => {
    const { prefix, inside } = wordStartNeedles("us");
    expect(prefix).toBe("us");
    expect(inside).toEqual(expect.arrayContaining([" us", "-us", "(us", "“us"]));
    // Every needle is a real word start of the text it is found in.
    for (const needle of inside) expect(startsAWordIn(`Talks${needle} talks`, "us")).toBe(true);
  });

  it("looks for a word of a script written without spaces anywhere", () => {
    expect(wordStartNeedles("中国")).toEqual({ prefix: null, inside: ["中国"] });
  });
});
