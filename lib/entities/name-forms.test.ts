/**
 * Name forms outlets use for the same entity: each pair here was flagged as
 * "absent" from one side before its rule, and must resolve to one entity.
 */
import { describe, expect, it } from "vitest";
import { resolveEntitiesAcross } from "./resolve-entities";

const across = (a: string, b: string) => resolveEntitiesAcross([a, b]);
/** The entities both sides mention, by canonical name. */
const shared = (a: string, b: string) => across(a, b).filter((e) => (e.counts[0] ?? 0) > 0 && (e.counts[1] ?? 0) > 0).map((e) => e.canonical);

describe("name forms of one entity", () => {
  it("folds familiar given names: Liz / Elizabeth, Dick / Richard, Ted / Edward, Bob / Robert", () => {
    expect(shared("Rep. Elizabeth Cheney of Wyoming said the vote was wrong.", "Liz Cheney voted against it on Tuesday.")).toContain("Elizabeth Cheney");
    expect(shared("Senators Sheldon Whitehouse and Richard J. Durbin urged a vote.", "Dick Durbin urged a vote on the bill.")).toContain("Richard J. Durbin");
    expect(shared("Senator Edward M. Kennedy's seat was vacant for months.", "The seat Ted Kennedy held was vacant.")).toContain("Edward M. Kennedy");
    expect(shared("Robert P. McCulloch, the prosecuting attorney, spoke on Monday.", "St. Louis County Prosecutor Bob McCulloch spoke on Monday.")).toContain("Robert P. McCulloch");
  });

  it("folds a given name written as its initial: M. Webb / Marcus Webb, whatever title each outlet gives", () => {
    expect(shared("Councillor Marcus Webb said the council would pay.", "Cllr M. Webb said the council would pay.")).toEqual(["Marcus Webb"]);
    // A different initial is someone else.
    expect(shared("Councillor Marcus Webb said the council would pay.", "Cllr J. Webb said the council would pay.")).toEqual([]);
  });

  it("reads a person's surname misspelt by one slip as the same person: Reince Preibus / Reince Priebus", () => {
    const entities = across(
      "Republican Party Chairman Reince Priebus spoke on Monday. Priebus left early.",
      "The new chairman, Reince Preibus, spoke on Monday. Mr. Preibus left early.",
    );
    expect(entities.filter((e) => /^Reince|P(?:re|ri)[ie]bus$/.test(e.canonical))).toHaveLength(1);
    expect(entities.find((e) => /Reince/.test(e.canonical))?.counts).toEqual([2, 2]);
    // A given name alone, spelt two ways: "wife Stacy" / "his wife, Stacey".
    expect(shared("He and wife Stacy have two young sons.", "He lives with his wife, Stacey, and their sons.")).toHaveLength(1);
    // Two families, or a plural, are no slip: Bush / Busch, New Yorker / New Yorkers.
    expect(shared("President George Bush spoke.", "President George Busch spoke.")).toEqual([]);
  });

  it("keeps different people of one family apart", () => {
    expect(shared("Barack Obama spoke at the White House.", "Michelle Obama spoke at the White House.")).not.toContain("Barack Obama");
  });

  it("reads middle initials and generational suffixes: Robert S. Mueller III = Robert Mueller = Mueller", () => {
    const entities = across("Robert S. Mueller III, the special counsel, filed charges.", "Robert Mueller filed charges. Mueller declined to comment.");
    expect(entities.filter((e) => /Mueller/.test(e.canonical))).toHaveLength(1);
  });

  it("reads a name written family name first as the same person", () => {
    expect(across("Motegi Toshimitsu met Antony Blinken in London.", "Toshimitsu Motegi met Antony Blinken in London.").filter((e) => /Motegi/.test(e.canonical))).toHaveLength(1);
  });

  it("folds an acronym into the one name it abbreviates in the comparison", () => {
    expect(shared("The Internal Revenue Service audited the group.", "The IRS audited the group last year.")).toContain("Internal Revenue Service");
    expect(shared("The National Security Agency collects phone records.", "The NSA collects phone records.")).toContain("National Security Agency");
  });

  it("reads 'Department of the Treasury' and 'Treasury Department' as one", () => {
    expect(across("The Treasury Department issued new rules.", "The Department of the Treasury issued new rules.").filter((e) => /Treasury/.test(e.canonical))).toHaveLength(1);
  });

  it("counts a party tag as a mention of the party", () => {
    expect(shared("The Republican Party won the vote.", "Rep. Kevin McCarthy (R-Calif.) said his side won the vote.")).toContain("Republican Party");
  });

  it("finds a country name inside a hyphenated compound", () => {
    expect(shared("They backed the Republic of Korea on Monday.", "A U.S.-Japan-Republic of Korea meeting followed on Monday.")).toContain("South Korea");
  });

  it("reads a heritage compound as no mention of the place: African-American, Japanese-Americans", () => {
    const names = (text: string) => resolveEntitiesAcross([text]).map((e) => e.canonical);
    expect(names("Patrick, the state's first African-American governor, spoke on Monday.")).toEqual([]);
    expect(names("Japanese-Americans were interned during the war.")).not.toContain("Japan");
    // A compound of places still names each of them.
    expect(names("The U.S.-Japan alliance held on Monday.")).toEqual(expect.arrayContaining(["Japan", "United States"]));
  });

  it("cuts titles off names: Pro Tem, Counsel, Prosecutor", () => {
    expect(shared("Senate President Pro Tem David Long spoke on Monday.", "David Long spoke on Monday.")).toContain("David Long");
    expect(shared("White House Counsel Don McGahn spoke on Monday.", "Don McGahn spoke on Monday.")).toContain("Don McGahn");
  });

  it("cuts an office's portfolio off the person who holds it: Assistant Secretary for Diplomatic Security Charlene Lamb", () => {
    expect(shared("Assistant Secretary for Diplomatic Security Charlene Lamb testified on Wednesday.", "Charlene Lamb testified on Wednesday.")).toContain("Charlene Lamb");
    expect(shared("Under Secretary for Management Patrick F. Kennedy spoke.", "Patrick Kennedy spoke on Monday.")).toContain("Patrick F. Kennedy");
    expect(shared("Minister for Foreign Affairs Toshimitsu Motegi met Blinken.", "Toshimitsu Motegi met Blinken.")).toContain("Toshimitsu Motegi");
  });

  it("cuts an occupation written as a title off the name: Historian Alan Brinkley of Columbia University", () => {
    const names = across("Historian Alan Brinkley of Columbia University told Fox News it was theater.", "Alan Brinkley spoke.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Alan Brinkley", "Columbia University"]));
    expect(names.some((n) => n.startsWith("Historian"))).toBe(false);
  });

  it("reads a group named for a place as one name, not a mention of the place: Democracy for America", () => {
    const names = across("The deal was a cave, said Democracy for America on Monday.", "Senate Democrats voted on Monday.").map((e) => e.canonical);
    expect(names).toContain("Democracy for America");
    expect(names).not.toContain("United States");
    // A sentence that opens with a word and "for" is no name: "Support for Israel is strong".
    expect(across("Support for Israel is strong in the Senate.", "Nothing.").map((e) => e.canonical)).toContain("Israel");
  });

  it("reads a firm joined by an ampersand as one organisation, not its partners: Kasowitz, Benson, Torres & Friedman", () => {
    const entities = across(
      "The founder of Lieberman’s law firm ― Kasowitz, Benson, Torres & Friedman ― is one of the president’s top lawyers. Standard & Poor's and AT&T agreed.",
      "Marc E. Kasowitz, a lawyer for Mr. Trump, works there.",
    );
    const names = entities.map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Kasowitz, Benson, Torres & Friedman", "AT&T"]));
    // The possessive is read off, as for any name ("Lieberman’s").
    const agency = entities.find((e) => e.canonical.startsWith("Standard & Poor"));
    expect(agency?.type).toBe("organization");
    expect(names).not.toEqual(expect.arrayContaining(["Benson"]));
    expect(names.filter((n) => /^(?:Torres|Friedman|Poor|Poor's|Standard)$/.test(n))).toEqual([]);
    // Without the ampersand, a comma list is a list: each place is named.
    expect(across("He campaigned in Ohio, Michigan and Wisconsin.", "Nothing.").map((e) => e.canonical)).toEqual(expect.arrayContaining(["Ohio", "Michigan", "Wisconsin"]));
  });

  it("reads a firm's legal name and its short name as one firm: Mintz Levin", () => {
    const legal = "He practiced at the Boston office of Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC, where he was a partner.";
    expect(shared(legal, "He was a partner at the law firm of Mintz Levin.")).toEqual(["Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC"]);
    expect(shared(legal, "He worked at Mintz, Levin, Cohn, Ferris, Glovsky & Popeo in Boston.")).toContain("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC");
    // Without a company suffix, names joined by "and" are people: "Smith, Jones and Brown".
    expect(across("The vote was opposed by Smith, Jones and Brown.", "Nothing.").map((e) => e.canonical)).toEqual(expect.arrayContaining(["Smith", "Jones", "Brown"]));
  });

  it("reads a company with and without its legal suffix as one company: Harlow Logistics Inc / Harlow Logistics", () => {
    const wire = "Harlow Logistics Inc said on Monday that a fire at its Reno depot had halted deliveries across Nevada.";
    expect(shared(wire, "Harlow Logistics has halted deliveries after a depot fire, the company said.")).toEqual(["Harlow Logistics Inc"]);
    expect(shared("Shares of Tessmer Foods Corp. fell 4 percent.", "Tessmer Foods shares fell 4 percent on Friday.")).toHaveLength(1);
    // The suffix ends a name; another company that only shares a first word is another company.
    expect(shared(wire, "Harlow Freight said its trucks were running.")).toEqual([]);
  });

  it("reads a name with a middle initial as a person's, so the surname alone names them: Marc E. Kasowitz", () => {
    const entities = across("And he is employed by one of the firms where Marc E. Kasowitz, a lawyer for Mr. Trump, works.", "Nothing.");
    expect(entities.find((e) => e.canonical === "Marc E. Kasowitz")?.type).toBe("person");
    expect(across("They landed at John F. Kennedy Airport.", "Nothing.").find((e) => /Kennedy/.test(e.canonical))?.type).not.toBe("person");
  });

  it("reads a body's name ending in Assembly or Caucus as an organisation, not a titled person: General Assembly", () => {
    const entities = across("Sanchez formerly led the Congressional Hispanic Caucus, and the General Assembly met.", "Nothing.");
    expect(entities.find((e) => e.canonical === "General Assembly")?.type).toBe("organization");
    expect(entities.map((e) => e.canonical)).toContain("Congressional Hispanic Caucus");
    expect(entities.map((e) => e.canonical)).not.toContain("Assembly");
  });

  it("reads a court case as one name, not its parties: Roe v. Wade", () => {
    const entities = across("The ruling in Roe v. Wade stands, the court said.", "Henry Wade, the Dallas prosecutor, died in 2001.");
    expect(entities.map((e) => e.canonical)).toContain("Roe v. Wade");
    expect(entities.find((e) => e.canonical === "Henry Wade")?.counts).toEqual([0, 1]);
  });

  it("keeps the last point of a dotted abbreviation: F.B.I., D.C.", () => {
    expect(across("The F.B.I. opened an inquiry in Washington, D.C. on Monday.", "Nothing happened.").map((e) => e.canonical)).toEqual(expect.arrayContaining(["F.B.I.", "D.C."]));
  });

  it("splits a person from where they are from: Mayor Ed Murray of Seattle", () => {
    const entities = across("Mayor Ed Murray of Seattle said the city would appeal.", "Ed Murray, the mayor, spoke on Monday.");
    expect(entities.find((e) => e.canonical === "Ed Murray")?.counts).toEqual([1, 1]);
  });
});

describe("names in passing", () => {
  it("marks a senator's home state and a list of places as mentions in passing", () => {
    const [entity] = resolveEntitiesAcross(["Mitch McConnell of Kentucky spoke on Monday."]).filter((e) => e.canonical === "Kentucky");
    expect(entity).toMatchObject({ counts: [1], mainCounts: [0] });
    const states = resolveEntitiesAcross(["The rule applies in Ohio, Michigan, Wisconsin and Pennsylvania from Monday."]);
    for (const name of ["Ohio", "Michigan", "Wisconsin", "Pennsylvania"]) expect(states.find((e) => e.canonical === name)?.mainCounts).toEqual([0]);
    const subject = resolveEntitiesAcross(["Ohio voted on Monday, and Ohio's governor spoke."]).find((e) => e.canonical === "Ohio");
    expect(subject?.mainCounts).toEqual([2]);
  });

  it("folds a saint's name alone into the one longer name it opens: St. Anne's / St. Anne's Hospital", () => {
    expect(shared("A contractor died at St. Anne's Hospital on Tuesday.", "Seven were taken to St. Anne's, a spokeswoman said.")).toEqual(["St. Anne's Hospital"]);
    // With two such names the short form could be either.
    expect(shared("He died at St. Anne's Hospital, near St. Anne's Church.", "Seven were taken to St. Anne's, a spokeswoman said.")).toEqual([]);
  });

  it("takes neither a capitalised common noun nor a group of office holders for a name", () => {
    const names = resolveEntitiesAcross(["They met at the G7 Foreign and Development Ministers' Meeting to discuss the U.S.-Japan Alliance."]).map((e) => e.canonical);
    expect(names).not.toContain("Development Ministers");
    expect(names).not.toContain("Alliance");
  });
});

describe("credits", () => {
  it("takes no name from a photo credit or an agency tag", () => {
    const names = resolveEntitiesAcross([
      "[Blinken and Austin on their trip to Japan. Credit: AP]",
      "The joint chiefs met in Hawaii. Photo Credit: Japan's Ministry of Defense",
      "Toshimitsu Motegi and Antony Blinken in London on May 3, 2021. (Pool photo)(Kyodo)",
    ]).map((e) => e.canonical);
    expect(names).not.toContain("Associated Press");
    expect(names).not.toContain("Ministry of Defense");
    expect(names).not.toContain("Kyodo News");
    expect(names).toEqual(expect.arrayContaining(["Toshimitsu Motegi", "Hawaii"]));
  });
});

describe("a place a body is named after", () => {
  /** Mentions per side of the entity named `name`. */
  const counts = (a: string, b: string, name: string) => across(a, b).find((e) => e.canonical === name)?.counts;

  it("is no short form of the body: the town alone is not the town council", () => {
    const a = "The train derailed outside Kessingford on Thursday. Kessingford Town Council will open a book of condolence.";
    const b = "The line between Kessingford and Danbury is closed.";
    expect(counts(a, b, "Kessingford Town Council")).toEqual([1, 0]);
    expect(counts(a, b, "Kessingford")).toEqual([1, 1]);
    // "Town", "City", "Community" after the first word say it is a place, wherever the place alone is written.
    expect(counts("Leeds City Council said the roads were shut.", "Fans in Leeds were quiet, and shops in Leeds closed.", "Leeds City Council")).toEqual([1, 0]);
    expect(counts("A centre opened at Kessingford Community Hall.", "Shops in Kessingford closed early.", "Kessingford Community Hall")).toEqual([1, 0]);
    // Written where a place goes ("near", "outside", "between … and"), a word is the place, whatever body opens with it.
    expect(counts("Kessingford Police said two men were held.", "Two men were held near Kessingford on Friday.", "Kessingford Police")).toEqual([1, 0]);
  });

  it("leaves a body's own short form and a person's surname alone folded", () => {
    expect(counts("The Northline Rail Company said the line would reopen.", "A spokesman for Northline said the line would reopen.", "Northline Rail Company")).toEqual([1, 1]);
    expect(counts("Kessingford Police said two men were held.", "A spokesman for Kessingford said two men were held.", "Kessingford Police")).toEqual([1, 1]);
    expect(counts("Harvard University said it would appeal.", "Officials at Harvard said nothing.", "Harvard University")).toEqual([1, 1]);
    expect(counts("Joe Biden spoke in Ohio.", "Later Biden flew home.", "Joe Biden")).toEqual([1, 1]);
  });
});
