import { describe, expect, it } from "vitest";
import { ArticleReading } from "./article-reading";
import { extractNumbers } from "./numbers";
import { passagesFromBlocks } from "./fixtures/seed-passages";

const reading = (...texts: string[]) => new ArticleReading(passagesFromBlocks(texts.map((text) => ({ role: "body" as const, text }))));
const figure = (text: string) => extractNumbers(text)[0] as ReturnType<typeof extractNumbers>[number];

describe("votes and scores", () => {
  it("gives a tally when a passage counts the same thing twice, or says one count to another", () => {
    const split = figure("The court ruled 7-2.");
    expect(reading("Seven justices joined the opinion, while two justices dissented.").givesFigure(split)).toBe(true);
    expect(reading("The bill passed by seven votes to two.").givesFigure(split)).toBe(true);
    expect(reading("Seven justices joined the opinion.").givesFigure(split)).toBe(false);
  });

  it("gives the parts of a tally: an outlet writing 7-2 has said seven", () => {
    expect(reading("The court ruled 7-2 on Monday.").givesFigure(figure("seven justices joined"))).toBe(true);
  });
});
