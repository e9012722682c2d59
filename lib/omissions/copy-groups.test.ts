import { describe, expect, it } from "vitest";
import type { BlockRole, Passage } from "../text/types";
import type { CoverageSource } from "./coverage";
import { copyVerdict, groupCopies, labelsByGroup } from "./copy-groups";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { UnionFind } from "./union-find";

type Paragraph = string | { role: BlockRole; text: string };
const passages = (paragraphs: readonly Paragraph[]): Passage[] =>
  passagesFromBlocks(paragraphs.map((p) => (typeof p === "string" ? { role: "body" as const, text: p } : p)));
const source = (id: string, paragraphs: readonly Paragraph[]): CoverageSource => ({ id, label: id, passages: passages(paragraphs) });

// An invented wire story: a ferry fire, and the coastguard chief's resignation in the lede and a paragraph of its own.
const LEDE = "PORT ELLIS, March 14 (Harbour Wire) - Three crew members died and 27 passengers were hurt when fire broke out on the ferry Northern Light off Port Ellis on Sunday; the coastguard chief, Helen Varga, resigned hours later.";
const BLAZE = "The blaze started in the engine room shortly after 6 a.m., an hour into the crossing to Skerra, the operator Baltic Lines said.";
const RESIGNATION = "Varga, who had been criticised for cutting patrol budgets, said in a statement that she took responsibility for the slow response.";
const RESCUE = "Passengers were taken off in lifeboats and brought ashore by fishing boats from the harbour.";
const QUOTE = "\"We saw smoke coming up the stairs and everyone ran for the deck,\" said passenger Tom Ashby, 52.";
const INQUIRY = "Investigators from the Marine Accident Board arrived in Port Ellis on Sunday evening.";
const WIRE: Paragraph[] = [
  "By Harbour Wire staff · 14 March 2027 09:10 UTC",
  LEDE,
  BLAZE,
  RESIGNATION,
  RESCUE,
  QUOTE,
  INQUIRY,
  { role: "caption", text: "(Reporting by Ines Calder; Editing by Rob Meyer)" },
];
// A reprint as a portal runs it: its own byline, an ad line, its house spelling, no credits line.
const REPRINT: Paragraph[] = [
  "By Coast Courier · Updated 14 Mar 2027",
  LEDE,
  BLAZE,
  RESIGNATION.replace("criticised", "criticized"),
  "Advertisement",
  RESCUE,
  QUOTE,
  INQUIRY,
];
// A near-copy that leaves out the resignation: the lede's clause and the whole paragraph (the QA round 4 Courier).
const WITHOUT_RESIGNATION: Paragraph[] = [
  LEDE.replace("; the coastguard chief, Helen Varga, resigned hours later.", "."),
  BLAZE,
  RESCUE,
  QUOTE,
  INQUIRY,
];
const OWN_REPORT: Paragraph[] = [
  "A ferry fire off Port Ellis killed three crew on Sunday and injured 27 people, the coastguard said.",
  "Helen Varga, head of the coastguard, stepped down in the afternoon after criticism of the rescue.",
];

