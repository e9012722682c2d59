import { describe, expect, it } from "vitest";
import { findOmissions } from "../omissions/find-omissions";
import { passagesFromBlocks } from "../omissions/fixtures/seed-passages";

describe("honorifics and a headline's short titles before a name", () => {
  // Invented reports of a rate decision: the bank's statement, a popular site and a wire name the governor three ways.
  const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
  const statement = body("The committee met under the chairmanship of the Governor, Shri Vikram Sethi, and raised the policy rate.");
  const site = body("RBI Guv Vikram Sethi raised the policy rate on Thursday, and borrowers will pay more.");
  const wire = body("Governor Vikram Sethi said the committee raised the policy rate. Mr Sethi said prices were too high.");

  it("are titles, so no source is said to leave the governor out", () => {
    for (const [a, b] of [[statement, wire], [site, wire], [wire, statement], [wire, site], [statement, site]] as const) {
      const names = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [], onlyA: [], onlyB: [] })
        .filter((f) => f.kind === "entity")
        .map((f) => f.term);
      expect(names.filter((n) => n?.includes("Sethi"))).toEqual([]);
    }
  });

  it("keeps Sri Lanka a country", () => {
    const a = body("Exports to Sri Lanka rose by a third, the ministry said.");
    const b = body("Exports rose by a third, the ministry said.");
    const names = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [], onlyA: [], onlyB: [] }).filter((f) => f.kind === "entity").map((f) => f.term);
    expect(names).toContain("Sri Lanka");
  });
});
