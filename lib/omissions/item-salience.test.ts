import { describe, expect, it } from "vitest";
import { itemReasons, itemSalience, type ItemTraits } from "./item-salience";

const reaction: ItemTraits = {
  novelWeight: 60,
  quoted: true,
  speaker: "Angela Whitman",
  absentNames: ["Angela Whitman"],
  figures: [],
  inHeadline: 0,
  inLede: false,
  role: "body",
  boilerplate: false,
};

describe("item salience", () => {
  it("counts a quotation's speaker once: as its voice, not again among its new names", () => {
    expect(itemSalience(reaction)).toBeCloseTo(itemSalience({ ...reaction, absentNames: [] }));
    expect(itemSalience({ ...reaction, absentNames: ["Angela Whitman", "White House"] })).toBeGreaterThan(itemSalience(reaction));
    expect(itemReasons({ ...reaction, absentNames: ["Angela Whitman", "White House"] }, { present: "HuffPost", absent: "The New York Times" })).toEqual([
      "quotes Angela Whitman",
      "names White House, never in The New York Times",
    ]);
  });
});
