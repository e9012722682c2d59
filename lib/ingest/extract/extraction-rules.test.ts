/**
 * Rules measured by `npm run eval:extract -- --ablate`, each on a realistic page where switching it off changes
 * what a reader gets: the test fails without the rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

const page = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");
const captions = (blocks: { role: string; text: string }[]): string[] => blocks.filter((b) => b.role === "caption").map((b) => b.text);

describe("image-box-captions: a picture box named by class", () => {
  const html = page("photo-box-wire.html");

  it("reads the text beside the picture as its caption, not as story text", () => {
    const article = extractArticle(html, "https://coastline.example/news/storm");
    expect(captions(article.blocks)).toEqual([expect.stringContaining("In this Nov. 3, 2019, file photo")]);
    expect(article.blocks.filter((b) => b.role === "body")[0]!.text).toMatch(/^A storm with gusts/);
  });

  it("leaves it as body text when the rule is off", () => {
    const article = extractArticle(html, "https://coastline.example/news/storm", { skipRules: ["image-box-captions"] });
    expect(captions(article.blocks)).toEqual([]);
    expect(article.text).toContain("In this Nov. 3, 2019, file photo");
  });
});

describe("wire-footers: feed footers in brackets", () => {
  const html = page("photo-box-wire.html");

  it("drops '(With inputs from agencies)' but keeps the reporters' credit, which is part of the story as published", () => {
    const article = extractArticle(html, "https://coastline.example/news/storm");
    expect(article.text).not.toContain("With inputs from");
    expect(article.text).toContain("(Reporting by Maria Lindqvist; Editing by Tom Hale)");
    const off = extractArticle(html, "https://coastline.example/news/storm", { skipRules: ["wire-footers"] });
    expect(off.text).toContain("(With inputs from agencies)");
  });
});
