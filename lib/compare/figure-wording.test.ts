import { describe, expect, it } from "vitest";
import type { Block } from "../text/types";
import type { ComparableDocument } from "../types/comparison";
import { analyseDocuments } from "./analyse-documents";

function doc(outlet: string, ...paragraphs: string[]): ComparableDocument {
  return { info: { title: `${outlet} report`, outlet }, blocks: paragraphs.map((text): Block => ({ role: "body", text })) };
}

/** The figure flags of a comparison, both ways: figures left out and figures that differ. */
const figureFlags = (a: ComparableDocument, b: ComparableDocument) =>
  analyseDocuments(a, b).omissions.filter((o) => o.kind === "number" || o.kind === "conflict").map((o) => `${o.kind} ${o.term}`);

describe("equal quantities written differently, compared", () => {
  const wire = doc(
    "Wire",
    "The Bank of Freedonia raised its benchmark rate by 50 basis points to 5.5% on Wednesday, citing stubborn food inflation.",
    "The nine-member monetary board voted 7-2 for the increase, calling it a one-off response to food prices.",
    "Investors lost ₹1.8 trillion in a single session as bank shares fell.",
    "The board's next meeting is scheduled for Mar. 10-12.",
  );
  const paper = doc(
    "Paper",
    "The Bank of Freedonia raised its benchmark rate by half a percentage point to 5½ per cent on Wednesday, citing stubborn food inflation.",
    "Seven members of the monetary board voted for the increase, while two members voted against it, calling it a response to food prices.",
    "Investors lost ₹1.8 lakh crore in a single session as bank shares fell.",
    "The board's next meeting is scheduled for March 10 to 12, 2027.",
  );

  it("flags no figure left out and no figure changed, either way", () => {
    expect(figureFlags(wire, paper)).toEqual([]);
    expect(figureFlags(paper, wire)).toEqual([]);
  });

  it("reads a rate hike in per cent as the same change in basis points", () => {
    const tabloid = doc("Tabloid", "The central bank announced a 0.5 per cent hike in its benchmark rate on Wednesday, citing stubborn food inflation.");
    const statement = doc("Statement", "The central bank raised its benchmark rate by 50 basis points on Wednesday, citing stubborn food inflation.");
    expect(figureFlags(tabloid, statement)).toEqual([]);
  });

  it("still names an amount left out, with its unit as written", () => {
    const loan = doc("Loan", "On a ₹75 lakh home loan, the monthly payment rises by about Rs 900, the lenders said.");
    const none = doc("None", "The monthly payment on a home loan rises, the lenders said.");
    const reasons = analyseDocuments(loan, none).items.flatMap((i) => i.reasons);
    expect(reasons.some((r) => r.includes("₹75 lakh") && r.includes("Rs 900"))).toBe(true);
  });
});
