import { describe, expect, it } from "vitest";
import { SYNTHETIC_EVENTS } from "./fixtures/synthetic-events";
import { suggestStory } from "./suggest-story";

const byEvent = (event: string) => SYNTHETIC_EVENTS.filter((d) => d.event === event);

describe("suggestStory", () => {
  const stories = [
    { storyId: "s-strike", docs: byEvent("strike").slice(0, 2) },
    { storyId: "s-volcano", docs: byEvent("volcano").slice(0, 2) },
    { storyId: "s-rates", docs: byEvent("rates").slice(0, 2) },
  ];

  it("files a new article under the story of its event, with the runner-up behind it", () => {
    const suggestion = suggestStory(byEvent("volcano")[2]!, stories);
    expect(suggestion.storyId).toBe("s-volcano");
    expect(suggestion.runnerUp).not.toBeNull();
    expect(suggestion.runnerUp!.storyId).not.toBe("s-volcano");
    expect(suggestion.score).toBeGreaterThan(suggestion.runnerUp!.score);
  });

  it("suggests a new story when the article belongs to none", () => {
    const suggestion = suggestStory(byEvent("budget-2023")[0]!, stories);
    expect(suggestion.storyId).toBeNull();
    expect(suggestion.runnerUp).not.toBeNull();
  });

  it("suggests a new story when there are no stories yet", () => {
    expect(suggestStory(byEvent("rates")[0]!, [])).toEqual({ storyId: null, score: 0, runnerUp: null });
  });

  it("does not file next year's event under last year's story on the same topic", () => {
    const suggestion = suggestStory(byEvent("budget-2024")[0]!, [{ storyId: "s-2023", docs: byEvent("budget-2023") }]);
    expect(suggestion.storyId).toBeNull();
  });
});
