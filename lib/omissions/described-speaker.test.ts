import { describe, expect, it } from "vitest";
import type { NameAt } from "./attribution";
import { descriptionAtVerb, OfficeHolders, TitlesAround } from "./described-speaker";

const at = (text: string, verb: string): [string, number, number] => {
  const start = text.indexOf(verb);
  return [text, start, start + verb.length];
};

/**
 * Who holds the described office in `before` (the article up to the quotation), among the names
 * found there: the one person titled so ("Attorney General Richard Blumenthal", "Lis Smith, a
 * spokeswoman for…"), or the one body whose name ends in the word ("the Justice Department" for
 * "the department"). Two holders, or none: nobody. The one-shot reading the tests ask directly;
 * the omission pass keeps an OfficeHolders per article and adds names as quotations ask.
 */
function holderOf(description: readonly string[], before: string, names: readonly NameAt[]): string | undefined {
  const holders = new OfficeHolders(new TitlesAround(before));
  holders.add(names);
  return holders.holderBefore(description, before.length);
}

/** Names in `text`, as the recogniser would give them. */
function names(text: string, found: Array<[string, NameAt["type"]]>): NameAt[] {
  return found.map(([name, type]) => {
    const start = text.indexOf(name);
    return { at: start, end: start + name.length, name, type };
  });
}

describe("descriptionAtVerb", () => {
  it("reads an office or a body as the subject of the verb, or right after it", () => {
    expect(descriptionAtVerb(...at("In an interview, the attorney general said", "said"))).toEqual(["attorney", "general"]);
    expect(descriptionAtVerb(...at("” said the spokeswoman.", "said"))).toEqual(["spokesperson"]);
    expect(descriptionAtVerb(...at("The department said that", "said"))).toEqual(["department"]);
  });

  it("takes what was said, or a description that is no subject, for no one", () => {
    expect(descriptionAtVerb(...at("” the statement said.", "said"))).toBeUndefined();
    expect(descriptionAtVerb(...at("” the report said.", "said"))).toBeUndefined();
    expect(descriptionAtVerb(...at("in which the lawyer for the department said", "said"))).toBeUndefined();
  });
});

describe("holderOf", () => {
  it("finds the one holder of the office, by a title before the name or a role after it", () => {
    const text = "Connecticut Attorney General Richard Blumenthal and Lis Smith, a spokeswoman for the campaign, spoke.";
    const found = names(text, [["Richard Blumenthal", "person"], ["Lis Smith", "other"]]);
    expect(holderOf(["attorney", "general"], text, found)).toBe("Richard Blumenthal");
    expect(holderOf(["spokesperson"], text, found)).toBe("Lis Smith");
    expect(holderOf(["senator"], text, found)).toBeUndefined();
  });

  it("names nobody when two hold the office, and keeps a deputy's office apart", () => {
    const two = "President Obama greeted President Trump.";
    expect(holderOf(["president"], two, names(two, [["Obama", "person"], ["Trump", "person"]]))).toBeUndefined();
    const deputy = "Deputy Attorney General Rod Rosenstein met Attorney General Jeff Sessions.";
    expect(holderOf(["attorney", "general"], deputy, names(deputy, [["Rod Rosenstein", "person"], ["Jeff Sessions", "person"]]))).toBe("Jeff Sessions");
  });

  it("finds a body by the last word of its name", () => {
    const text = "The Justice Department and the White House disagreed.";
    expect(holderOf(["department"], text, names(text, [["Justice Department", "organization"], ["White House", "organization"]]))).toBe("Justice Department");
  });
});

describe("OfficeHolders", () => {
  const text =
    "Lis Smith, a spokeswoman for the campaign, spoke first.\n\nPresident Obama was in Ohio.\n\nLater President Trump and Attorney General Jeff Sessions arrived.";
  const found = names(text, [["Lis Smith", "person"], ["Obama", "person"], ["Trump", "person"], ["Jeff Sessions", "person"]]);
  const holders = new OfficeHolders(new TitlesAround(text));
  holders.add(found);

  it("answers as holderOf on the article up to each cut, asked in any order", () => {
    const cuts = [text.indexOf("Ohio"), text.length, text.indexOf("Later"), text.indexOf("Jeff") + 4, 20];
    for (const office of [["spokesperson"], ["president"], ["attorney", "general"]]) {
      for (const cut of cuts) {
        const before = text.slice(0, cut);
        expect(holders.holderBefore(office, cut)).toBe(holderOf(office, before, found.filter((n) => n.end <= cut)));
      }
    }
    expect(holders.holderBefore(["president"], text.indexOf("Later"))).toBe("Obama");
    expect(holders.holderBefore(["president"], text.length)).toBeUndefined();
  });

  it("reads a role the cut leaves unfinished as the shortened article does", () => {
    const cut = text.indexOf("spokeswoman") + "spokeswoman".length;
    expect(holders.holderBefore(["spokesperson"], text.length)).toBe("Lis Smith");
    expect(holders.holderBefore(["spokesperson"], cut)).toBeUndefined();
    expect(holders.holderBefore(["spokesperson"], text.length)).toBe("Lis Smith");
  });
});
