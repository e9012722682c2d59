import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateArticleExtraction } from "../db/article-mutations";
import { listRecentArticlesPage } from "../db/articles";
import { addArticlesToStory, createStory } from "../db/story-mutations";
import { listStoriesPage } from "../db/stories";
import { contentHash } from "../ingest/content-hash";
import { addPastedArticle } from "./add-pasted-article";
import { addAlias } from "./entity-aliases";
import { CLIMATE_LAW_AGENCY } from "../compare/fixtures/german-climate-law";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { storePasted, textOf } from "./fixtures/store-pasted";
import { renameStory } from "./story-filing";
import { getStoryOverview } from "./story-overview";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup());


const add = storePasted;

describe("the story page's analysis, cached by its articles' content", () => {
  let storyId = "";
  const ids: string[] = [];

  beforeAll(async () => {
    ids.push(await add("Coastal Ledger", textOf(harbourA)), await add("Fjord Courier", textOf(harbourB)));
    storyId = (await createStory("Harbour reopens", ids)).id;
  });

  it("is computed once and served again while nothing changed; a rename shows at once", async () => {
    const first = await getStoryOverview(storyId);
    expect(first.articles.map((a) => a.label)).toEqual(["Coastal Ledger", "Fjord Courier"]);
    expect(first.coverage).not.toBeNull();
    const again = await getStoryOverview(storyId);
    expect(again.coverage).toBe(first.coverage);
    await renameStory(storyId, "Harbour reopens after the storm");
    const renamed = await getStoryOverview(storyId);
    expect(renamed.story.title).toBe("Harbour reopens after the storm");
    expect(renamed.coverage).toBe(first.coverage);
  });

  it("is recomputed when an article joins the story", async () => {
    const before = await getStoryOverview(storyId);
    const third = await add("Island Gazette", `${harbourA.blocks[0]!.text}\n\nHarbourmaster Nils Aaberg said the quay would reopen to lorries in September.`);
    ids.push(third);
    await addArticlesToStory(storyId, [third]);
    const after = await getStoryOverview(storyId);
    expect(after.articles.map((a) => a.label)).toEqual(["Coastal Ledger", "Fjord Courier", "Island Gazette"]);
    expect(after.coverage).not.toBe(before.coverage);
    expect(after.similarity[0]![1]).toBe(before.similarity[0]![1]);
  });

  it("is recomputed when an article is re-extracted with new text", async () => {
    const before = await getStoryOverview(storyId);
    const text = `${textOf(harbourB)}\n\nThe ferry to Kristiansund resumed its winter timetable on Tuesday.`;
    await updateArticleExtraction(ids[1]!, { title: "Fjord Courier report", text, blockRoles: text.split("\n\n").map(() => "body"), wordCount: 200, contentHash: contentHash(text) });
    const after = await getStoryOverview(storyId);
    expect(after.documents[1]!.blocks.at(-1)!.text).toContain("Kristiansund");
    expect(after.coverage).not.toBe(before.coverage);
    // Pairs with the unchanged article kept their cached similarity; pairs with the edited one were compared again.
    expect(after.similarity[0]![2]).toBe(before.similarity[0]![2]);
  });

  it("is recomputed when an analyst adds an alias", async () => {
    const before = await getStoryOverview(storyId);
    await addAlias({ canonical: "Nils Aaberg", alias: "the harbourmaster" });
    const after = await getStoryOverview(storyId);
    expect(after.coverage).not.toBe(before.coverage);
    expect(after.aliases.some((a) => a.canonical === "Nils Aaberg")).toBe(true);
  });
});

describe("pages of stories and articles", () => {
  it("list a fixed number per page, most recent first, and clamp a page past the end", async () => {
    const made: string[] = [];
    for (let i = 0; i < 23; i++) made.push((await createStory(`Paged story ${String(i).padStart(2, "0")}`)).id);
    const total = (await listStoriesPage(1, 10)).total;
    expect(total).toBeGreaterThanOrEqual(23);
    const first = await listStoriesPage(1, 10);
    expect(first.items).toHaveLength(10);
    expect(first.items[0]!.title).toBe("Paged story 22");
    expect(first.pageCount).toBe(Math.ceil(total / 10));
    const last = await listStoriesPage(999, 10);
    expect(last.page).toBe(first.pageCount);
    expect(last.items).toHaveLength(total - 10 * (first.pageCount - 1));
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page++) for (const s of (await listStoriesPage(page, 10)).items) seen.add(s.id);
    expect(seen.size).toBe(total);
    expect(made.every((id) => seen.has(id))).toBe(true);
  });

  it("give each story its count, outlets and first two articles without loading the rest", async () => {
    const page = await listStoriesPage(1, 100);
    const harbour = page.items.find((s) => s.title.startsWith("Harbour"))!;
    expect(harbour.articleCount).toBe(3);
    expect(harbour.outlets).toEqual(expect.arrayContaining(["Coastal Ledger", "Fjord Courier", "Island Gazette"]));
    expect(harbour.firstTwo).toHaveLength(2);
  });

  it("page the articles newest first", async () => {
    const first = await listRecentArticlesPage(1, 2);
    expect(first.items).toHaveLength(2);
    expect(first.items[0]!.outlet.name).toBe("Island Gazette");
    const second = await listRecentArticlesPage(2, 2);
    expect(second.items.map((a) => a.id)).not.toContain(first.items[0]!.id);
  });
});

