import { describe, expect, it } from "vitest";
import type { EntityAcross } from "../entities/resolve-entities";
import type { EntityType } from "../entities/aliases";
import { attributedToPronoun, listenerAtVerb, namesIn, pronounFits, speakerAtVerb, speakerIn } from "./attribution";

/** Entities of a comparison as the resolver gives them: a canonical name, a type and the spellings met. */
function entities(list: Array<[string, EntityType, ...string[]]>): EntityAcross[] {
  return list.map(([canonical, type, ...more]) => ({
    canonical,
    key: canonical.toLowerCase(),
    type,
    counts: [1, 0],
    mainCounts: [1, 0],
    namedCounts: [1, 0],
    passages: [[0], []],
    namedPassages: [[0], []],
    surfaces: [canonical, ...more],
  }));
}

describe("speakerIn: who says something, by attribution grammar", () => {
  const people = entities([
    ["Lanhee Chen", "person", "Chen"],
    ["Justice Department", "organization"],
    ["HuffPost", "organization"],
    ["Arizona", "place"],
    ["Reince Priebus", "person", "Priebus"],
    ["Republican National Committee", "organization", "RNC"],
    ["House", "organization"],
    ["Eric Holder", "person", "Holder"],
  ]);

  it("names the person at the verb, before it or in an inverted attribution, an apposition between", () => {
    expect(speakerIn("“We will repeal it,” said Lanhee Chen.", people)).toBe("Lanhee Chen");
    expect(speakerIn("Lanhee Chen, the campaign's policy director, said the plan was fair.", people)).toBe("Lanhee Chen");
    expect(speakerIn("The inquiry will be fair, according to the Justice Department.", people)).toBe("Justice Department");
  });

  it("takes the one told for the listener, never a place, and not what the verb reports on", () => {
    expect(speakerIn("“The vote will fail,” an aide told HuffPost.", people)).toBeUndefined();
    expect(speakerIn("A statement from Arizona said the vote would fail.", people)).toBeUndefined();
    expect(speakerIn("The letter said the House had been briefed.", people)).toBeUndefined();
  });

  it("gives a person in a body's title the words", () => {
    expect(speakerIn("“He stole $700 billion from Medicare,” said RNC Chair Reince Priebus.", people)).toBe("Reince Priebus");
  });

  it("names nobody without a speech verb or a name at it", () => {
    expect(speakerIn("Lanhee Chen arrived in Ohio on Tuesday.", people)).toBeUndefined();
    expect(speakerIn("“It is over,” he said.", people)).toBeUndefined();
  });
});

describe("speakerAtVerb", () => {
  const cast = entities([
    ["Sherrod Brown", "person", "Brown"],
    ["HuffPost", "organization"],
  ]);
  const at = (text: string, verb: string) => {
    const start = text.indexOf(verb);
    return speakerAtVerb(text, start, start + verb.length, namesIn(text, cast));
  };

  it("reads a name after the verb as the speaker, but not after “told”: that is the listener", () => {
    expect(at("“I was shocked by how dark it was,” said Sherrod Brown.", "said")).toBe("Sherrod Brown");
    expect(at("“It was dark,” an aide told HuffPost.", "told")).toBeUndefined();
    expect(at("“It was dark,” Brown told HuffPost.", "told")).toBe("Sherrod Brown");
  });

  it("reads a possessive after the verb as the start of what was said", () => {
    expect(at("The pastor said Brown's visit had let people know they were heard.", "said")).toBeUndefined();
    expect(at("The meeting went well, said Brown.", "said")).toBe("Sherrod Brown");
  });
});

describe("listenerAtVerb", () => {
  it("finds who was told or asked, right after the verb", () => {
    const text = "“We need a plan,” Holder told HuffPost on Wednesday.";
    const names = namesIn(text, entities([["Eric Holder", "person", "Holder"], ["HuffPost", "organization"]]));
    const verb = text.indexOf("told");
    expect(listenerAtVerb(text, verb, verb + "told".length, names)).toBe("HuffPost");
  });
});

describe("namesIn", () => {
  it("finds spellings as whole words only: the R of a party tag is no name inside “Russian”", () => {
    const found = namesIn("Russian officials met Rep. Chris Van Hollen (D-Md.).", entities([["Republican Party", "organization", "R"], ["Chris Van Hollen", "person"]]));
    expect(found.map((n) => n.name)).toEqual(["Chris Van Hollen"]);
  });
});

describe("attributedToPronoun and pronounFits", () => {
  it("reads “he said” and “said she.” as attribution, not “said he is concerned”", () => {
    expect(attributedToPronoun("“We will win,” he said.")).toBe(true);
    expect(attributedToPronoun("“We will win,” said she.")).toBe(true);
    expect(attributedToPronoun("Warner said he is concerned about the summit.")).toBe(false);
  });

  it("fits a pronoun to a known given name, and any pronoun to a name it cannot tell", () => {
    expect(pronounFits("Hillary Clinton", "he")).toBe(false);
    expect(pronounFits("Hillary Clinton", "she")).toBe(true);
    expect(pronounFits("Lanhee Chen", "he")).toBe(true);
  });
});
