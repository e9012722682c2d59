import { describe, expect, it } from "vitest";
import { buildCoverage } from "./coverage";
import { findOmissions } from "./find-omissions";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { longerNamesOf } from "./longer-names";

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
