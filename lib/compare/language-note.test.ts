import { describe, expect, it } from "vitest";
import { htmlLang, languageName, languageNote, notComparedReason, storyLanguageNote } from "./language-note";

const source = (language?: string) => ({ title: "T", outlet: "O", ...(language ? { language } : {}) });
const labels = { a: "Tagesblatt", b: "Morgenpost" };

describe("languageNote", () => {
  it("says nothing when both articles are in English", () => {
    expect(languageNote({ a: source(), b: source() }, labels)).toBeNull();
  });

  it("says that names are not compared when both articles are in one other language", () => {
    expect(languageNote({ a: source("deu"), b: source("deu") }, labels)).toBe(
      "Both articles are in German. Lacuna reads names in English text only, so this comparison does not compare names; passages, quotations and figures are compared as usual.",
    );
  });

  it("names the one side in another language when the other is too short to tell (and so compared)", () => {
    expect(languageNote({ a: source("deu"), b: source() }, labels)).toMatch(/^Tagesblatt is in German\. .*passages, quotations and figures are compared as usual\.$/);
  });

  it("says why articles in two languages have no omissions, naming each side's language", () => {
    expect(languageNote({ a: source(), b: source("deu"), crossLanguage: true }, labels)).toMatch(/^Tagesblatt is in English and Morgenpost in German\. .* lists no omissions between articles in different languages/);
    expect(languageNote({ a: source("fra"), b: source("spa"), crossLanguage: true }, labels)).toMatch(/^Tagesblatt is in French and Morgenpost in Spanish\. /);
  });

  it("gives the HTML lang of a language other than English, and none for English or an unknown code", () => {
    expect(htmlLang("deu")).toBe("de");
    expect(htmlLang("cmn")).toBe("zh");
    expect(htmlLang(undefined)).toBeUndefined();
    expect(htmlLang("not a code")).toBeUndefined();
  });

  it("falls back to the code for a language the runtime cannot name", () => {
    expect(languageName("deu")).toBe("German");
    expect(languageName("qqq")).toBe("qqq");
  });
});

describe("storyLanguageNote and notComparedReason", () => {
  it("say nothing for a story in English", () => {
    expect(storyLanguageNote([{ label: "ANI" }, { label: "Kyodo" }])).toBeNull();
    expect(notComparedReason("entity", { label: "ANI" })).toBeNull();
  });

  it("name the sources left out of an English story's comparison, and why", () => {
    const sources = [{ label: "ANI" }, { label: "Tagesblatt", language: "deu", compared: false as const }, { label: "Le Monde", language: "fra", compared: false as const }];
    expect(storyLanguageNote(sources)).toBe(
      "Tagesblatt (German) and Le Monde (French) are not in the story's language (English). Lacuna matches passages by their words and does not translate, so those columns are not compared and never counted as leaving anything out.",
    );
    expect(notComparedReason("passage", sources[1]!)).toBe("not compared: in German");
  });

  it("say that a German story is compared by passages, not names", () => {
    const sources = [{ label: "Tagesblatt", language: "deu" }, { label: "Morgenpost", language: "deu" }];
    expect(storyLanguageNote(sources)).toMatch(/^The story's articles are in German: .* not their names\.$/);
    expect(notComparedReason("entity", sources[0]!)).toBe("names not read in German");
    expect(notComparedReason("passage", sources[0]!)).toBeNull();
  });
});
