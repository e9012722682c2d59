import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPastedArticle } from "./add-pasted-article";
import { fileArticle, renameStory } from "./story-filing";
import { searchStories } from "./story-search";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const stories = new Map<string, string>();
  const add = async (title: string, story: string, outlet: string) => {
    const saved = await addPastedArticle({ title, outlet, text: `${title}. Officials met on Monday and agreed to meet again; the talks covered trade and security in detail.` });
    if (saved.status !== "created") throw new Error(`not stored: ${title}`);
    const known = stories.get(story);
    const filed = await fileArticle({ articleId: saved.articleId, storyId: known ?? "new", newTitle: story });
    stories.set(story, filed.storyId as string);
  };
  // Filed in this order, so the last story is the most recently changed.
  await add("Blinken and Motegi meet in London", "US–Japan talks, May 2021", "Kyodo News");
  await add("Motegi presses Blinken on China", "US–Japan talks, May 2021", "ANI");
  await add("Russian house passes budget", "Russia budget vote", "Harbour Post");
  await add("Ferry strike ends", "Harbour ferry strike", "Harbour Post");
});
afterAll(async () => cleanup());

const titles = async (query: string) => (await searchStories(query)).map((s) => s.title);

describe("searchStories", () => {
  it("lists the most recently changed stories when nothing is typed, with their article counts", async () => {
    const stories = await searchStories("");
    expect(stories.map((s) => s.title)).toEqual(["Harbour ferry strike", "Russia budget vote", "US–Japan talks, May 2021"]);
    expect(stories.find((s) => s.title.startsWith("US"))?.articleCount).toBe(2);
  });

  it("finds stories whatever the accents, both ways, also after a rename", async () => {
    const saved = await addPastedArticle({ title: "Blast in Beirut port", outlet: "Harbour Post", text: "A blast in the port of Beirut on Tuesday evening killed several people, rescuers said overnight." });
    if (saved.status !== "created") throw new Error("not stored");
    const filed = await fileArticle({ articleId: saved.articleId, storyId: "new", newTitle: "Explosion meurtrière à Beyrouth" });
    expect(await titles("meurtriere")).toEqual(["Explosion meurtrière à Beyrouth"]);
    await renameStory(filed.storyId as string, "Beirut cafe blast");
    expect(await titles("CAFÉ")).toEqual(["Beirut cafe blast"]);
    expect(await titles("meurtriere")).toEqual([]);
  });

  it("finds stories by the starts of words of their title, in any letter case", async () => {
    expect(await titles("us")).toEqual(["US–Japan talks, May 2021"]);
    expect(await titles("JAP tal")).toEqual(["US–Japan talks, May 2021"]);
    expect(await titles("harb")).toEqual(["Harbour ferry strike"]);
    expect(await titles("arbour")).toEqual([]);
  });
});
