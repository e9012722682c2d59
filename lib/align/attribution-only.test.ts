import { describe, expect, it } from "vitest";
import { alignPassages } from "./align-passages";
import { ArticleFeatures } from "./article-features";
import { sharesOnlyAttribution, withoutAttribution } from "./attribution-only";

const passages = (...texts: string[]) => texts.map((text) => ({ text }));
const shared = "Seven people were killed when a Northline Rail train derailed outside Kessingford on Thursday.";
const mourning = "Regional Governor Paul Hendry declared a day of mourning.";

describe("attribution only", () => {
  it("reads what a sentence reports without who says it and how", () => {
    expect(withoutAttribution("Dev Rao, general secretary of the Rail Workers' Union, said the union had warned about worn rails.")).toBe(" the union had warned about worn rails.");
    expect(withoutAttribution('"We will not speculate on the cause," Wren told reporters at the scene.')).toBe('"We will not speculate on the cause');
    expect(withoutAttribution('Its chief investigator, Tomasz Wren, said: "We will not speculate."')).toBe(' "We will not speculate."');
    expect(withoutAttribution("The train carried 212 passengers, according to Northline Rail.")).toBe("The train carried 212 passengers");
    // A clause after the verb is what the sentence reports, not its attribution.
    expect(withoutAttribution("In a televised March debate, Blumenthal stated clearly he had not served in Vietnam.")).toMatch(/served in Vietnam/);
    // A quotation opening with "We warned" is no speaker "We".
    expect(withoutAttribution('"We warned them about the curve in March," Dev Rao said.')).toBe('"We warned them about the curve in March');
  });

  it("tells two statements of one speaker from two accounts of one statement", () => {
    expect(sharesOnlyAttribution('"This contraband has been heavily trafficked into our state," Attorney General Jon Bruning said at a news conference.', '"Federal law prohibits the sale of marijuana," Attorney General Jon Bruning said Thursday.')).toBe(true);
    expect(sharesOnlyAttribution("Dev Rao said the union had warned about worn rails on the curve.", "Dev Rao said the curve was known to be dangerous.")).toBe(false);
    // No attribution at all: the rule says nothing.
    expect(sharesOnlyAttribution("Dev Rao joined the union in 1998.", "Dev Rao leads the union.")).toBe(false);
  });

  it("does not pair two different sentences of one speaker by the speaker's name", () => {
    const pairsOf = (a: string, b: string) => alignPassages(passages(shared, a, mourning), passages(shared, b, mourning)).pairs.filter((p) => p.a[0] === 1);
    expect(pairsOf("Dev Rao, general secretary of the Rail Workers' Union, said the union had warned about worn rails in March.", "Dev Rao, general secretary of the Rail Workers' Union, said ministers should publish every inspection report.")).toEqual([]);
    expect(pairsOf('"We warned them about the curve in March," Dev Rao said.', '"The minister should have resigned a year ago," Dev Rao said.')).toEqual([]);
    // The same statement, worded apart, still pairs.
    expect(pairsOf("Dev Rao said the union had warned Northline Rail about worn rails on the curve in March.", "The union had warned Northline Rail about worn rails on the curve in a letter in March, Dev Rao said.")).toHaveLength(1);
  });

  it("reads each passage's attribution once per article, with the verdicts of a fresh reading in every comparison", () => {
    const textsA = [shared, "Dev Rao, general secretary of the Rail Workers' Union, said the union had warned about worn rails in March.", mourning];
    const textsB = [shared, "Dev Rao, general secretary of the Rail Workers' Union, said ministers should publish every inspection report.", mourning];
    const kept = new ArticleFeatures(textsA);
    const fresh = alignPassages(passages(...textsA), passages(...textsB)).pairs;
    for (let comparison = 0; comparison < 2; comparison++) expect(alignPassages(passages(...textsA), passages(...textsB), {}, { a: kept }).pairs).toEqual(fresh);
    expect(kept.reported(1)).toBe(kept.reported(1));
    expect(kept.reported(1).hasAttribution).toBe(true);
    expect(kept.reported(0).hasAttribution).toBe(false);
  });
});
