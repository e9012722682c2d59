import { describe, expect, it } from "vitest";
import type { Block } from "../text/types";
import { analyseDocuments, analysePrepared } from "./analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "./fixtures/blinken-motegi";
import { prepareDocument } from "./prepared-document";
import type { ComparableDocument } from "../types/comparison";

function doc(outlet: string, ...paragraphs: string[]): ComparableDocument {
  return { info: { title: `${outlet} report`, outlet }, blocks: paragraphs.map((text): Block => ({ role: "body", text })) };
}

const kremlin = doc("wire", "The Kremlin and Gazprom cut supplies to Europe on Monday.", "\"We will not bend,\" the minister said.");
const rewrite = doc("daily", "The Kremlin and the Russian gas giant cut supplies to Europe on Monday.");
const other = doc("weekly", "Gazprom cut supplies to Europe on Monday, the Kremlin said.", "Prices rose 12% in Berlin.");

describe("analysePrepared", () => {
  it("gives the seed story exactly the analysis a fresh comparison gives", () => {
    const fresh = analyseDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE);
    const prepared = analysePrepared(prepareDocument(BLINKEN_MOTEGI_ANI), prepareDocument(BLINKEN_MOTEGI_REWRITE));
    expect(prepared).toEqual(fresh);
    expect(prepared.alignments.length).toBeGreaterThan(0);
    expect(prepared.omissions.length).toBeGreaterThan(0);
  });

  it("gives the same answers when one prepared article is compared with several others, in either order", () => {
    const a = prepareDocument(kremlin);
    const b = prepareDocument(rewrite);
    const c = prepareDocument(other);
    const first = analysePrepared(a, b);
    analysePrepared(a, c);
    analysePrepared(c, a);
    expect(analysePrepared(a, b)).toEqual(first);
    expect(analysePrepared(b, a)).toEqual(analyseDocuments(rewrite, kremlin));
    expect(analysePrepared(a, c)).toEqual(analyseDocuments(kremlin, other));
  });

  it("applies an analyst's aliases to an article prepared before they were added", () => {
    const a = prepareDocument(kremlin);
    const b = prepareDocument(rewrite);
    expect(analysePrepared(a, b).omissions.some((f) => f.term === "Gazprom")).toBe(true);
    const aliases = [{ canonical: "Gazprom", aliases: ["Russian gas giant"] }];
    expect(analysePrepared(a, b, { aliases }).omissions.some((f) => f.term === "Gazprom")).toBe(false);
    // …and dropping them again brings the flag back.
    expect(analysePrepared(a, b).omissions.some((f) => f.term === "Gazprom")).toBe(true);
  });

  it("analyses empty, one-word and identical articles without failing", () => {
    const empty = prepareDocument(doc("empty"));
    const word = prepareDocument(doc("one", "Motegi"));
    const kremlinRead = prepareDocument(kremlin);
    expect(analysePrepared(empty, empty)).toMatchObject({ alignments: [], omissions: [], similarity: 0 });
    expect(analysePrepared(word, empty).onlyA).toHaveLength(1);
    const same = analysePrepared(kremlinRead, kremlinRead);
    expect(same.alignments.every((a) => a.kind === "identical")).toBe(true);
    expect(same.omissions).toEqual([]);
  });
});
