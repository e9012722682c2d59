import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../scripts/datasets/seeded-random";
import { extractArticle } from "./extract-article";
import { ExtractionError } from "./types";

const FIXTURES = join(__dirname, "fixtures");

/**
 * Copies of a real page broken the ways pages arrive broken: cut off at any
 * point, closing tags lost, a ">" lost, the whole page left inside a comment.
 */
function brokenCopies(html: string, seed: number): string[] {
  // Seeded, so every run breaks the pages the same way.
  const random = seededRandom(seed);
  const copies: string[] = [];
  for (let k = 1; k <= 8; k++) copies.push(html.slice(0, Math.floor((html.length * k) / 9)));
  for (let k = 0; k < 4; k++) copies.push(html.replace(/<\/[a-z0-9]+>/gi, (tag) => (random() < 0.5 ? "" : tag)));
  for (let k = 0; k < 4; k++) copies.push(html.replace(/>/g, (mark) => (random() < 0.03 ? "" : mark)));
  copies.push(`<!-- ${html}`, `</html>${html.slice(html.length >> 1)}`);
  return copies;
}

describe("extractArticle on broken copies of every fixture page", () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith(".html"));

  it("gives an article or an ExtractionError with its message, never another error", () => {
    let articles = 0;
    let refusals = 0;
    pages.forEach((name, n) => {
      for (const copy of brokenCopies(readFileSync(join(FIXTURES, name), "utf8"), n + 1)) {
        try {
          expect(extractArticle(copy, `https://example.com/${name}`).blocks.length).toBeGreaterThan(0);
          articles++;
        } catch (error) {
          if (!(error instanceof ExtractionError)) throw new Error(`${name}: ${String(error)}`);
          refusals++;
        }
      }
    });
    // Most broken copies still hold their story: the check is not passed by refusing everything.
    expect(articles).toBeGreaterThan(refusals);
  });
});
