import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPastedArticle } from "./add-pasted-article";
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
});
