import { describe, expect, it } from "vitest";
import { preparePastedArticles } from "./prepare-pasted-article";

const titleOf = (text: string) => {
  const [prepared] = preparePastedArticles([{ outlet: "Metro Wire", text }]);
  if (!prepared?.ok) throw new Error("not prepared");
  return prepared.article.title;
};

describe("a pasted article's title when none is given", () => {
  it("ends at the first line break: a headline has no full stop to end it", () => {
    const text = [
      "Harbor City approves $5 billion flood barrier plan",
      "The Harbor City council on Tuesday approved a $5 billion flood barrier after two years of debate. Construction begins next spring.",
      "Opponents said the plan would raise property taxes for a decade.",
    ].join("\n\n");
    expect(titleOf(text)).toBe("Harbor City approves $5 billion flood barrier plan");
  });

  it("is the first sentence of a text pasted as one paragraph", () => {
    expect(titleOf("The council approved the barrier on Tuesday. Construction begins next spring, officials said.")).toBe("The council approved the barrier on Tuesday.");
  });
});
