import { describe, expect, it } from "vitest";
import type { EntityAcross } from "../entities/resolve-entities";
import type { EntityType } from "../entities/aliases";
import { attributedToPronoun, listenerAtVerb, namesIn, pronounFits, speakerAtVerb, speakerIn } from "./attribution";
import { isNewsMedium, isOwnOutlet } from "./outlet-names";

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

describe("speakerIn: a paper reports, it is not who speaks", () => {
  const refinery = entities([
    ["Halden Gazette", "organization", "Gazette"],
    ["Gerald Hume", "person", "Hume"],
    ["Tomasz Lewandowski", "person", "Lewandowski"],
    ["Jonas Albrecht", "person"],
  ]);

  it("attributes nothing to the article's own outlet, and what another outlet confirms to that outlet", () => {
    const confirmed = "The Gazette has confirmed the names of three of them: Jonas Albrecht, a shift supervisor, and two operators.";
    expect(speakerIn(confirmed, refinery, undefined, "Halden Gazette")).toBeUndefined();
    // The outlet as the command line names a file, or by its site.
    expect(speakerIn(confirmed, refinery, undefined, "gazette")).toBeUndefined();
    expect(speakerIn(confirmed, refinery, undefined, "haldengazette.com")).toBeUndefined();
    expect(speakerIn(confirmed, refinery, undefined, "Channel 9")).toBe("Halden Gazette");
  });

  it("gives the words to the one asked or telling, not to the paper that asks or is told", () => {
    expect(speakerIn("When the Gazette asked Gerald Hume about the unit, Hume said it had passed an inspection.", refinery, undefined, "Channel 9")).toBe("Gerald Hume");
    expect(speakerIn("“We warned management about this unit,” Lewandowski told the Gazette.", refinery, undefined, "Channel 9")).toBe("Tomasz Lewandowski");
    expect(speakerIn("“We warned management about this unit,” a union official told the Halden Gazette.", refinery, undefined, "Channel 9")).toBeUndefined();
  });

  it("reads a paper after “according to” as the source of its own report, not of someone's words it carries", () => {
    expect(speakerIn("“We warned management about this unit,” a union official said, according to the Halden Gazette.", refinery, undefined, "Channel 9")).toBeUndefined();
    expect(speakerIn("The unit failed an inspection in 2022, according to the Halden Gazette.", refinery, undefined, "Channel 9")).toBe("Halden Gazette");
    // A paper writing is a writer: its editorial's words are its own.
    expect(speakerIn("“It is a disgrace,” the Halden Gazette wrote in an editorial.", refinery, undefined, "Channel 9")).toBe("Halden Gazette");
  });
});

describe("isNewsMedium and isOwnOutlet", () => {
  it("tells a paper from a person or a place named like it", () => {
    expect(isNewsMedium("Gazette", "other")).toBe(true);
    expect(isNewsMedium("Fox News", "organization")).toBe(true);
    expect(isNewsMedium("Michael Bloomberg", "person")).toBe(false);
    expect(isOwnOutlet("Fox News", "organization", "fox")).toBe(true);
    expect(isOwnOutlet("Bloomberg", "person", "Bloomberg News")).toBe(false);
    expect(isOwnOutlet("New York", "place", "The New York Times")).toBe(false);
    expect(isOwnOutlet("Gazette", "other", "B")).toBe(false);
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