describe("copyVerdict", () => {
  it("takes a reprint with its own byline, an ad line and its house spelling for a copy", () => {
    const verdict = copyVerdict(passages(WIRE), passages(REPRINT));
    expect(verdict.copies).toBe(true);
    expect(verdict.aInB).toBe(1);
    expect(verdict.bInA).toBe(1);
  });

  it("does not take a near-copy that leaves out a paragraph for a copy, and says what it lacks", () => {
    expect(copyVerdict(passages(WIRE), passages(WITHOUT_RESIGNATION)).copies).toBe(false);
    // Measured in full (no threshold): all of the rewrite is in the wire, and the wire's resignation is what it lacks.
    const verdict = copyVerdict(passages(WIRE), passages(WITHOUT_RESIGNATION), 0);
    expect(verdict.copies).toBe(false);
    expect(verdict.bInA).toBe(1);
    expect(verdict.aInB).toBeLessThan(0.9);
    expect(verdict.onlyInA.map((p) => p.text)).toEqual([LEDE, RESIGNATION]);
    expect(verdict.onlyInB).toEqual([]);
  });

  it("does not take a reprint cut short for a copy when the cut paragraphs report something", () => {
    const trimmed = WIRE.slice(0, 5);
    expect(copyVerdict(passages(WIRE), passages(trimmed)).copies).toBe(false);
    // A cut line that reports nothing (no name, figure or quote) leaves it a copy.
    expect(copyVerdict(passages([...WIRE, "More to follow."]), passages(WIRE)).copies).toBe(true);
  });

  it("does not take a copy with another figure or another speaker for a copy", () => {
    const figure = WIRE.map((p) => (p === LEDE ? LEDE.replace("Three crew", "Four crew") : p));
    expect(copyVerdict(passages(WIRE), passages(figure)).copies).toBe(false);
    const speaker = WIRE.map((p) => (p === QUOTE ? QUOTE.replace("passenger Tom Ashby", "deckhand Sam Price") : p));
    expect(copyVerdict(passages(WIRE), passages(speaker)).copies).toBe(false);
  });

  it("does not take a rewrite of the same event, or an empty text, for a copy", () => {
    expect(copyVerdict(passages(WIRE), passages(OWN_REPORT)).copies).toBe(false);
    expect(copyVerdict(passages(WIRE), []).copies).toBe(false);
  });
});

describe("groupCopies", () => {
  it("folds a reprint with the wire and keeps the rewrite that drops the resignation an independent report", () => {
    const sources = [source("wire", WIRE), source("own", OWN_REPORT), source("reprint", REPRINT), source("rewrite", WITHOUT_RESIGNATION)];
    expect(groupCopies(sources)).toEqual([0, 1, 0, 2]);
  });

  it("groups the same sources the same way in any order", () => {
    const sources = [source("a-wire", WIRE), source("b-reprint", REPRINT), source("c-rewrite", WITHOUT_RESIGNATION)];
    const partition = (order: readonly CoverageSource[]) => {
      const groupOf = groupCopies(order);
      return order.map((s, i) => order.filter((_, j) => groupOf[j] === groupOf[i]).map((m) => m.id).sort().join("+")).sort();
    };
    expect(partition([...sources].reverse())).toEqual(partition(sources));
  });

  it("never chains two texts that differ by more than one copy may through a third", () => {
    // Sentences that report nothing (no name, figure or quote): a copy may add or drop one.
    const base = [LEDE, BLAZE, RESIGNATION, RESCUE, QUOTE, INQUIRY, "It was a cold morning on the water."];
    const longer = [...base, "The sea was calm and grey at dawn."];
    const shorter = base.slice(0, -1);
    // Each is a copy of the base, within 10 % of its words, but not of the other.
    expect(copyVerdict(passages(longer), passages(base), 0.9).copies).toBe(true);
    expect(copyVerdict(passages(base), passages(shorter), 0.9).copies).toBe(true);
    expect(copyVerdict(passages(longer), passages(shorter), 0.9).copies).toBe(false);
    expect(groupCopies([source("a", longer), source("b", base), source("c", shorter)], 0.9)).toEqual([0, 0, 1]);
  });
});

describe("labelsByGroup", () => {
  it("names each absent report once, its copies beside it, so the names add up to the count", () => {
    const labels = ["Gazette", "Meridian Press", "Daily Courier", "Channel 9", "Portal"];
    const groupOf = [0, 1, 1, 2, 1];
    expect(labelsByGroup([0, 1, 2, 3], groupOf, (i) => labels[i] ?? "")).toBe("Gazette, Meridian Press (with its copy Daily Courier), Channel 9");
    expect(labelsByGroup([1, 2, 4], groupOf, (i) => labels[i] ?? "")).toBe("Meridian Press (with its copies Daily Courier, Portal)");
    expect(labelsByGroup([3], groupOf, (i) => labels[i] ?? "")).toBe("Channel 9");
  });
});

describe("UnionFind", () => {
  it("joins sets transitively, the smallest member as root", () => {
    const uf = new UnionFind(5);
    uf.union(3, 4);
    uf.union(4, 1);
    expect([0, 1, 2, 3, 4].map((i) => uf.find(i))).toEqual([0, 1, 2, 1, 1]);
  });
});
