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

describe("a pasted article that starts with the headline typed as its title", () => {
  const headline = "Ferry operator cancels winter sailings to Inishmore";
  const body = [
    "Aran Sea Link said on Friday that it would cancel all winter sailings to Inishmore from December, blaming the cost of fuel and a shortage of crew.",
    "Islanders said the decision would leave them with one flight a day to the mainland.",
  ];
  const prepare = (title: string | undefined) => {
    const [prepared] = preparePastedArticles([{ outlet: "Western Herald", title, text: [headline, ...body].join("\n\n") }]);
    if (!prepared?.ok) throw new Error("not prepared");
    return prepared.article;
  };

  it("stores the headline as the title and the report from its first paragraph on", () => {
    const typed = prepare("Ferry operator cancels winter sailings to Inishmore.");
    expect(typed.title).toBe("Ferry operator cancels winter sailings to Inishmore.");
    expect(typed.text).toBe(body.join("\n\n"));
    expect(typed.blockRoles).toEqual(["body", "body"]);
  });

  it("does the same when no title is typed", () => {
    const untitled = prepare(undefined);
    expect(untitled.title).toBe(headline);
    expect(untitled.text).toBe(body.join("\n\n"));
  });
});
