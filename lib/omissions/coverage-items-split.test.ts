import { describe, expect, it } from "vitest";
import { buildCoverage, type CoverageSource } from "./coverage";
import { coverageItems } from "./coverage-items";
import { passagesFromBlocks } from "./fixtures/seed-passages";

// An invented story: a council closes a library. The Ledger splits the wire's sentence in two; the Courier leaves it out.
const source = (id: string, label: string, ...paragraphs: string[]): CoverageSource => ({
  id,
  label,
  passages: passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))),
});
const story = [
  source("l1wire", "Brayford Wire", "BRAYFORD (Brayford Wire) - Brayford council met on Monday night to set next year's budget.", "Councillors voted to close the Elm Street library in April and to sell the Victorian building to the developer Halden Homes for £2.4 million."),
  source("l2ledger", "Brayford Ledger", "It was a long night at the town hall, where the council set its budget.", "Councillors voted to close the Elm Street library in April. The Victorian building will be sold to the developer Halden Homes for £2.4 million."),
  source("l3radio", "Radio Brayford", "Brayford's councillors have agreed next year's budget after a meeting that ran past midnight.", "Councillors voted to shut the Elm Street library in April. They will sell the Victorian building to the developer Halden Homes for £2.4 million."),
  source("l4courier", "Brayford Courier", "The council set its budget for next year on Monday.", "Parking charges in the town centre will rise by 20p an hour from January."),
];

describe("buildCoverage: a sentence one source splits into two", () => {
  it("is one item left out by the source that does not report it, not two", () => {
    const coverage = buildCoverage(story);
    const passages = coverage.flags.filter((f) => f.kind === "passage");
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((f) => f.absentFrom.join() === "l4courier")).toBe(true);
    const items = coverageItems(coverage.flags).filter((i) => i.lead.kind === "passage" || i.others.some((f) => f.kind === "passage"));
    expect(items).toHaveLength(1);
  });
});

describe("buildCoverage: sentences of one paragraph left out by the same sources", () => {
  it("are one item, as a comparison makes a left-out paragraph one item", () => {
    const ACCOUNT = ["She added: \"The water came up through the floor in minutes.", "We carried the children upstairs and waited on the roof.\""];
    const flood = [
      source("f1wire", "Vale Wire", "Floods closed the main road through Caddon on Sunday after the river burst its banks.", `Resident Mary Tolan said the river "rose faster than anyone had seen." ${ACCOUNT.join(" ")}`),
      source("f2post", "Vale Post", "The river burst its banks at Caddon on Sunday, closing the main road.", `Mary Tolan, who lives by the bridge, said the river "rose faster than anyone had seen." ${ACCOUNT.join(" ")}`),
      source("f3radio", "Radio Vale", "Caddon's main road was shut on Sunday when the river flooded.", `"It rose faster than anyone had seen," said Mary Tolan. ${ACCOUNT.join(" ")}`),
      source("f4council", "Caddon Council", "The main road through Caddon is closed after Sunday's flooding; a diversion is signed."),
    ];
    const coverage = buildCoverage(flood);
    const account = coverage.flags.filter((f) => f.kind === "passage" && /water came up|carried the children/.test(f.text));
    expect(account).toHaveLength(2);
    expect(new Set(account.map((f) => f.item)).size).toBe(1);
  });
});
