import { describe, expect, it } from "vitest";
import { analyseDocuments } from "./analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "./fixtures/blinken-motegi";
import { CLIMATE_LAW_AGENCY, CLIMATE_LAW_REWRITE } from "./fixtures/german-climate-law";
import { TALKS_AGENCY, TALKS_REWRITE } from "./fixtures/japanese-talks";
import { SEOUL_TALKS_AGENCY, SEOUL_TALKS_REWRITE } from "./fixtures/korean-talks";

describe("analyseDocuments on articles in other languages than English", () => {
  it("compares two German articles by passages, without taking German nouns for names", () => {
    const c = analyseDocuments(CLIMATE_LAW_AGENCY, CLIMATE_LAW_REWRITE);
    expect([c.a.language, c.b.language]).toEqual(["deu", "deu"]);
    // Read by English rules, every capitalised noun was a name: "Entwurf", "Wirtschaft", "Nach Angaben"…
    expect(c.omissions.filter((o) => o.kind === "entity")).toEqual([]);
    const titles = (side: "a" | "b") => c.items.filter((i) => i.missingFrom === side).map((i) => i.title);
    expect(titles("b").some((t) => t.startsWith("Umweltverbände wie Greenpeace"))).toBe(true);
    expect(titles("a").some((t) => t.startsWith("Die Industrie- und Handelskammer warnte"))).toBe(true);
    expect(titles("a").some((t) => t.startsWith("Kritik kam von der Union"))).toBe(true);
    // What both report ("Der Bundestag soll das Gesetz … beraten") is no item.
    expect(c.items.some((i) => i.title.includes("Sommerpause"))).toBe(false);
  });

  it("lists no omissions between an English and a German article (nothing is translated), and says which is which", () => {
    // The German rewrite with the ANI paragraph on China quoted in English: that passage still aligns.
    const rewrite = { ...CLIMATE_LAW_REWRITE, blocks: [...CLIMATE_LAW_REWRITE.blocks, BLINKEN_MOTEGI_ANI.blocks[1]!] };
    const c = analyseDocuments(BLINKEN_MOTEGI_ANI, rewrite);
    expect(c.a.language).toBeUndefined();
    expect(c.b.language).toBe("deu");
    // Read as one language, every passage of each was "left out" by the other.
    expect(c.omissions).toEqual([]);
    expect(c.items).toEqual([]);
    expect(c.crossLanguage).toBe(true);
    expect(c.alignments.map((x) => x.kind)).toEqual(["identical"]);
  });

  it("compares a German report with a German snippet too short to tell its language", () => {
    const snippet = { info: { title: "Kurz", outlet: "Ticker" }, blocks: [{ role: "body" as const, text: "Das Kabinett hat am Mittwoch ein neues Klimaschutzgesetz beschlossen." }] };
    const c = analyseDocuments(CLIMATE_LAW_AGENCY, snippet);
    expect([c.a.language, c.b.language, c.crossLanguage]).toEqual(["deu", undefined, undefined]);
    expect(c.items.some((i) => i.missingFrom === "b" && i.title.startsWith("Umweltverbände wie Greenpeace"))).toBe(true);
    expect(c.omissions.filter((o) => o.kind === "entity")).toEqual([]);
  });

  it("compares two Japanese reports word by word: the changed figure and what each leaves out", () => {
    const c = analyseDocuments(TALKS_AGENCY, TALKS_REWRITE);
    expect([c.a.language, c.b.language]).toEqual(["jpn", "jpn"]);
    const figure = c.alignments.find((x) => x.a[0]?.text.startsWith("会談は"));
    expect(figure?.diff.filter(([op]) => op !== 0).map(([, t]) => t)).toEqual(["40", "30"]);
    expect(c.items.some((i) => i.kind === "conflict" && i.title === "40 → 30")).toBe(true);
    expect(c.items.find((i) => i.missingFrom === "b" && i.kind === "passage")?.title).toContain("北朝鮮の非核化");
    expect(c.items.find((i) => i.missingFrom === "a" && i.kind === "passage")?.title).toContain("台湾海峡");
  });

  it("compares two Korean reports through their words' stems: the same statement in other forms is no omission", () => {
    const c = analyseDocuments(SEOUL_TALKS_AGENCY, SEOUL_TALKS_REWRITE);
    expect([c.a.language, c.b.language]).toEqual(["kor", "kor"]);
    // "동맹국과 긴밀히 협력하겠다고" / "동맹국들과 긴밀하게 협력할 것이라고": one statement, each side had listed it as left out.
    const allies = c.alignments.find((x) => x.a[0]?.text.includes("동맹국"));
    expect(allies?.kind).toBe("paraphrase");
    expect(c.items.some((i) => i.title.includes("동맹국"))).toBe(false);
    // "약 40분간" / "약 30분간": a changed length of time, not two figures each side lacks.
    expect(c.items.some((i) => i.kind === "conflict" && i.title === "40분 → 30분")).toBe(true);
    const titles = (side: "a" | "b") => c.items.filter((i) => i.missingFrom === side && i.kind === "passage").map((i) => i.title);
    expect(titles("b")).toEqual(expect.arrayContaining([expect.stringContaining("중국 문제"), expect.stringContaining("대화가 필요하다고")]));
    expect(titles("a")).toEqual([expect.stringContaining("미사일 발사")]);
  });

  it("still compares names between two English articles", () => {
    const c = analyseDocuments(BLINKEN_MOTEGI_REWRITE, BLINKEN_MOTEGI_ANI);
    expect([c.a.language, c.b.language]).toEqual([undefined, undefined]);
    expect(c.omissions.filter((o) => o.kind === "entity").length).toBeGreaterThan(0);
  });
});
