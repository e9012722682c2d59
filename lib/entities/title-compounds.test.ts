import { describe, expect, it } from "vitest";
import { PERSON_TITLE_HEADS, TITLE_WORDS } from "./name-words";
import { resolveEntitiesAcross } from "./resolve-entities";

/** Entities of two texts, as "canonical counts" rows. */
const rows = (a: string, b: string) => resolveEntitiesAcross([a, b]).map((e) => `${e.canonical} ${e.counts.join(",")}`);

describe("compound titles", () => {
  it("reads a prefixed title as a title: Co-counsel, Vice-Chairman, Ex-Governor; and a title-to-be: Mayor-designate", () => {
    for (const word of ["co-counsel", "vice-chairman", "ex-governor", "co-host", "mayor-designate", "chair-elect"]) expect(TITLE_WORDS.has(word)).toBe(true);
    expect(PERSON_TITLE_HEADS.has("co-counsel")).toBe(true);
    // A prefix before no title is no title.
    for (const word of ["co-op", "ex-im", "vice-versa", "co-"]) expect(TITLE_WORDS.has(word)).toBe(false);
  });

  it("keeps a role written before a name out of the name, and the person apart from where they work", () => {
    const wire = "The ruling was welcomed. Co-counsel Tobias Renshaw of Renshaw Legal Group called it a measure of accountability.";
    const release = "Tobias Renshaw, founding partner of Renshaw Legal Group, added that it was a measure of accountability.";
    // Before: one organisation "Co-counsel Tobias Renshaw of Renshaw Legal Group", never in the release.
    expect(rows(wire, release)).toEqual(expect.arrayContaining(["Tobias Renshaw 1,1", "Renshaw Legal Group 1,1"]));
  });

  it("reads a given name ending in 's' as no plural: 'Marcus Renshaw of Renshaw Legal Group' is a person and a firm", () => {
    expect(rows("He hired Marcus Renshaw of Renshaw Legal Group last year.", "Marcus Renshaw spoke.")).toEqual(
      expect.arrayContaining(["Marcus Renshaw 1,1", "Renshaw Legal Group 1,0"]),
    );
    // A plural still joins a body's name: "Joint Chiefs of Staff".
    expect(rows("The Joint Chiefs of Staff met.", "Nothing.")).toEqual(["Joint Chiefs of Staff 1,0"]);
  });
});

describe("honorifics", () => {
  it("reads 'the Honorable' and 'Hon.' as titles, not words of the canonical name", () => {
    const release = "The firm announced that the Honorable Miriam K. Ashcombe of the district court has approved the deal.";
    const wire = "Judge Miriam K. Ashcombe approved the deal on Monday. Hon. Miriam K. Ashcombe wrote the opinion.";
    expect(rows(release, wire)).toEqual(expect.arrayContaining(["Miriam K. Ashcombe 1,2"]));
    expect(rows(release, wire).some((r) => /Hon/.test(r))).toBe(false);
  });
});
