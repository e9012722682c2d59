/**
 * The outlet kind an article is stored under when the analyst gives none: what the fetched page says about its
 * outlet, through the real extractor and a migrated database.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { extractArticle } from "../ingest/extract/extract-article";
import { addPastedArticle } from "./add-pasted-article";
import { storeExtractedArticle } from "./store-extracted-article";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

const fixture = (name: string): string => readFileSync(join(__dirname, "../ingest/extract/fixtures", name), "utf8");

/** Stores a fixture page as if fetched from `finalUrl` and returns its outlet. */
async function outletOf(name: string, finalUrl: string) {
  const html = fixture(name);
  const saved = await storeExtractedArticle(extractArticle(html, finalUrl), { requestedUrl: finalUrl, finalUrl, bytes: Buffer.from(html) });
  return (await (await db()).article.findUniqueOrThrow({ where: { id: saved.articleId }, include: { outlet: true } })).outlet;
}

describe("the outlet kind of a fetched page", () => {
  it("comes from what the page says about its outlet, on an address that says nothing", async () => {
    expect(await outletOf("wire-story-credits.html", "http://127.0.0.1:4000/markets/port-strike")).toMatchObject({ name: "Tidewater Press", kind: "wire" });
    expect(await outletOf("government-press-release.html", "http://127.0.0.1:4000/news/lower-anne")).toMatchObject({ kind: "government" });
    expect(await outletOf("broadcaster-video.html", "http://127.0.0.1:4000/news/ferry-aground")).toMatchObject({ name: "Harbour 7 News", kind: "broadcaster" });
  });

  it("is no newspaper for a company's own release: the page opens 'For immediate release' on a site that says nothing else", async () => {
    const outlet = await outletOf("company-release-contact-block.html", "https://media.harbourline.example/news/timetable-restored");
    expect(outlet).toMatchObject({ name: "Harbourline Media Centre", kind: "other" });
  });

  it("stays a newspaper for a news site's page that gives no sign", async () => {
    expect(await outletOf("ferry-vote-chrome.html", "https://harbourtimes.example/news/ferry-vote")).toMatchObject({ kind: "newspaper" });
  });
});

describe("the outlet kind of a pasted article", () => {
  const text = "The Secretary met the Foreign Minister in London on Monday. They discussed the fisheries agreement and the patrols.";

  it("is guessed from the outlet's name when the analyst picks none, and is the analyst's when picked", async () => {
    const guessed = await addPastedArticle({ title: "Readout of the London talks", outlet: "Ministry of Foreign Affairs", text });
    const picked = await addPastedArticle({ title: "Talks in London", outlet: "Office of the Mayor", outletKind: "other", text: `${text} A second report.` });
    const unknown = await addPastedArticle({ title: "Talks in London, reported", outlet: "Harbour Notes", text: `${text} A third report.` });
    const kinds = await (await db()).article.findMany({ where: { id: { in: [guessed.articleId, picked.articleId, unknown.articleId] } }, include: { outlet: true } });
    const kindOf = (id: string) => kinds.find((a) => a.id === id)?.outlet.kind;
    expect(kindOf(guessed.articleId)).toBe("government");
    expect(kindOf(picked.articleId)).toBe("other");
    expect(kindOf(unknown.articleId)).toBe("other");
  });
});
