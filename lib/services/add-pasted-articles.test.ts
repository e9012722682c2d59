/**
 * A large import of pasted texts, one transaction per chunk of 250. What an
 * importing analyst relies on: every good article stored once, each bad one
 * reported in its own place, nothing lost or shifted at a chunk boundary.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksToText } from "../text/types";
import { getArticles } from "../db/articles";
import { getCorpusCounters } from "../db/corpus-index";
import { addPastedArticles } from "./add-pasted-article";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { useTestDatabase } from "./test-database";
import type { PastedArticleInput } from "./article-schemas";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup());

/** The harbour report as filed on day n: same story, its own figures, so each text is distinct. */
function report(n: number): PastedArticleInput {
  const base = blocksToText((n % 2 ? harbourA : harbourB).blocks);
  return {
    title: `Harbour update, day ${n}`,
    outlet: n % 2 ? "Coastal Ledger" : "Fjord Courier",
    text: `${base}\n\nOn day ${n} of the works, ${n * 3} boats were moored and ${n + 40} crew were on shift.`,
  };
}

describe("addPastedArticles", () => {
  it("stores a 260-article import across chunks, reporting bad and repeated texts in place", async () => {
    const inputs = Array.from({ length: 260 }, (_, n) => report(n));
    inputs[3] = { ...report(3), text: "   " };
    inputs[251] = report(1); // the same text and outlet as input 1, in the second chunk
    inputs[255] = { ...report(255), storyId: " no-such-story " };

    const results = await addPastedArticles(inputs);

    expect(results).toHaveLength(260);
    expect(results[3]).toMatchObject({ status: "failed", code: "invalid_input" });
    expect(results[255]).toMatchObject({ status: "failed", code: "not_found" });
    const first = results[1];
    expect(first?.status).toBe("created");
    expect(results[251]).toEqual({ status: "duplicate", articleId: first && "articleId" in first ? first.articleId : "", reason: "same-content" });
    const created = results.flatMap((r, n) => (r.status === "created" ? [{ n, id: r.articleId }] : []));
    expect(created).toHaveLength(257);
    // Each stored article is the text given at its own position, cleaned (no shifts between chunks).
    const stored = new Map((await getArticles(created.map((c) => c.id))).map((a) => [a.id, a]));
    for (const { n, id } of created) expect(stored.get(id)?.title).toBe(`Harbour update, day ${n}`);
  }, 60_000);

  it("files a batch under its outlets as single adds would: one outlet per name and domain, the first kind kept", async () => {
    const stored = await addPastedArticles([{ ...report(2000), outlet: "Harbour Gazette", outletKind: "newspaper" }]);
    const results = await addPastedArticles([
      { ...report(2001), outlet: "Harbour Gazette", outletKind: "wire" }, // stored before: reused, kind unchanged
      { ...report(2002), outlet: "Harbour Gazette", url: "https://www.gazette.example/a" }, // same name on a domain: another outlet
      { ...report(2003), outlet: "Harbour Gazette", url: "https://gazette.example/b" }, // the same domain without www
      { ...report(2004), outlet: "Pier Post", outletKind: "broadcaster" },
      { ...report(2005), outlet: "Pier Post" },
    ]);
    const ids = [...stored, ...results].map((r) => (r.status === "created" ? r.articleId : ""));
    const byArticle = new Map((await getArticles(ids)).map((a) => [a.id, a.outlet]));
    expect(byArticle.size).toBe(6);
    const [first, reused, onDomain, sameDomain, pier, pierAgain] = ids.map((id) => byArticle.get(id));
    expect(reused).toEqual(first);
    expect(first).toMatchObject({ name: "Harbour Gazette", domain: null, kind: "newspaper" });
    expect(onDomain).toMatchObject({ name: "Harbour Gazette", domain: "gazette.example" });
    expect(sameDomain!.id).toBe(onDomain!.id);
    expect(onDomain!.id).not.toBe(first!.id);
    expect(pier).toMatchObject({ name: "Pier Post", kind: "broadcaster" });
    expect(pierAgain!.id).toBe(pier!.id);
  });

  it("stores nothing when the same import is run again: each line names the article the first run stored", async () => {
    const inputs = [report(3000), report(3001), report(3000), report(3002)]; // the third repeats the first
    const first = await addPastedArticles(inputs);
    expect(first.map((r) => r.status)).toEqual(["created", "created", "duplicate", "created"]);
    const ids = first.map((r) => ("articleId" in r ? r.articleId : ""));
    expect(ids[2]).toBe(ids[0]);
    const before = await getCorpusCounters();

    const again = await addPastedArticles(inputs);

    expect(again).toEqual(ids.map((articleId) => ({ status: "duplicate", articleId, reason: "same-content" })));
    expect((await getCorpusCounters()).articles).toBe(before.articles);
  });

  it("stores a small batch with the same rules", async () => {
    const results = await addPastedArticles([report(1000), { ...report(1001), outlet: "" }]);
    expect(results[0]?.status).toBe("created");
    expect(results[1]).toMatchObject({ status: "failed", code: "invalid_input" });
  });
});
