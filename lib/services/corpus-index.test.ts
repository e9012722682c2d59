import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteArticle, updateArticleExtraction } from "../db/article-mutations";
import { featureHash } from "../corpus/article-index-entry";
import { extractFeatures } from "../group/features";
import { DEFAULT_GROUP_PARAMS } from "../group/params";
import { SYNTHETIC_EVENTS } from "../group/fixtures/synthetic-events";
import { contentHash } from "../ingest/content-hash";
import { addPastedArticle } from "./add-pasted-article";
import { reindexArchive } from "./corpus-index";
import { findPassagesOfText, findReusedPassages } from "./passage-search";
import { fileArticle } from "./story-filing";
import { suggestStoryForArticle } from "./suggest-story";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
/** Fixture id → stored article id. */
const stored = new Map<string, string>();
const storyOfEvent = new Map<string, string>();

const fixture = (id: string) => SYNTHETIC_EVENTS.find((d) => d.id === id)!;

async function add(id: string, overrides: { text?: string; title?: string } = {}) {
  const doc = fixture(id);
  const saved = await addPastedArticle({ title: overrides.title ?? doc.title, outlet: id.split("-")[1] ?? "Outlet", text: overrides.text ?? doc.text, publishedAt: doc.publishedAt });
  expect(saved.status).toBe("created");
  stored.set(id, saved.articleId);
  return saved.articleId;
}

/** Document frequencies recounted from every stored article's text, the way the index must have kept them. */
async function recountedFrequencies(): Promise<Map<string, number>> {
  const rows = await (await db()).article.findMany({ select: { title: true, text: true } });
  const df = new Map<string, number>();
  for (const row of rows) {
    for (const key of extractFeatures(row, DEFAULT_GROUP_PARAMS.weights).keys()) df.set(String(featureHash(key)), (df.get(String(featureHash(key))) ?? 0) + 1);
  }
  return df;
}

async function storedFrequencies(): Promise<Map<string, number>> {
  const terms = await (await db()).term.findMany({ where: { df: { gt: 0 } } });
  return new Map(terms.map((t) => [String(t.hash), t.df]));
}

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  // Every event's first two reports are filed under a story of their own; the third reports stay unfiled.
  for (const event of ["strike", "volcano", "rates", "budget-2023"]) {
    const reports = SYNTHETIC_EVENTS.filter((d) => d.event === event);
    const first = await add(reports[0]!.id);
    const { storyId } = await fileArticle({ articleId: first, storyId: "new", newTitle: `Story of the ${event}` });
    storyOfEvent.set(event, storyId!);
    if (reports[1]) await fileArticle({ articleId: await add(reports[1].id), storyId });
  }
}, 60_000);
afterAll(async () => cleanup());

describe("the corpus index", () => {
  it("suggests the story of a new article's event, found through the index", async () => {
    const volcano = await add("volcano-science");
    expect((await suggestStoryForArticle(volcano))?.story?.id).toBe(storyOfEvent.get("volcano"));
    const rates = await add("rates-markets");
    expect((await suggestStoryForArticle(rates))?.story?.id).toBe(storyOfEvent.get("rates"));
  });

  it("suggests no story for an article of an event nobody has filed, even on a familiar topic a year later", async () => {
    const nextBudget = await add("budget2024-wire");
    expect((await suggestStoryForArticle(nextBudget))?.story).toBeNull();
  });

  it("finds where a reused passage appears, and nothing for new writing", async () => {
    const wire = fixture("strike-wire").text.split("\n\n")[1]!;
    const text = `A regional paper ran the agency's copy under its own headline this morning.\n\n${wire}\n\nLocal hauliers said their lorries were queuing outside the gates for a second night.`;
    const copy = await addPastedArticle({ title: "Port dispute hits hauliers", outlet: "Regional Courier", text });
    const reused = await findReusedPassages(copy.articleId);
    expect(reused).not.toBeNull();
    const quoted = reused!.find((p) => p.text.startsWith("Union leader Marieke de Vries"));
    expect(quoted?.foundIn.map((s) => s.articleId)).toEqual([stored.get("strike-wire")]);
    expect(quoted?.total).toBe(1);
    expect(reused!.some((p) => p.text.includes("hauliers") || p.text.includes("regional paper"))).toBe(false);

    // The same question for a text that is not stored (the CLI's `passages FILE`).
    const fromText = await findPassagesOfText([{ role: "body", text: wire }]);
    expect(fromText.flatMap((p) => p.foundIn.map((s) => s.articleId))).toEqual(expect.arrayContaining([stored.get("strike-wire"), copy.articleId]));
  });

  it("follows an edited article: new passages and story found, old ones forgotten, frequencies exact", async () => {
    const id = await add("strike-business");
    expect((await suggestStoryForArticle(id))?.story?.id).toBe(storyOfEvent.get("strike"));
    // Re-extracted (or corrected), the article now carries the volcano report's words.
    const text = `${fixture("volcano-wire").text}\n\nMore to follow.`;
    await updateArticleExtraction(id, { title: fixture("volcano-wire").title, text, blockRoles: text.split("\n\n").map(() => "body"), wordCount: 80, contentHash: contentHash(text), publishedAt: new Date("2023-11-02") });
    expect((await suggestStoryForArticle(id))?.story?.id).toBe(storyOfEvent.get("volcano"));
    const reused = await findReusedPassages(id);
    expect(reused!.flatMap((p) => p.foundIn.map((s) => s.articleId))).toContain(stored.get("volcano-wire"));
    const fromOldText = await findPassagesOfText(fixture("strike-business").text.split("\n\n").map((t) => ({ role: "body" as const, text: t })));
    expect(fromOldText.flatMap((p) => p.foundIn.map((s) => s.articleId))).not.toContain(id);
    expect(await storedFrequencies()).toEqual(await recountedFrequencies());
  });

  it("forgets a deleted article everywhere, and keeps the counters exact", async () => {
    const id = stored.get("volcano-wire")!;
    await deleteArticle(id);
    const fromText = await findPassagesOfText([{ role: "body", text: fixture("volcano-wire").text }]);
    expect(fromText.flatMap((p) => p.foundIn.map((s) => s.articleId))).not.toContain(id);
    expect(await storedFrequencies()).toEqual(await recountedFrequencies());
    const client = await db();
    const articles = Number((await client.corpusStat.findUnique({ where: { name: "articles" } }))?.value);
    expect(articles).toBe(await client.article.count());
    expect(await client.termPosting.count({ where: { seq: { notIn: (await client.articleIndex.findMany({ select: { seq: true } })).map((r) => r.seq) } } })).toBe(0);
  });

  it("indexes articles stored before the index existed", async () => {
    const client = await db();
    const id = stored.get("rates-markets")!;
    // As after upgrading an archive in place: the article is there, its index entry is not.
    await client.$transaction(async (tx) => {
      const { removeIndexEntries } = await import("../db/corpus-index-mutations");
      await removeIndexEntries(tx, [id]);
    });
    expect(await client.articleIndex.count({ where: { articleId: id } })).toBe(0);
    expect(await reindexArchive()).toBe(1);
    expect(await client.articleIndex.count({ where: { articleId: id } })).toBe(1);
    expect((await suggestStoryForArticle(id))?.story?.id).toBe(storyOfEvent.get("rates"));
  });
});
