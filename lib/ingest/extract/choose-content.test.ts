import { describe, expect, it } from "vitest";
import type { Block } from "../../text/types";
import { chooseContent } from "./choose-content";

const body = (text: string): Block => ({ role: "body", text });
const sentence = (n: number): Block =>
  body(`Paragraph ${n} of the story explains what the council decided and why residents were told only on Friday.`);
const story = [1, 2, 3, 4, 5, 6].map(sentence);

describe("chooseContent", () => {
  it("keeps Readability's article when it has running text", () => {
    const readability = story.slice(0, 3);
    expect(chooseContent(readability, story)).toEqual({ blocks: readability, method: "readability" });
  });

  it("falls back, with a warning, when Readability found nothing", () => {
    const chosen = chooseContent([], story);
    expect(chosen.method).toBe("fallback");
    expect(chosen.blocks).toBe(story);
    expect(chosen.warning).toMatch(/found no article/);
  });

  it("falls back when Readability chose a table or link list without a single sentence of prose", () => {
    const cells = Array.from({ length: 80 }, (_, i) => body(`Ward ${i}`));
    const chosen = chooseContent(cells, story);
    expect(chosen.method).toBe("fallback");
    expect(chosen.warning).toMatch(/without running text/);
  });

  it("keeps a short Readability result when the fallback is no better", () => {
    const short = [body("Closed today.")];
    expect(chooseContent(short, [body("Menu")]).method).toBe("readability");
  });
});
