import { describe, expect, it } from "vitest";
import { buildCoverage } from "../lib/omissions/coverage";
import { passagesFromBlocks } from "../lib/omissions/fixtures/seed-passages";
import { formatCoverageText } from "./story-coverage";

const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);

describe("formatCoverageText", () => {
  it("prints a figure the sources disagree on as such, with what ranks it and not the figures twice", () => {
    const coverage = buildCoverage([
      { id: "a", label: "Evening Post", passages: body("Nine workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.") },
      { id: "b", label: "Ashby Wire", passages: body("Seven workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.") },
      { id: "c", label: "Radio Ashby", passages: body("Seven workers were injured when scaffolding collapsed at the Delmont tower site on Tuesday, according to the fire service.") },
    ]);
    const line = formatCoverageText(coverage).split("\n").find((l) => /Figures differ/.test(l));
    expect(line).toMatch(/^ {2}\[high\] Figures differ: Seven workers in Ashby Wire, Radio Ashby; Nine workers in Evening Post \(“.*”\) \(in 3 ledes\)$/);
  });
});
