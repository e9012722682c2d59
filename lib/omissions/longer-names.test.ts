import { describe, expect, it } from "vitest";
import { buildCoverage } from "./coverage";
import { findOmissions } from "./find-omissions";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { longerNamesOf, shortNameOf } from "./longer-names";

const named = (canonical: string, type: "person" | "organization" | "place" | "other", ...surfaces: string[]) => ({ canonical, type, surfaces: [canonical, ...surfaces] });

describe("longerNamesOf", () => {
  it("finds the names of its type that open with the name, and no name that holds it further in or is of another type", () => {
    const creek = named("Hollins Creek", "place");
    const others = [named("Hollins Creek Dam", "place", "The Hollins Creek Dam"), named("Upper Hollins Creek", "place"), named("Hollins Creek Gazette", "organization"), named("Hollins", "place")];
    expect(longerNamesOf(creek, others).map((e) => e.canonical)).toEqual(["Hollins Creek Dam"]);
    expect(longerNamesOf(named("China", "place"), [named("South China Sea", "place")])).toEqual([]);
  });
});

describe("a name written only inside a longer one: the comparison and the story agree", () => {
  // Invented reports of a dam's spillway; B writes the creek only in the dam's name.
  const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
  const a = body("Water poured over the spillway into Hollins Creek on Tuesday, county officials said.");
  const b = body("Water poured over the spillway of the Hollins Creek Dam on Tuesday, county officials said.");
  const c = body("Water poured into Hollins Creek from the spillway on Tuesday, the county said.");

  it("leaves B out of those that leave the creek out, in the pair and in the story", () => {
    const pair = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [], onlyA: [], onlyB: [] });
    expect(pair.filter((f) => f.kind === "entity" && f.term === "Hollins Creek")).toEqual([]);
    const story = buildCoverage([
      { id: "a", label: "A", passages: a },
      { id: "b", label: "B", passages: b },
      { id: "c", label: "C", passages: c },
    ]);
    expect(story.flags.filter((f) => f.kind === "entity" && f.term === "Hollins Creek")).toEqual([]);
    expect(story.rows.find((r) => r.term === "Hollins Creek")?.counts.every((n) => n > 0)).toBe(true);
  });
});

describe("an organisation's short name: the comparison and the story agree", () => {
  // Invented reports of a food company's recall; B calls the company by its first word only.
  const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
  const a = body("Halvorsen Foods said on Monday that it would recall 40,000 loaves.");
  const b = body("Halvorsen said on Monday that it would recall 40,000 loaves after a complaint.");
  const c = body("Halvorsen Foods will recall 40,000 loaves, the company said on Monday.");
  const pairFlags = (x: typeof a, y: typeof a) =>
    findOmissions({ a: { passages: x }, b: { passages: y }, alignments: [], onlyA: [], onlyB: [] }).filter((f) => f.kind === "entity");

  it("counts 'Halvorsen said' as naming Halvorsen Foods, in the pair and in the story", () => {
    expect(longerNamesOf(named("Halvorsen Foods", "organization"), [])).toEqual([]);
    expect(shortNameOf(named("Halvorsen Foods", "organization"), [])).toBe("Halvorsen");
    expect(pairFlags(a, b)).toEqual([]);
    const story = buildCoverage([
      { id: "a", label: "A", passages: a },
      { id: "b", label: "B", passages: b },
      { id: "c", label: "C", passages: c },
    ]);
    expect(story.flags.filter((f) => f.kind === "entity" && f.term === "Halvorsen Foods")).toEqual([]);
  });

  it("lets no generic first word, nor a person's or a place's name, carry the body", () => {
    expect(shortNameOf(named("National Grain Board", "organization"), [])).toBeUndefined();
    expect(shortNameOf(named("American Foods", "organization"), [])).toBeUndefined();
    expect(shortNameOf(named("Ohio Foods", "organization"), [])).toBeUndefined();
    expect(shortNameOf(named("Halvorsen Foods", "organization"), [named("Erik Halvorsen", "person")])).toBeUndefined();
    // "National said" opens a sentence; the word is written in lower case too ("national").
    const flags = pairFlags(
      body("The National Grain Board said on Monday that it would recall 40,000 loaves."),
      body("National figures were cited by the board, which said it would recall 40,000 loaves."),
    );
    expect(flags.map((f) => f.term)).toContain("National Grain Board");
  });

  it("is carried only where the word stands alone: 'Halvorsen Farms' is another body", () => {
    expect(pairFlags(a, body("Halvorsen Farms said on Monday that it would recall 40,000 loaves.")).map((f) => f.term)).toContain("Halvorsen Foods");
  });
});
