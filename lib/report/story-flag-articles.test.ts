import { describe, expect, it } from "vitest";
import { storyFlagArticleIds } from "./story-flag-articles";

const sources = ["gazette", "herald", "courier", "ministry"];

describe("the articles a story finding concerns", () => {
  it("are those that leave it out and those whose passages report it, not the ones it does not touch", () => {
    // The toll of 12: given by the Gazette and the Courier, left out by the Herald; the Ministry's statement has no passage of it.
    const flag = { absentFrom: ["herald"], passages: [[3], [], [1, 2], []] };
    expect(storyFlagArticleIds(flag, sources)).toEqual(["gazette", "herald", "courier"]);
  });

  it("include every source giving a figure of a conflict", () => {
    const conflict = { absentFrom: ["herald"], passages: [[], [], [], []], figures: [{ phrase: "12 dead", sources: ["gazette", "ministry"] }, { phrase: "15 dead", sources: ["herald"] }] };
    expect(storyFlagArticleIds(conflict, sources)).toEqual(["gazette", "herald", "ministry"]);
  });
});
