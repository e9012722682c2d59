import { describe, expect, it } from "vitest";
import { buildCoverage } from "../omissions/coverage";
import { findOmissions } from "../omissions/find-omissions";
import { passagesFromBlocks } from "../omissions/fixtures/seed-passages";
import { termAcronyms } from "./defined-terms";

describe("termAcronyms", () => {
  it("takes acronyms defined by lower-case words, small words skipped, and leaves names' acronyms to the name forms", () => {
    const found = termAcronyms([
      "The overnight lending facility (OLF) rate and the cash reserve ratio (CRR) were left alone.",
      "A state-of-the-art reverse osmosis (RO) plant opened; the Internal Revenue Service (IRS) said nothing.",
      "Banks can park money at the rate of deposit and lending (RDL).",
    ]);
    expect([...found].sort()).toEqual(["CRR", "OLF", "RDL", "RO"]);
  });

  it("does not read letters that other words happen to precede", () => {
    expect(termAcronyms(["The fund was small (USD) and was run by a board (ECB)."]).size).toBe(0);
  });
});

describe("an acronym the article defines for a thing is no name", () => {
  // Invented reports of a central bank's decision: A defines SDF as a facility; B writes the words out.
  const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
  const a = body("The bank also raised the standing deposit facility (SDF) rate to 4.5 per cent. The SDF absorbs spare cash from lenders overnight.");
  const b = body("The bank also lifted the rate on its standing deposit facility to 4.5 per cent, which absorbs spare cash overnight.");

  it("never turns SDF into the Japan Self-Defense Forces, nor into a name B leaves out", () => {
    const pair = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [], onlyA: [], onlyB: [] });
    const names = pair.filter((f) => f.kind === "entity").map((f) => f.term);
    expect(names).not.toContain("Japan Self-Defense Forces");
    expect(names).not.toContain("SDF");
    const story = buildCoverage([
      { id: "a", label: "A", passages: a },
      { id: "b", label: "B", passages: b },
    ]);
    expect(story.rows.map((r) => r.term)).not.toContain("Japan Self-Defense Forces");
  });

  it("still reads SDF as the Self-Defense Forces where the article defines nothing", () => {
    const plain = body("Japan's defence ministry said the SDF would join the drills near Okinawa in June.");
    const other = body("Japan's defence ministry said troops would join the drills near Okinawa in June.");
    const pair = findOmissions({ a: { passages: plain }, b: { passages: other }, alignments: [], onlyA: [], onlyB: [] });
    expect(pair.filter((f) => f.kind === "entity").map((f) => f.term)).toContain("Japan Self-Defense Forces");
  });
});
