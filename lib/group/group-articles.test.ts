import { describe, expect, it } from "vitest";
import { SYNTHETIC_EVENTS } from "./fixtures/synthetic-events";
import { groupArticles } from "./group-articles";

/** Partition as a set of sorted id lists, independent of label names. */
function partition(assignments: ReadonlyArray<{ id: string; story: string }>): string[][] {
  const byStory = new Map<string, string[]>();
  for (const { id, story } of assignments) byStory.set(story, [...(byStory.get(story) ?? []), id]);
  return [...byStory.values()].map((ids) => ids.sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));
}

function truePartition(docs: typeof SYNTHETIC_EVENTS): string[][] {
  return partition(docs.map((d) => ({ id: d.id, story: d.event })));
}

describe("groupArticles", () => {
  it("puts each event's articles together and keeps different events apart", () => {
    expect(partition(groupArticles(SYNTHETIC_EVENTS))).toEqual(truePartition(SYNTHETIC_EVENTS));
  });

  it("keeps two events on the same topic a year apart in separate stories", () => {
    const budget = SYNTHETIC_EVENTS.filter((d) => d.event.startsWith("budget"));
    const stories = new Map(groupArticles(budget).map((a) => [a.id, a.story]));
    expect(stories.get("budget2023-wire")).toBe(stories.get("budget2023-local"));
    expect(stories.get("budget2024-wire")).toBe(stories.get("budget2024-local"));
    expect(stories.get("budget2023-wire")).not.toBe(stories.get("budget2024-wire"));
  });

  it("gives the same grouping whatever the input order", () => {
    const reversed = [...SYNTHETIC_EVENTS].reverse();
    const interleaved = SYNTHETIC_EVENTS.filter((_, i) => i % 2 === 0).concat(SYNTHETIC_EVENTS.filter((_, i) => i % 2 === 1));
    expect(partition(groupArticles(reversed))).toEqual(partition(groupArticles(SYNTHETIC_EVENTS)));
    expect(partition(groupArticles(interleaved))).toEqual(partition(groupArticles(SYNTHETIC_EVENTS)));
  });

  it("returns one assignment per article, in input order, labelled by first appearance", () => {
    const result = groupArticles(SYNTHETIC_EVENTS);
    expect(result.map((r) => r.id)).toEqual(SYNTHETIC_EVENTS.map((d) => d.id));
    expect(result[0]!.story).toBe("story-1");
    const firstNew = result.find((r) => r.story !== "story-1");
    expect(firstNew?.story).toBe("story-2");
  });

  it("leaves an article that shares nothing with the others on its own", () => {
    const loner = { id: "loner", title: "Recipe: slow-cooked lamb shoulder", text: "Rub the lamb with garlic, rosemary and anchovies, then roast it for five hours at a low heat until it falls apart." };
    const result = groupArticles([...SYNTHETIC_EVENTS, loner]);
    const lonerStory = result.find((r) => r.id === "loner")!.story;
    expect(result.filter((r) => r.story === lonerStory)).toHaveLength(1);
  });

  it("handles no articles and a single article", () => {
    expect(groupArticles([])).toEqual([]);
    expect(groupArticles([SYNTHETIC_EVENTS[0]!])).toEqual([{ id: "strike-wire", story: "story-1" }]);
  });

  it("still groups the events when no article has a date", () => {
    const undated = SYNTHETIC_EVENTS.filter((d) => !d.event.startsWith("budget")).map((d) => ({ ...d, publishedAt: undefined }));
    expect(partition(groupArticles(undated))).toEqual(truePartition(SYNTHETIC_EVENTS.filter((d) => !d.event.startsWith("budget"))));
  });
});
