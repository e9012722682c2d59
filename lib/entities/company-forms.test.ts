import { describe, expect, it } from "vitest";
import { companyStem } from "./company-forms";
import { resolveEntitiesAcross } from "./resolve-entities";

/** Entities of several texts, as "canonical counts" rows. */
const rows = (...docs: string[]) => resolveEntitiesAcross(docs).map((e) => `${e.canonical} ${e.counts.join(",")}`);

// Invented reports of one ruling: "Brook", "Meadow", "Power" are ordinary words, and the paper also names the brook.
const wire =
  "A judge approved a $40 million settlement with Silver Brook Meadow Power Co., Inc. on Monday. The ruling names Silver Brook Meadow Power Co. as the defendant. Silver Brook Meadow Power said it would not appeal.";
const release = "The firm sued Silver Brook Meadow Power Company, Inc. for the families.";
const paper =
  "Families along the Silver Brook cheered. Silver Brook Meadow Power will pay $40 million, a judge ruled. Silver Brook Meadow Power declined to comment. The power went out along the meadow and the brook flooded.";
const statement = "Silver Brook Meadow Power today acknowledged the ruling against Silver Brook Meadow Power Co., its legal name. Silver Brook Meadow Power serves 9,000 homes.";

describe("companyStem", () => {
  it("reads off every legal form closing a name, abbreviated or spelled out, and leaves a name", () => {
    expect(companyStem(["silver", "brook", "meadow", "power", "co"])).toEqual(["silver", "brook", "meadow", "power"]);
    expect(companyStem(["silver", "brook", "meadow", "power", "company", "inc"])).toEqual(["silver", "brook", "meadow", "power"]);
    expect(companyStem(["tessmer", "foods", "corporation"])).toEqual(["tessmer", "foods"]);
    expect(companyStem(["company"])).toBeUndefined();
    expect(companyStem(["silver", "brook"])).toBeUndefined();
  });
});

describe("a company with and without its legal form", () => {
  it("is one company in a pair: 'Co.', 'Company, Inc.' and the plain name the paper writes", () => {
    // The paper's plain name had been read as a quoted title-case headline (half its words are ordinary) and
    // counted as "Silver Brook", the river: the company was "never in" the paper that names it twice.
    expect(rows(wire, paper)).toContain("Silver Brook Meadow Power 3,2");
    expect(rows(release, paper)).toContain("Silver Brook Meadow Power Company 1,2");
    expect(rows(wire, paper)).toContain("Silver Brook 0,1");
  });

  it("is one company in a story's N-way view, as in each pair", () => {
    const story = rows(wire, release, paper, statement);
    expect(story).toContain("Silver Brook Meadow Power 3,1,2,3");
    expect(story.filter((r) => /^Silver Brook Meadow Power(?! Co)/.test(r))).toHaveLength(1);
  });

  it("keeps a person's and a place's name apart from a company named for them", () => {
    expect(rows("Walt Disney drew the mouse.", "The Walt Disney Company owns it.")).toEqual(expect.arrayContaining(["Walt Disney 1,0"]));
  });
});

describe("a case caption and a middle initial", () => {
  it("reads a caption's 'v.' as no person's name, and a capital 'V.' as a middle initial", () => {
    // The wire's company had folded into the caption as if "co" were the surname of its "full name".
    expect(rows("It sued Tate v. Silverbrook Utilities Co. in May.", "Silverbrook Utilities Co. said nothing.")).toEqual(
      expect.arrayContaining(["Tate v. Silverbrook Utilities Co 1,0", "Silverbrook Utilities Co 0,1"]),
    );
    // Nor is the second party's name its surname: "Tillwater" alone is the company, not the case.
    expect(rows("The ruling in Dorrance v. Tillwater came in May.", "The mill owner, Tillwater, paid nothing.")).toEqual(
      expect.arrayContaining(["Dorrance v. Tillwater 1,0", "Tillwater 0,1"]),
    );
    expect(rows("Representative Luis V. Gutierrez of Illinois spoke.", "Mr. Gutierrez spoke. Luis Gutierrez left.")).toEqual(["Luis V. Gutierrez 1,2", "Illinois 1,0"]);
  });
});
