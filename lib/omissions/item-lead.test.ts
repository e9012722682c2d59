/**
 * What an analyst reads first in an item: its title. A dateline's place is
 * where the story was filed, no subject of it; and an item grouping several
 * left-out sentences is titled by the one that weighs most, not by the first
 * or the one whose words happen to be least said elsewhere.
 */
import { describe, expect, it } from "vitest";
import type { Passage } from "../text/types";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { simpleAlign } from "./fixtures/simple-align";
import { findOmissionItems } from "./find-omissions";

const body = (...paragraphs: string[]) => passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text })));

function items(a: Passage[], b: Passage[], titles: { a: string; b: string }, names = { a: "Northline Wire", b: "Valley Courier" }) {
  return findOmissionItems({ a: { passages: a, outlet: names.a, title: titles.a }, b: { passages: b, outlet: names.b, title: titles.b }, ...simpleAlign(a, b) });
}

describe("item titles and leads", () => {
  it("does not count the place of a wire's dateline (date, agency, plain hyphen) as a mention: no main subject", () => {
    const wire = body(
      "HALVERSTON, Minn., March 4 (Northline Wire) - A grain elevator operated by Prairie Gold Cooperative collapsed on Tuesday, killing two workers and injuring five.",
      "The cooperative said the elevator had passed a state inspection in January.",
      "Sheriff Alan Brekke told reporters at a briefing in Halverston that rescuers worked through the night.",
      "Federal safety investigators were expected to arrive from Halverston's regional airport on Wednesday.",
    );
    const courier = body(
      "A grain elevator owned by Prairie Gold Cooperative collapsed on Tuesday, killing two workers and injuring five.",
      "The cooperative said the elevator had passed a state inspection in January.",
      "Sheriff Alan Brekke said rescuers worked through the night.",
      "Federal safety investigators were expected on Wednesday.",
    );
    const found = items(wire, courier, { a: "Grain elevator collapse kills two", b: "Two die as elevator collapses" });
    const reasons = found.items.filter((i) => i.missingFrom === "b").flatMap((i) => [i.title, ...i.reasons]);
    expect(reasons.filter((r) => r.includes("main subjects"))).toEqual([]);
    const note = found.omissions.find((o) => o.kind === "entity" && o.term === "Halverston")?.note;
    expect(note).toMatch(/2×/);
  });

  it("titles an item by its weightiest sentence: a named official's quotation over the company detail before it", () => {
    const shared = [
      "A fire at a sawmill run by Cascade Timber Products destroyed two warehouses in Bracknell, Oregon, on Monday and forced 300 families from their homes.",
      "The blaze began shortly after 6 a.m. in a drying kiln and reached the warehouses within an hour, firefighters said.",
    ];
    const wire = body(
      ...shared,
      "Cascade Timber Products, which bought the Bracknell mill from Weyerhaeuser in 2011, employs 140 people there and 900 across Oregon and Washington. " +
        "“The kiln’s alarm had been switched off for weeks, and that is why this fire got away from the crews,” state fire marshal Dana Okonkwo said.",
    );
    const courier = body(
      ...shared,
      "Crews from Washington and a Weyerhaeuser fire team helped bring the flames under control by noon.",
    );
    const found = items(wire, courier, { a: "Sawmill fire destroys warehouses in Bracknell", b: "Fire at Bracknell sawmill" });
    const item = found.items.find((i) => i.missingFrom === "b" && i.kind === "passage" && i.flags.length > 1);
    expect(item?.title).toMatch(/^“The kiln’s alarm/);
    // Its id is its lead flag's key, and the other sentence's flag is still in it: reviews keep attaching.
    expect(item?.id).toBe(item?.flags[0]);
    expect(found.omissions.filter((o) => o.item === item?.id && o.kind === "passage")).toHaveLength(2);
  });

  it("reads 'states' after a number or a region as the noun: no speaker named by it", () => {
    const shared = "The Plainsfield Dairy Cooperative recalled 40,000 cartons of milk on Friday after tests found listeria at one plant.";
    const found = items(
      body(shared, "The cooperative, which buys milk from 1,200 farms in three Midwestern states, said no illnesses had been reported."),
      body(shared),
      { a: "Dairy cooperative recalls milk", b: "Milk recalled" },
    );
    const reasons = found.items.filter((i) => i.missingFrom === "b").flatMap((i) => i.reasons);
    expect(reasons.filter((r) => r.startsWith("attributed to") || r.startsWith("quotes"))).toEqual([]);
  });

  it("names the speaker of the sentence an item is titled by, not of the first sentence grouped with it", () => {
    const shared = "A water main burst under Eastfield's Market Street on Sunday, cutting supply to much of the town's north side.";
    const wire = body(
      shared,
      "Tom Alder, 62, of Millbrook, said he would buy bottled water. " +
        "County health director Ruth Calloway said 4,000 households had been told to boil their water for at least 10 days after tests found E. coli in two samples.",
    );
    const found = items(wire, body(shared), { a: "Boil-water order for 4,000 Eastfield homes", b: "Water main bursts in Eastfield" });
    const item = found.items.find((i) => i.missingFrom === "b" && i.kind === "passage");
    expect(item?.title).toMatch(/^County health director Ruth Calloway/);
    expect(item?.reasons.find((r) => r.startsWith("attributed to"))).toMatch(/^attributed to Ruth Calloway/);
  });
});
