/**
 * A quotation the other side reports in indirect speech, by the same named
 * speaker, is a wording difference: said so, and ranked below what is left
 * out. Another speaker saying the like, or none, claims nothing.
 */
import { describe, expect, it } from "vitest";
import type { Passage } from "../text/types";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { simpleAlign } from "./fixtures/simple-align";
import { findOmissionItems } from "./find-omissions";

const body = (...paragraphs: string[]) => passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text })));

function leftOutOfB(a: Passage[], b: Passage[]) {
  return findOmissionItems({
    a: { passages: a, outlet: "Delta Wire", title: "Levee breach floods Marsh Creek homes" },
    b: { passages: b, outlet: "County Herald", title: "Marsh Creek flooded after levee fails" },
    ...simpleAlign(a, b),
  }).items.filter((i) => i.missingFrom === "b");
}

const shared = [
  "A levee on the Sable River gave way early on Sunday, flooding about 200 homes in the Marsh Creek neighbourhood.",
  "County engineers said the breach was about 40 metres wide and that pumps would run for days.",
];
const quoted =
  "“We warned the county for two years that this levee was crumbling, and nobody came to look at it,” said Rosa Delgado, who leads the Marsh Creek residents' association.";
const leftOut = "The Army Corps of Engineers rated the levee unacceptable in a 2021 inspection and recommended $4.5 million in repairs, which the county never paid for.";

describe("a quotation the other side reports in other words", () => {
  it("says the same speaker's remark is reported in other words, and ranks it below a fact left out", () => {
    const wire = body(...shared, quoted, leftOut);
    const herald = body(...shared, "Rosa Delgado, who leads a residents' group, said neighbours had warned officials for years about the levee.");
    const items = leftOutOfB(wire, herald);
    const remark = items.find((i) => i.title.includes("We warned the county"));
    expect(remark?.reasons.join(" ")).toMatch(/County Herald reports Rosa Delgado saying it in other words/);
    expect(remark?.importance).not.toBe("high");
    const inspection = items.findIndex((i) => i.title.includes("Army Corps"));
    expect(inspection).toBeGreaterThanOrEqual(0);
    expect(inspection).toBeLessThan(items.indexOf(remark as (typeof items)[number]));
  });

  it("claims nothing when another speaker says the like: the quotation is only in one report", () => {
    const wire = body(...shared, quoted, leftOut);
    const herald = body(...shared, "Mayor Tom Reyes said neighbours had warned officials for years about the levee.");
    const remark = leftOutOfB(wire, herald).find((i) => i.title.includes("We warned the county") || i.reasons.some((r) => r.includes("Rosa Delgado")));
    expect(remark).toBeDefined();
    expect(remark?.reasons.join(" ")).not.toMatch(/in other words/);
  });
});
