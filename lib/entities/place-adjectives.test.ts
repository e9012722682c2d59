import { describe, expect, it } from "vitest";
import { resolveEntities, resolveEntitiesAcross } from "./resolve-entities";
import { findOmissions } from "../omissions/find-omissions";
import { passagesFromBlocks } from "../omissions/fixtures/seed-passages";
import { speakerIn } from "../omissions/attribution";

const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);

describe("a place's adjective or demonym", () => {
  // Invented reports of a grocery chain's recall.
  const a = "The recall covers 230 stores in four Midwestern states, the grocer said on Friday.";
  const b = "The grocer said on Friday that the recall covers 230 stores across the Midwest.";

  it("is the place, shown by its name, on both sides", () => {
    const across = resolveEntitiesAcross([a, b]);
    const midwest = across.find((e) => e.canonical === "Midwest");
    expect(midwest?.type).toBe("place");
    expect(midwest?.counts).toEqual([1, 1]);
    expect(across.map((e) => e.canonical)).not.toContain("Midwestern");
  });

  it("raises no 'never in' flag either way", () => {
    const flags = findOmissions({ a: { passages: body(a) }, b: { passages: body(b) }, alignments: [], onlyA: [], onlyB: [] });
    expect(flags.filter((f) => f.kind === "entity")).toEqual([]);
  });

  it("is never a speaker, even before a verb that may be one ('Midwestern states said')", () => {
    const text = "The chain, which runs stores in five Midwestern states, said the recall was voluntary.";
    expect(speakerIn(text, resolveEntitiesAcross([text]))).toBeUndefined();
  });

  it("goes to a known place, or one the comparison names, by the usual suffixes", () => {
    const named = (text: string) => resolveEntities(text).map((e) => [e.canonical, e.type]);
    expect(named("Many voters are Ohioans, and a Floridian ran the count.")).toEqual(
      expect.arrayContaining([["Florida", "place"], ["Ohio", "place"]]),
    );
    expect(named("In Akron a Toledoan who moved from Toledo last year said prices rose.").map(([n]) => n)).not.toContain("Toledoan");
  });

  it("refers to the place without naming it: an article with only the adjective leaves the place's name out of no flag", () => {
    const flags = findOmissions({
      a: { passages: body("Prices rose for Texan ranchers, officials said on Monday.") },
      b: { passages: body("Prices rose for cattle ranchers, officials said on Monday.") },
      alignments: [],
      onlyA: [],
      onlyB: [],
    });
    expect(flags.filter((f) => f.kind === "entity")).toEqual([]);
  });

  it("leaves surnames, given names and a compass word's own adjective as written", () => {
    const names = (text: string) => resolveEntities(text).map((e) => e.canonical).sort();
    // "Hunter" is no one from "Hunt", "Morgan" none from a place; "Northwestern" is also a university.
    expect(names("Jeremy Hunt met Hunter Biden and Rosa Morgan on Monday, and Hunter later spoke at Northwestern.")).toEqual(
      expect.arrayContaining(["Jeremy Hunt", "Rosa Morgan", "Northwestern"]),
    );
    expect(names("Jeremy Hunt met Hunter Biden and Rosa Morgan on Monday, and Hunter later spoke at Northwestern.")).not.toContain("Hunt");
  });
});