describe("a syndicated copy in a story", () => {
  it("is listed right after its original, even undated, and the first comparison is of two independent reports", async () => {
    const gazette = await add("Port Gazette", textOf(harbourA));
    const ledger = await add("Quay Ledger", textOf(harbourB));
    // The gazette's text again under another outlet, with no date: by date alone it came first.
    const saved = await addPastedArticle({ title: "Harbour reopens", outlet: "Harbour Times", text: textOf(harbourA) });
    if (saved.status !== "created") throw new Error(`copy not stored: ${saved.status}`);
    const { id: storyId } = await createStory("Harbour reopens, syndicated", [gazette, ledger, saved.articleId]);

    const overview = await getStoryOverview(storyId);
    expect(overview.articles.map((a) => [a.label, a.copyOf])).toEqual([
      ["Port Gazette", null],
      ["Harbour Times", "Port Gazette"],
      ["Quay Ledger", null],
    ]);
    // The matrix's columns are in the same order.
    expect(overview.coverage?.sources.map((s) => s.label)).toEqual(["Port Gazette", "Harbour Times", "Quay Ledger"]);
    const card = (await listStoriesPage(1, 100)).items.find((s) => s.id === storyId);
    expect(card?.firstTwo.map((a) => a.outlet)).toEqual(["Port Gazette", "Quay Ledger"]);
  });
});

describe("a near-identical copy in a story", () => {
  it("is marked in the table as the matrix folds it, its original the one dated, and a rewrite that drops a paragraph is not", async () => {
    // Stored first and undated: a portal's reprint of the gazette's text with a sentence of its own that reports nothing (not the same text).
    const portal = await addPastedArticle({ title: "Harbour reopens", outlet: "Harbour Web", text: `${textOf(harbourA)}\n\nIt was a bright morning in the town.` });
    if (portal.status !== "created" || portal.copyOf) throw new Error(`near copy not stored as an article of its own: ${portal.status}`);
    const gazette = await add("Pier Gazette", textOf(harbourA));
    const ledger = await add("Dock Ledger", textOf(harbourB));
    // The gazette's report without the mayor's paragraph (a name and a quote): a rewrite, an independent report.
    const rewrite = await add("Bay Times", harbourA.blocks.filter((_, i) => i !== 1).map((b) => b.text).join("\n\n"));
    const { id: storyId } = await createStory("Harbour reopens, reprinted", [portal.articleId, gazette, ledger, rewrite]);

    const overview = await getStoryOverview(storyId);
    expect(overview.articles.map((a) => [a.label, a.copyOf])).toEqual([
      ["Pier Gazette", null],
      ["Harbour Web", "Pier Gazette"],
      ["Dock Ledger", null],
      ["Bay Times", null],
    ]);
    expect(overview.coverage?.sources.map((s) => s.label)).toEqual(["Pier Gazette", "Harbour Web", "Dock Ledger", "Bay Times"]);
    expect(overview.coverage?.groups).toEqual([[gazette, portal.articleId], [ledger], [rewrite]]);
    // What the rewrite leaves out is a finding of the story: the mayor, whom the gazette (with its copy) and the ledger name.
    const mayor = overview.coverage?.flags.find((f) => f.kind === "entity" && f.term === "Ingrid Solberg");
    expect(mayor?.absentFrom).toEqual([rewrite]);
  });
});

describe("Shared with others in a story with an article in another language", () => {
  it("averages the English reports' figures without the German article they were not compared with", async () => {
    const ledger = await add("Bay Ledger", textOf(harbourA));
    const courier = await add("Bay Courier", textOf(harbourB));
    const german = await add("Tagesblatt", CLIMATE_LAW_AGENCY.blocks.map((b) => b.text).join("\n\n"));
    const { id: storyId } = await createStory("Harbour reopens, with a German article", [ledger, courier, german]);
    const overview = await getStoryOverview(storyId);
    const row = (label: string) => overview.articles.find((a) => a.label === label)!;
    const pair = overview.similarity[overview.articles.indexOf(row("Bay Ledger"))]![overview.articles.indexOf(row("Bay Courier"))]!;
    expect(pair).toBeGreaterThan(0);
    // With the German article's 0% counted in, this was half the pair's figure.
    expect(row("Bay Ledger").meanSimilarity).toBe(pair);
    expect(row("Bay Ledger").notComparedWith).toBe(1);
    expect(row("Tagesblatt")).toMatchObject({ meanSimilarity: null, notComparedWith: 2 });
  });
});
