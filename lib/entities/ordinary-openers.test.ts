import { describe, expect, it } from "vitest";
import { resolveEntities } from "./resolve-entities";
import { ordinaryAgentWord, ordinaryPlural } from "./ordinary-openers";

const names = (text: string) => resolveEntities(text).map((e) => e.canonical).sort();
const mentionsOf = (text: string, name: string) => resolveEntities(text).find((e) => e.canonical === name)?.count;

describe("an occupation opening the sentence before a person's name", () => {
  it("is the person's descriptor, not a word of the name, and the workplace stays a name of its own", () => {
    expect(names("Hydrologist José Ibáñez of Greyford State College said the reservoir “was carrying far more water than it was designed for.”")).toEqual([
      "Greyford State College",
      "José Ibáñez",
    ]);
    expect(names("Farmer Ruth Okafor said the fields had flooded overnight.")).toEqual(["Ruth Okafor"]);
  });

  it("is read as ordinary from the text too: a word it writes in lower case", () => {
    expect(names("Lifeguard Ana Ruiz said the beach was closed, and another lifeguard agreed.")).toEqual(["Ana Ruiz"]);
  });

  it("leaves names alone: two-word names, a given name first, and words that are no ordinary agent nouns", () => {
    expect(names("Carter Page spoke first. Hunter Biden spoke next.")).toEqual(["Carter Page", "Hunter Biden"]);
    expect(names("Kim Jong Un met Moon Jae-in in Panmunjom.")).toEqual(expect.arrayContaining(["Kim Jong Un"]));
    expect(names("Mary Ann Smith said the water rose.")).toEqual(["Mary Ann Smith"]);
    // A title in quotation marks is no sentence: "Tucker" is no descriptor there.
    expect(names('Stone will appear on Fox News Channel\'s "Tucker Carlson Tonight" on Friday.')).toContain("Tucker Carlson Tonight");
  });

  it("takes SUBTLEX's counts only for the shape of an agent noun", () => {
    expect(ordinaryAgentWord("hydrologist", new Set())).toBe(true);
    expect(ordinaryAgentWord("farmer", new Set())).toBe(true);
    expect(ordinaryAgentWord("kim", new Set())).toBe(false);
    expect(ordinaryAgentWord("john", new Set(["john"]))).toBe(false);
  });
});

describe("a plural common noun opening the sentence that only ends a body's name", () => {
  it("is no name of its own", () => {
    expect(names("Engineers from the Army Corps of Engineers arrived in the afternoon. Corps spokesman Luis Ferrante said the embankment was stable.")).toEqual([
      "Army Corps of Engineers",
      "Luis Ferrante",
    ]);
  });

  it("stays a name when the text writes it alone, and a surname opening a sentence still counts for its person", () => {
    expect(names("Engineers from the Army Corps of Engineers watched the Engineers, the county's football club, lose.")).toEqual(["Army Corps of Engineers", "Engineers"]);
    expect(mentionsOf("Tiger Woods won on Sunday. Woods said the course was hard.", "Tiger Woods")).toBe(2);
  });

  it("is an ordinary plural by SUBTLEX's count of its singular, and no given name", () => {
    expect(ordinaryPlural("engineers")).toBe(true);
    expect(ordinaryPlural("agencies")).toBe(true);
    expect(ordinaryPlural("williams")).toBe(false);
    expect(ordinaryPlural("business")).toBe(false);
  });
});
