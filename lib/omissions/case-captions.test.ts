import { describe, expect, it } from "vitest";
import { analyseDocuments } from "../compare/analyse-documents";
import { segmentBlocks } from "../text/segment";
import type { ComparableDocument } from "../types/comparison";
import { buildCoverage } from "./coverage";

const doc = (outlet: string, ...paragraphs: string[]): ComparableDocument => ({
  info: { title: `${outlet} report`, outlet, url: null, publishedAt: null },
  blocks: paragraphs.map((text) => ({ role: "body" as const, text })),
});

// Invented reports of one ruling: the wire and the release cite the case; the paper names both parties, not the case.
const wire = doc(
  "Wire",
  "A federal judge approved a $40 million settlement over tainted water on Monday.",
  "Judge Ames approved the deal in Tate v. Silverbrook Utilities Co., No. 2:25-cv-00311.",
  "Silverbrook Utilities said it would not appeal.",
);
const release = doc("Release", "The firm welcomed the ruling in Tate v. Silverbrook Utilities Co. for the families.", "Lead plaintiff Norma Tate thanked the court.");
const paper = doc(
  "Paper",
  "Norma Tate waited three years for the ruling.",
  "Silverbrook Utilities will pay $40 million under a settlement a federal judge approved on Monday.",
  "Silverbrook Utilities declined to comment.",
);

describe("a case caption whose parties a source names", () => {
  it("is not a name the comparison of two articles reports left out", () => {
    const c = analyseDocuments(wire, paper);
    expect(c.omissions.filter((o) => o.kind === "entity" && o.missingFrom === "b").map((o) => o.term)).not.toContain("Tate v. Silverbrook Utilities Co");
    // A source naming one party only still leaves the case out.
    const onlyCompany = doc("Paper", "Silverbrook Utilities will pay $40 million under a settlement a federal judge approved on Monday.");
    expect(analyseDocuments(wire, onlyCompany).omissions.filter((o) => o.kind === "entity").map((o) => o.term)).toContain("Tate v. Silverbrook Utilities Co");
  });

  it("is not absent from the story's source that names its parties, in the flags nor in the matrix", () => {
    const coverage = buildCoverage(
      [wire, release, paper].map((d) => ({ id: d.info.outlet, label: d.info.outlet, passages: segmentBlocks(d.blocks) })),
    );
    expect(coverage.flags.map((f) => f.term)).not.toContain("Tate v. Silverbrook Utilities Co");
    expect(coverage.rows.find((r) => r.term === "Tate v. Silverbrook Utilities Co")?.counts[2]).toBeGreaterThan(0);
  });
});
