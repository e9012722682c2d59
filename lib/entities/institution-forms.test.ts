/**
 * An institution written with and without whose it is, a court with and
 * without its seat: each pair here was two names before (one of them "absent"
 * from the other side), and must be one; different courts stay apart.
 */
import { describe, expect, it } from "vitest";
import { courtKey, withoutJurisdiction } from "./institution-forms";
import { resolveEntitiesAcross } from "./resolve-entities";

const words = (name: string) => name.toLowerCase().replace(/\./g, "").split(/\s+/);
/** The entities each side mentions, by canonical name. */
const sides = (a: string, b: string) => {
  const entities = resolveEntitiesAcross([a, b]);
  const of = (k: number) => entities.filter((e) => (e.counts[k] ?? 0) > 0).map((e) => e.canonical).sort();
  return { a: of(0), b: of(1), entities };
};

describe("courtKey", () => {
  it("reads a court's kind and seat, jurisdiction and ordinals in words aside", () => {
    expect(courtKey(words("District Court for the Eastern District of Virginia"))).toEqual({ kind: "district court", seat: "eastern district of virginia" });
    expect(courtKey(words("Federal District Court"))).toEqual({ kind: "district court" });
    expect(courtKey(words("Court of Appeals for the Ninth Circuit"))).toEqual({ kind: "court of appeals", seat: "9th circuit" });
    expect(courtKey(words("9th US Circuit Court of Appeals"))).toEqual({ kind: "court of appeals", seat: "9th circuit" });
    expect(courtKey(words("Ninth Circuit"))).toEqual({ kind: "court of appeals", seat: "9th circuit" });
    expect(courtKey(words("Federal Circuit"))).toEqual({ kind: "court of appeals", seat: "federal circuit" });
    expect(courtKey(words("Silverstone Circuit"))).toBeUndefined();
    expect(courtKey(words("Supreme Court"))).toEqual({ kind: "supreme court" });
    expect(courtKey(words("Environmental Protection Agency"))).toBeUndefined();
  });

  it("sets aside a jurisdiction only before a body's name of two words or more", () => {
    expect(withoutJurisdiction(words("US Environmental Protection Agency"))).toEqual(["environmental", "protection", "agency"]);
    expect(withoutJurisdiction(words("State Department"))).toEqual(["state", "department"]);
    expect(withoutJurisdiction(words("Federal Reserve"))).toEqual(["federal", "reserve"]);
  });
});

describe("one court, written long and short", () => {
  // Invented reports of a ruling on a land sale in Halvard County.
  it("reads 'U.S. District Court for the Eastern District of Virginia' and 'the District Court' as one court, its seat no name of its own", () => {
    const { a, b } = sides(
      "A judge of the U.S. District Court for the Eastern District of Virginia blocked the land sale on Tuesday.",
      "A judge of the District Court blocked the Halvard County land sale on Tuesday, lawyers said.",
    );
    expect(a).toEqual(["District Court for the Eastern District of Virginia", "United States"]);
    expect(b).toEqual(["District Court for the Eastern District of Virginia", "Halvard County"]);
  });

  it("keeps two districts, and two kinds of court, apart", () => {
    const districts = sides(
      "A judge of the District Court for the Eastern District of Virginia blocked the sale on Tuesday.",
      "A judge of the District Court for the Western District of Virginia blocked the sale on Tuesday.",
    );
    expect(districts.a).toEqual(["District Court for the Eastern District of Virginia"]);
    expect(districts.b).toEqual(["District Court for the Western District of Virginia"]);
    const kinds = sides("The appeal went to the Supreme Court on Tuesday.", "The appeal went to the District Court on Tuesday.");
    expect(kinds.a).toEqual(["Supreme Court"]);
    expect(kinds.b).toEqual(["District Court"]);
  });

  it("leaves a court without its seat alone when the comparison names two seats of its kind", () => {
    const { entities } = sides(
      "Lawyers wrote to the District Court for the Eastern District of Virginia and to the District Court for the Western District of Virginia.",
      "A judge of the District Court blocked the sale on Tuesday.",
    );
    expect(entities.map((e) => e.canonical).sort()).toEqual([
      "District Court", "District Court for the Eastern District of Virginia", "District Court for the Western District of Virginia",
    ]);
  });

  it("reads a circuit's court in each of its forms as one: 'U.S. Court of Appeals for the Ninth Circuit', 'the 9th Circuit', 'Ninth Circuit Court of Appeals'", () => {
    const forms = ["the 9th Circuit", "the Ninth Circuit Court of Appeals", "the 9th U.S. Circuit Court of Appeals", "the Ninth Circuit"];
    for (const form of forms) {
      const { a, b } = sides(`On Tuesday the U.S. Court of Appeals for the Ninth Circuit upheld the ban.`, `On Tuesday ${form} upheld the ban, lawyers said.`);
      expect(a.filter((n) => n !== "United States")).toEqual(["Court of Appeals for the Ninth Circuit"]);
      expect(b.filter((n) => n !== "United States")).toEqual(["Court of Appeals for the Ninth Circuit"]);
    }
    const two = sides("On Tuesday the 9th Circuit upheld the ban.", "On Tuesday the 2nd Circuit upheld the ban.");
    expect(two.a).not.toEqual(two.b);
  });

  it("reads 'Federal District Court' and 'District Court' as one court", () => {
    const { a, b } = sides("The case was heard in Federal District Court in Halvard on Monday.", "The case was heard in the District Court in Halvard on Monday.");
    expect(a).toEqual(b);
  });
});

describe("an agency with and without its country", () => {
  // Invented reports of a permit for a chemical plant.
  const long = "Officials at the U.S. Environmental Protection Agency approved the permit on Monday.";
  it("reads 'U.S. Environmental Protection Agency', 'US Environmental Protection Agency', 'Environmental Protection Agency' and 'EPA' as one agency", () => {
    for (const short of [
      "Officials at the Environmental Protection Agency approved the permit on Monday.",
      "Officials at the EPA approved the permit on Monday, the company said.",
      "Officials at the US Environmental Protection Agency approved the permit on Monday.",
    ]) {
      const { entities } = sides(long, short);
      const agency = entities.filter((e) => e.type === "organization");
      expect(agency).toHaveLength(1);
      expect(agency[0]?.counts).toEqual([1, 1]);
    }
  });

  it("counts the country before a body's name as referred to, not named", () => {
    const { entities } = sides(long, "Officials at the EPA approved the permit on Monday, the company said.");
    const country = entities.find((e) => e.canonical === "United States");
    expect(country?.counts).toEqual([1, 0]);
    expect(country?.namedCounts).toEqual([0, 0]);
    // "US Environmental Protection Agency" as one name refers to the country too.
    const joined = sides("Officials at the US Environmental Protection Agency approved it.", "The United States approved it.").entities.find((e) => e.canonical === "United States");
    expect(joined?.counts).toEqual([1, 1]);
    expect(joined?.namedCounts).toEqual([0, 1]);
  });
});
