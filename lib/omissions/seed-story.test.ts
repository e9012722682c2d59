/**
 * The demo story: ANI's wire report of the Blinken–Motegi talks (A) against a
 * second outlet's rewrite (B), both as written by their outlets (page chrome
 * removed by hand). The flags below are what an analyst reading both finds.
 */
import { describe, expect, it } from "vitest";
import { resolveEntitiesAcross } from "../entities/resolve-entities";
import { loadFixturePassages } from "./fixtures/seed-passages";
import { simpleAlign } from "./fixtures/simple-align";
import { findOmissionItems, findOmissions } from "./find-omissions";

const ani = loadFixturePassages("ani-report.txt");
const second = loadFixturePassages("second-report.txt");
const flags = findOmissions({ a: { passages: ani }, b: { passages: second }, ...simpleAlign(ani, second) });
const entityFlag = (term: string) => flags.find((f) => f.kind === "entity" && f.term === term);
const passageFlag = (pattern: RegExp) => flags.find((f) => f.kind === "passage" && pattern.test(f.text ?? ""));

describe("seed story: ANI (A) vs the second report (B)", () => {
  it("flags ANI's remark that the US readout did not mention China as missing from B", () => {
    expect(passageFlag(/no mention of China in the State Department/)).toMatchObject({ missingFrom: "b" });
    expect(entityFlag("State Department")).toMatchObject({ missingFrom: "b", countA: 1, countB: 0 });
  });

  it("flags the trilateral meeting with Gen. Won In-Choul and Gen. Mark Milley as missing from A", () => {
    expect(passageFlag(/Won In-Choul/)).toMatchObject({ missingFrom: "a" });
    expect(entityFlag("Won In-Choul")).toMatchObject({ missingFrom: "a", countB: 1 });
    expect(entityFlag("Mark Milley")).toMatchObject({ missingFrom: "a", countA: 0, countB: 2 });
    expect(entityFlag("South Korea")).toMatchObject({ missingFrom: "a" });
  });

  it("flags Defense Minister Kishi and Defense Secretary Austin as named only in B", () => {
    expect(entityFlag("Kishi")).toMatchObject({ missingFrom: "a", countB: 1 });
    expect(entityFlag("Austin")).toMatchObject({ missingFrom: "a", countB: 1 });
  });

  it("flags Suga and the “ironclad” support as missing from B", () => {
    expect(entityFlag("Yoshihide Suga")).toMatchObject({ missingFrom: "b", countA: 1 });
    expect(passageFlag(/"ironclad" support/)).toMatchObject({ missingFrom: "b" });
    expect(flags.find((f) => f.kind === "quote" && f.term === "ironclad")).toMatchObject({ missingFrom: "b" });
  });

  it("flags the NHK quotation as reworded (B drops “also”), not as missing", () => {
    const nhk = flags.filter((f) => f.kind === "quote" && /Motegi and Blinken/.test(f.term ?? ""));
    expect(nhk).toHaveLength(1);
    expect(nhk[0]?.diff).toContainEqual([-1, "also "]);
  });

  it("ranks what B leaves out above the “also” B drops from NHK's quotation: a function word changes little", () => {
    const { items } = findOmissionItems({ a: { passages: ani, outlet: "ANI", title: ani[0]?.text }, b: { passages: second, outlet: "Republic World", title: second[0]?.text }, ...simpleAlign(ani, second) });
    const fromB = items.filter((i) => i.missingFrom === "b");
    const readout = fromB.findIndex((i) => /no mention of China in the State Department/.test(i.title));
    const nhk = fromB.findIndex((i) => i.kind === "quote");
    expect(readout).toBeGreaterThanOrEqual(0);
    expect(nhk).toBeGreaterThan(readout);
    expect(nhk).toBe(fromB.length - 1);
  });

  it("leads what B leaves out with ANI's remark that the US readout made no mention of China, and says why", () => {
    const { items } = findOmissionItems({ a: { passages: ani, outlet: "ANI", title: ani[0]?.text }, b: { passages: second, outlet: "Republic World", title: second[0]?.text }, ...simpleAlign(ani, second) });
    const first = items.find((i) => i.missingFrom === "b");
    expect(first?.title).toMatch(/no mention of China in the State Department/);
    expect(first?.reasons).toContain("says an account leaves something out");
  });

  it("raises no entity flag for names both report under different spellings", () => {
    for (const name of ["United States", "China", "Japan", "Antony Blinken", "Toshimitsu Motegi", "Japan Self-Defense Forces", "NHK World", "South China Sea"]) {
      expect(entityFlag(name)).toBeUndefined();
    }
  });

  it("counts ANI's mentions of China right: six in the body and one in the headline, none from the China seas", () => {
    const china = resolveEntitiesAcross([ani, second]).find((e) => e.canonical === "China");
    expect(china?.counts[0]).toBe(7);
    const headline = ani.find((p) => p.role === "heading")?.index;
    expect(china?.passages[0]).toContain(headline);
    // Passages that name China only inside "East China Sea" / "East China and South China seas".
    const seasOnly = ani.filter((p) => /China/.test(p.text) && !/China/.test(p.text.replace(/East China and South China seas|(?:East|South) China (?:Sea|seas)/g, "")));
    expect(seasOnly).toHaveLength(2);
    for (const p of seasOnly) expect(china?.passages[0]).not.toContain(p.index);
  });
});
