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

describe("analyseDocuments names the sides as the view does", () => {
  /** The agency and its rewrite as two pieces of one paper, a day apart. */
  const gazette = (labels?: { a: string; b: string }) =>
    analyseDocuments(
      { ...BLINKEN_MOTEGI_ANI, info: { ...BLINKEN_MOTEGI_ANI.info, outlet: "Brackley Gazette", publishedAt: "2026-12-06" } },
      { ...BLINKEN_MOTEGI_REWRITE, info: { ...BLINKEN_MOTEGI_REWRITE.info, outlet: "Brackley Gazette", publishedAt: "2026-12-07" } },
      labels ? { labels } : {},
    );
  const sentences = (c: ReturnType<typeof gazette>) => [...c.items.flatMap((i) => i.reasons), ...c.omissions.flatMap((o) => (o.note ? [o.note] : []))];

  it("writes two articles of one outlet with their display labels, in reasons and notes, with no rewrite after", () => {
    const c = gazette();
    expect(c.items.find((i) => i.id === "entity:a:mark milley")!.reasons).toEqual(["2 mentions in Brackley Gazette (7 Dec), none in Brackley Gazette (6 Dec)"]);
    expect(c.omissions.find((o) => o.key === "entity:a:mark milley")!.note).toBe("“Mark Milley” appears 2× in Brackley Gazette (7 Dec), never in Brackley Gazette (6 Dec)");
    expect(sentences(c).join("\n")).not.toMatch(/Brackley Gazette \([AB]\)/);
  });

  it("writes the names it is given (a story's numbering)", () => {
    const c = gazette({ a: "Brackley Gazette (1)", b: "Brackley Gazette (3)" });
    expect(c.items.find((i) => i.id === "entity:a:mark milley")!.reasons).toEqual(["2 mentions in Brackley Gazette (3), none in Brackley Gazette (1)"]);
    expect(sentences(c).join("\n")).not.toMatch(/Brackley Gazette \((A|B|6 Dec|7 Dec)\)/);
  });

  it("finds the same flags under the same keys whatever the names say: a review keeps its flag", () => {
    // Names holding names of the text: read as the outlets' own, "Mark Milley" and the Department of Defense would be no news.
    const odd = { a: "Mark Milley Daily (“Kishi”)", b: "Department of Defense Weekly" };
    const plain = gazette();
    const named = gazette(odd);
    expect(named.omissions.map((o) => o.key)).toEqual(plain.omissions.map((o) => o.key));
    expect(named.items.map((i) => [i.id, i.flags])).toEqual(plain.items.map((i) => [i.id, i.flags]));
    expect(named.omissions.map((o) => o.key)).toEqual(expect.arrayContaining(["entity:a:mark milley", "entity:a:department of defense", "entity:a:kishi"]));
    // Nothing else differs: with each side's name put back to one mark, the two analyses are one.
    const marked = (c: typeof plain, names: { a: string; b: string }) => {
      const mark = (text: string) => text.split(names.a).join("‹A›").split(names.b).join("‹B›");
      return { ...c, items: c.items.map((i) => ({ ...i, reasons: i.reasons.map(mark) })), omissions: c.omissions.map((o) => ({ ...o, ...(o.note ? { note: mark(o.note) } : {}) })) };
    };
    expect(marked(named, odd)).toEqual(marked(plain, { a: "Brackley Gazette (6 Dec)", b: "Brackley Gazette (7 Dec)" }));
  });
});
