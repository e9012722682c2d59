import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { fillMissingSearchKeys } from "../db/search-keys";
import { addPastedArticle } from "./add-pasted-article";
import { editArticleDetails } from "./article-details";
import { findArticles, searchWords, SEARCH_RESULTS } from "./article-search";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const add = (title: string, outlet: string, day: number) =>
    addPastedArticle({ title, outlet, text: `${title}. Officials met on day ${day} of the month and agreed to meet again; the talks covered trade and security in detail.` });
  // Added in this order, so the last one is the newest.
  await add("Motegi and Blinken meet in London", "Kyodo News", 1);
  await add("Blinken, Motegi discuss China", "ANI", 2);
  await add("Ferry strike ends after pay deal", "Harbour Post", 3);
  await add("Japan, US foreign ministers hold talks", "Kyodo News", 4);
});
afterAll(async () => cleanup());

const titles = async (query: string) => (await findArticles(query)).articles.map((a) => a.title);

describe("findArticles", () => {
  it("finds articles by words of the title, in any letter case, newest first", async () => {
    expect(await titles("motegi")).toEqual(["Blinken, Motegi discuss China", "Motegi and Blinken meet in London"]);
  });

  it("finds an outlet's articles by its name, and needs every word, in the title or the outlet", async () => {
    expect(await titles("kyodo")).toEqual(["Japan, US foreign ministers hold talks", "Motegi and Blinken meet in London"]);
    expect(await titles("kyodo blinken")).toEqual(["Motegi and Blinken meet in London"]);
    expect(await titles("blinken ferry")).toEqual([]);
  });

  it("shows at most SEARCH_RESULTS articles and says when there are more", async () => {
    for (let k = 0; k <= SEARCH_RESULTS; k++) {
      await addPastedArticle({ title: `Weather bulletin ${k}`, outlet: "Met Office", text: `Bulletin ${k}: rain is expected in the north by evening, with wind from the west and a cold night ahead.` });
    }
    const found = await findArticles("bulletin");
    expect(found.articles).toHaveLength(SEARCH_RESULTS);
    // The newest: the first bulletin is the one left out.
    expect(found.articles.map((a) => a.title)).not.toContain("Weather bulletin 0");
    const times = found.articles.map((a) => a.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(found.more).toBe(true);
    expect((await findArticles("ferry")).more).toBe(false);
  });

  it("matches words by their start: a word inside another word is no match", async () => {
    await addPastedArticle({ title: "US and Japan agree on export controls", outlet: "Harbour Post", text: "US and Japan agreed on Tuesday to align their export controls on chips and to meet again in the autumn." });
    // Newer titles that hold "us" only inside words, more than one page of them: the search reads on.
    for (let k = 0; k < 130; k++) {
      await addPastedArticle({ title: `Russia house vote ${k}`, outlet: "Harbour Post", text: `Russia's lower house voted ${k} times on the budget bill this session, a count the speaker read out.` });
    }
    expect(await titles("us")).toEqual(["US and Japan agree on export controls", "Japan, US foreign ministers hold talks"]);
    expect(await titles("chin")).toEqual(["Blinken, Motegi discuss China"]);
    // "ani" is inside "Companies" and "Afghanistan" but starts only the outlet's name ANI.
    await addPastedArticle({ title: "Companies in Afghanistan count losses", outlet: "Harbour Post", text: "Companies in Afghanistan counted their losses after the floods closed roads and markets for a week." });
    expect(await titles("ani")).toEqual(["Blinken, Motegi discuss China"]);
  });

  it("takes an empty or odd query as no search", async () => {
    expect(await findArticles("   ")).toEqual({ words: [], articles: [], more: false });
    expect(await findArticles(undefined)).toEqual({ words: [], articles: [], more: false });
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    // Signs alone are no words: "%" would otherwise match every title in SQL's LIKE.
    expect(await findArticles("% & —")).toEqual({ words: [], articles: [], more: false });
    expect(searchWords("100% sure")).toEqual(["100%", "sure"]);
  });

  it("finds a figure after a currency sign, and a word typed in quotation marks", async () => {
    await addPastedArticle({ title: "Harbor City approves $5.7 billion flood barrier", outlet: "City Herald", text: "Harbor City approved a $5.7 billion flood barrier on Tuesday after two years of debate in the council." });
    expect(await titles("5.7")).toEqual(["Harbor City approves $5.7 billion flood barrier"]);
    expect(await titles('"barrier"')).toEqual(["Harbor City approves $5.7 billion flood barrier"]);
    expect(await titles("“flood barrier”")).toEqual(["Harbor City approves $5.7 billion flood barrier"]);
    expect(searchWords('("barrier")')).toEqual(["barrier"]);
  });

  it("ignores accents both ways, in titles and outlet names", async () => {
    await addPastedArticle({ title: "Café owners protest rent rise", outlet: "Le Monde", text: "Café owners marched on Tuesday against a rent rise that many say will close their doors within the year." });
    await addPastedArticle({ title: "Explosion meurtrière à Beyrouth", outlet: "Agence Sécurité", text: "Une explosion meurtrière a frappé le port de Beyrouth mardi soir, faisant de nombreuses victimes selon les secours." });
    await addPastedArticle({ title: "Cafe chain closes", outlet: "Harbour Post", text: "The cafe chain closed its last twelve branches on Monday after months of falling sales and rising costs." });
    expect(await titles("cafe")).toEqual(["Cafe chain closes", "Café owners protest rent rise"]);
    expect(await titles("CAFÉ")).toEqual(["Cafe chain closes", "Café owners protest rent rise"]);
    expect(await titles("meurtriere")).toEqual(["Explosion meurtrière à Beyrouth"]);
    expect(await titles("securite beyrouth")).toEqual(["Explosion meurtrière à Beyrouth"]);
    // Still a word start: "afe" is inside "Café".
    expect(await titles("afe")).toEqual([]);
  });

  it("finds a title by its new wording once the analyst corrects it", async () => {
    const saved = await addPastedArticle({ title: "Draft headline", outlet: "Harbour Post", text: "The mayor of São Paulo met the unions on Friday and promised an answer on wages within a week." });
    if (saved.status !== "created") throw new Error("not stored");
    await editArticleDetails(saved.articleId, { title: "São Paulo mayor meets unions", outlet: "Harbour Post" });
    expect(await titles("sao paulo")).toEqual(["São Paulo mayor meets unions"]);
    expect(await titles("draft")).toEqual([]);
  });

  it("finds rows stored before the search keys existed, once their keys are filled", async () => {
    const saved = await addPastedArticle({ title: "Zürich Café reopens", outlet: "Neue Zürcher", text: "The café by the lake in Zürich reopened on Saturday after a year of repairs to its old wooden terrace." });
    if (saved.status !== "created") throw new Error("not stored");
    const client = await db();
    // As the archive was before the migration: no key anywhere.
    await client.$executeRawUnsafe(`UPDATE "Article" SET "titleKey" = NULL`);
    await client.$executeRawUnsafe(`UPDATE "Outlet" SET "nameKey" = NULL`);
    // The migration's own SQL fills the plain-ASCII titles; the accented one is left to the fill.
    const migration = readFileSync(path.join(process.cwd(), "prisma/migrations/20261207073957_search_keys/migration.sql"), "utf8");
    for (const statement of migration.split("\n").filter((line) => /^UPDATE "(Article|Outlet)"/.test(line))) await client.$executeRawUnsafe(statement);
    expect(await client.article.count({ where: { titleKey: null } })).toBeGreaterThan(0);
    expect(await client.article.findFirst({ where: { title: "Ferry strike ends after pay deal" }, select: { titleKey: true } })).toEqual({ titleKey: "ferry strike ends after pay deal" });
    expect(await fillMissingSearchKeys()).toBeGreaterThan(0);
    expect(await client.article.count({ where: { titleKey: null } })).toBe(0);
    expect(await titles("zurich cafe")).toEqual(["Zürich Café reopens"]);
    expect(await titles("zurcher")).toEqual(["Zürich Café reopens"]);
    expect(await fillMissingSearchKeys()).toBe(0);
  });
});
