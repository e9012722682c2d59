import { describe, expect, it } from "vitest";
import type { EntityType } from "./aliases";
import type { Mention } from "./find-mentions";
import { resolveEntities } from "./resolve-entities";
import { markPeripheral, withoutCredits, withoutTimeZones, withoutTitleFragments } from "./mention-filters";

/** Mentions of `names` in `text`, as the scan would give them. */
function mentions(text: string, names: Array<[string, EntityType, boolean?]>): Mention[] {
  return names.map(([surface, type, known]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, surface, words: surface.toLowerCase().split(" "), type, titled: false, sentenceInitial: false, ...(known ? { alias: { canonical: surface, type } } : {}) } as Mention;
  });
}

describe("withoutCredits", () => {
  it("drops names inside a photo credit or an agency tag, keeps the caption's", () => {
    const text = "Blinken and Austin arrive in Tokyo. Credit: Kyodo News (AP)";
    const found = withoutCredits(text, mentions(text, [["Blinken", "person"], ["Tokyo", "place"], ["Kyodo News", "organization"]]));
    expect(found.map((m) => m.surface)).toEqual(["Blinken", "Tokyo"]);
  });
});

describe("withoutTitleFragments", () => {
  it("drops a name cut out of a quoted slogan, keeps a known name inside a quoted title", () => {
    const text = "He wore a “Make America Great Again” hat on “Fox News Sunday.”";
    const found = withoutTitleFragments(text, mentions(text, [["America Great", "other"], ["Fox News", "organization", true]]));
    expect(found.map((m) => m.surface)).toEqual(["Fox News"]);
  });
});

describe("markPeripheral", () => {
  it("marks a place after a person's “of” and a list of three places, not a place on its own", () => {
    const text = "Sen. Sheldon Whitehouse of Rhode Island toured Ohio, Michigan and Wisconsin before flying to Tokyo.";
    const found = mentions(text, [["Sheldon Whitehouse", "person"], ["Rhode Island", "place"], ["Ohio", "place"], ["Michigan", "place"], ["Wisconsin", "place"], ["Tokyo", "place"]]);
    markPeripheral(text, found);
    expect(found.filter((m) => m.peripheral).map((m) => m.surface)).toEqual(["Rhode Island", "Ohio", "Michigan", "Wisconsin"]);
  });
});

describe("withoutTimeZones", () => {
  it("drops a time zone in capitals, and a short zone only after a clock time", () => {
    const text = "Updated 2:05 PM UTC, and 9 a.m. EST; the show airs at 8 p.m. ET with ET himself.";
    const found = withoutTimeZones(text, mentions(text, [["UTC", "other"], ["EST", "other"], ["ET", "other"]]));
    expect(found.map((m) => m.surface)).toEqual([]);
    // "ET himself": no clock time before it, so a name.
    const later = text.lastIndexOf("ET");
    const alone = { ...mentions(text, [["ET", "other"]])[0], start: later, end: later + 2 } as Mention;
    expect(withoutTimeZones(text, [alone]).map((m) => m.surface)).toEqual(["ET"]);
  });

  it("leaves a timestamp's zone out of the names, and keeps the names beside it", () => {
    const names = resolveEntities("Officials met Toshimitsu Motegi at 0800 GMT, and Ruth Okafor left at 2:05 PM UTC.").map((e) => e.canonical);
    expect(names.sort()).toEqual(["Ruth Okafor", "Toshimitsu Motegi"]);
  });
});
