import { describe, expect, it } from "vitest";
import { itemReasons, itemSalience, type ItemTraits } from "./item-salience";

const reaction: ItemTraits = {
  novelWeight: 60,
  quoted: true,
  speaker: "Angela Whitman",
  absentNames: ["Angela Whitman"],
  figures: [],
  inHeadline: 0,
  headlineCarries: false,
  inLede: false,
  role: "body",
  boilerplate: false,
  statesAbsence: false,
};

describe("item salience", () => {
  it("counts a quotation's speaker once: as its voice, not again among its new names, where it says the other side never names them", () => {
    expect(itemSalience(reaction)).toBeCloseTo(itemSalience({ ...reaction, absentNames: [] }));
    expect(itemSalience({ ...reaction, absentNames: ["Angela Whitman", "White House"] })).toBeGreaterThan(itemSalience(reaction));
    const names = { present: "HuffPost", absent: "The New York Times" };
    expect(itemReasons({ ...reaction, absentNames: ["Angela Whitman", "White House"] }, names)).toEqual([
      "quotes Angela Whitman, never in The New York Times",
      "names White House, never in The New York Times",
    ]);
    // A speaker the other side names (quoting them elsewhere, say) is only who speaks.
    expect(itemReasons({ ...reaction, absentNames: ["White House"] }, names)).toEqual(["quotes Angela Whitman", "names White House, never in The New York Times"]);
    expect(itemReasons({ ...reaction, quoted: false }, names)).toEqual(["attributed to Angela Whitman, never in The New York Times"]);
  });

  it("does not say 'never in' of a name the other side writes inside a longer one, and weighs it as any new name", () => {
    const sea: ItemTraits = { ...reaction, absentNames: ["Angela Whitman", "China", "Pentagon"], namesInLongerNames: ["China"] };
    expect(itemReasons(sea, { present: "HuffPost", absent: "Fox News" })).toEqual([
      "quotes Angela Whitman, never in Fox News",
      "names Pentagon, never in Fox News",
      "names China, in Fox News only inside a longer name",
    ]);
    // A speaker the other side writes only inside a longer name is said to be so, not "never in".
    expect(itemReasons({ ...sea, namesInLongerNames: ["China", "Angela Whitman"] }, { present: "HuffPost", absent: "Fox News" })[0]).toBe(
      "quotes Angela Whitman, in Fox News only inside a longer name",
    );
    expect(itemSalience(sea)).toBe(itemSalience({ ...sea, namesInLongerNames: undefined }));
  });

  it("says a figure given only in a grouped passage is there, and weighs it as any figure", () => {
    const names = { present: "Meridian Press", absent: "The Ledger Review" };
    const toll: ItemTraits = { ...reaction, quoted: false, speaker: undefined, absentNames: [], figures: ["12"], figuresGrouped: ["12"] };
    expect(itemReasons(toll, names)).toEqual(["figures 12 in a passage grouped with it"]);
    expect(itemSalience(toll)).toBe(itemSalience({ ...toll, figuresGrouped: undefined }));
  });

  it("says 'in the headline' only when its substance is; weighs it in full for a sentence restating the headline, else by the share of its new words the headline has", () => {
    const names = { present: "Meridian Press", absent: "Halden Gazette" };
    const oneWord: ItemTraits = { ...reaction, inHeadline: 0.25, headlineCarries: false };
    expect(itemReasons(oneWord, names)).not.toContain("in Meridian Press's headline");
    expect(itemReasons({ ...oneWord, headlineCarries: true }, names)[0]).toBe("in Meridian Press's headline");
    expect(itemSalience(oneWord)).toBe(itemSalience({ ...oneWord, headlineCarries: true }));
    expect(itemSalience(oneWord)).toBeGreaterThan(itemSalience({ ...oneWord, inHeadline: 0 }));
    // A sentence restating the headline with one new word of it ("sirens") among many: its share is small, its news is the headline's.
    const restated: ItemTraits = { ...reaction, inHeadline: 0.1, headlineCarries: true, restatesHeadline: true };
    expect(itemSalience(restated)).toBeGreaterThan(itemSalience({ ...restated, restatesHeadline: false }));
    expect(itemSalience(restated)).toBe(itemSalience({ ...restated, inHeadline: 1 }));
  });

  it("ranks a passage that says an account leaves something out above the same passage that does not, and says why", () => {
    const remark: ItemTraits = { ...reaction, quoted: false, speaker: undefined, absentNames: ["State Department"], statesAbsence: true };
    expect(itemSalience(remark)).toBeGreaterThan(itemSalience({ ...remark, statesAbsence: false }));
    expect(itemReasons(remark, { present: "ANI", absent: "Republic World" })[0]).toBe("says an account leaves something out");
  });

  it("says when an item rests on a source the article does not name, and ranks it as the same item without", () => {
    const anonymous: ItemTraits = { ...reaction, speaker: undefined, absentNames: [], unnamedSource: "a senior administration official" };
    const names = { present: "Fox News", absent: "HuffPost" };
    expect(itemReasons(anonymous, names)).toEqual(["quotes a source it does not name (“a senior administration official”)"]);
    expect(itemReasons({ ...anonymous, quoted: false }, names)).toEqual(["attributed to a source it does not name (“a senior administration official”)"]);
    expect(itemSalience(anonymous)).toBe(itemSalience({ ...anonymous, unnamedSource: undefined }));
    // A named speaker wins: the description is only read where nobody is named.
    expect(itemReasons({ ...anonymous, speaker: "Lanhee Chen" }, names)).toEqual(["quotes Lanhee Chen"]);
  });
});
