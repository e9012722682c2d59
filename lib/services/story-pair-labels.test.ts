/**
 * A comparison opened from a story names its two articles as the story page
 * does ("Meridian Press (3)"), not by the pair's own rule ("Meridian Press
 * (7 Dec)"), and only while both articles are in that story; real SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pairLabels } from "../compare/source-labels";
import { createStory } from "../db/story-mutations";
import { getStorySummaries } from "../db/stories";
import { addPastedArticle } from "./add-pasted-article";
import { compareArticles } from "./compare-articles";
import { exportComparisonReport } from "./export-report";
import { getStoryOverview, storyPairLabels } from "./story-overview";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
let storyId = "";
const ids: Record<"early" | "ledger" | "late", string> = { early: "", ledger: "", late: "" };

async function paste(title: string, outlet: string, publishedAt: string, text: string): Promise<string> {
  const saved = await addPastedArticle({ title, outlet, publishedAt, text });
  if (!("articleId" in saved) || !saved.articleId) throw new Error(`not stored: ${title}`);
  return saved.articleId;
}

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  ids.early = await paste("Flood closes the valley road", "Meridian Press", "2026-12-05", "Floodwater closed the valley road on Saturday.\n\nCouncil crews said the road would stay shut until Monday.");
  ids.ledger = await paste("Valley road shut by flood", "Harbour Ledger", "2026-12-06", "The valley road was shut by floodwater, the council said.\n\nResidents were told to use the ridge route instead.");
  ids.late = await paste("Valley road reopens after flood", "Meridian Press", "2026-12-07", "The valley road reopened on Monday after the flood.\n\nEngineers found no damage to the bridge at Elm Crossing.");
  storyId = (await createStory("Valley flood", [ids.early, ids.ledger, ids.late])).id;
});
afterAll(async () => cleanup());

describe("storyPairLabels", () => {
  it("names two articles of one outlet by the story's numbers, where the pair alone would name them by day", async () => {
    expect(await storyPairLabels(storyId, ids.late, ids.early)).toEqual({ a: "Meridian Press (2)", b: "Meridian Press (1)" });
    // What the page would say without the story: the day, which the story page never shows as a name.
    expect(pairLabels({ outlet: "Meridian Press", publishedAt: "2026-12-07" }, { outlet: "Meridian Press", publishedAt: "2026-12-05" }).a).toBe("Meridian Press (7 Dec)");
  });

  it("keeps a repeated outlet's number beside another outlet, as the story page's links read", async () => {
    expect(await storyPairLabels(storyId, ids.ledger, ids.late)).toEqual({ a: "Harbour Ledger", b: "Meridian Press (2)" });
  });

  it("agrees with the story page's labels once the story is analysed and cached", async () => {
    const overview = await getStoryOverview(storyId);
    const label = (id: string) => overview.articles.find((a) => a.id === id)?.label;
    expect(await storyPairLabels(storyId, ids.early, ids.late)).toEqual({ a: label(ids.early), b: label(ids.late) });
  });

  it("names the sides of a report exported from the story's comparison the same way, and by day without the story", async () => {
    const fromStory = (await exportComparisonReport(ids.late, ids.early, "md", { storyId })).body.toString();
    expect(fromStory).toContain("Meridian Press (2)");
    expect(fromStory).not.toContain("Meridian Press (7 Dec)");
    const alone = (await exportComparisonReport(ids.late, ids.early, "md")).body.toString();
    expect(alone).toContain("Meridian Press (7 Dec)");
  });

  it("has the comparison's reasons say the story's names, its flags keep their keys whatever the names", async () => {
    const names = await storyPairLabels(storyId, ids.late, ids.early);
    const fromStory = await compareArticles(ids.late, ids.early, names);
    const alone = await compareArticles(ids.late, ids.early);
    expect([fromStory.labels, alone.labels]).toEqual([names, { a: "Meridian Press (7 Dec)", b: "Meridian Press (5 Dec)" }]);
    const sentences = (c: typeof alone) => [...c.comparison.items.flatMap((i) => i.reasons), ...c.comparison.omissions.flatMap((o) => (o.note ? [o.note] : []))].join("\n");
    expect(sentences(fromStory)).toContain("Meridian Press (2)");
    expect(sentences(fromStory)).not.toMatch(/Meridian Press \((A|B|5 Dec|7 Dec)\)/);
    expect(sentences(alone)).toContain("Meridian Press (7 Dec)");
    // A review is kept under a flag's key (and an item's id): the same in both views.
    expect(fromStory.comparison.omissions.map((o) => o.key)).toEqual(alone.comparison.omissions.map((o) => o.key));
    expect(fromStory.comparison.items.map((i) => [i.id, i.flags])).toEqual(alone.comparison.items.map((i) => [i.id, i.flags]));
    expect([...fromStory.swappedKeys]).toEqual([...alone.swappedKeys]);
  });

  it("gives the home page's card the story's names for the first comparison it offers", async () => {
    const [card] = await getStorySummaries([storyId]);
    expect(card?.firstTwo.map((a) => a.label)).toEqual(["Meridian Press (1)", "Harbour Ledger"]);
  });

  it("is null for a story that does not exist, so a forged id changes nothing", async () => {
    expect(await storyPairLabels("no-such-story", ids.early, ids.late)).toBeNull();
  });

  it("is null once an article has moved to another story: the pair names itself again", async () => {
    await createStory("Elm Crossing bridge", [ids.late]);
    expect(await storyPairLabels(storyId, ids.early, ids.late)).toBeNull();
    expect(await storyPairLabels(storyId, ids.early, ids.ledger)).toEqual({ a: "Meridian Press", b: "Harbour Ledger" });
  });
});
