import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksToText } from "../text/types";
import { addPastedArticle } from "./add-pasted-article";
import { compareArticles } from "./compare-articles";
import { addAlias } from "./entity-aliases";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
const ids: string[] = [];
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  for (const doc of [harbourA, harbourB]) ids.push((await addPastedArticle({ title: doc.info.title, outlet: doc.info.outlet, text: blocksToText(doc.blocks) })).articleId);
});
afterAll(async () => cleanup());

describe("compareArticles keeps one analysis per pair's content", () => {
  it("serves a second view of the same pair from the first analysis, and each order on its own", async () => {
    const [a = "", b = ""] = ids;
    const first = await compareArticles(a, b);
    expect((await compareArticles(a, b)).comparison).toBe(first.comparison);
    const swapped = await compareArticles(b, a);
    expect(swapped.comparison).not.toBe(first.comparison);
    expect(swapped.comparison.a.title).toBe(first.comparison.b.title);
  });

  it("analyses again once the analyst adds an alias (the analysis reads them), never serving the old one", async () => {
    const [a = "", b = ""] = ids;
    const before = await compareArticles(a, b);
    await addAlias({ canonical: "Harbour Board", alias: "the board" });
    const after = await compareArticles(a, b);
    expect(after.comparison).not.toBe(before.comparison);
  });
});
