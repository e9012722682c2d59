import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { extractArticle } from "../ingest/extract/extract-article";
import { reextractArticle } from "./reextract-article";
import { storeExtractedArticle } from "./store-extracted-article";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

describe("reextractArticle", () => {
  it("keeps the text of a sign-in page stored before such pages were refused, and says what the page is", async () => {
    const html = readFileSync(path.join(process.cwd(), "lib", "ingest", "extract", "fixtures", "sign-in-page.html"), "utf8");
    const loginUrl = "https://coastal-ledger.example/account/login?return=%2Fnews%2Fharbour-fees-rise";
    // What ingest stored before: the login form's few lines as an article.
    const extracted = extractArticle(html, loginUrl, { skipRules: ["sign-in-walls"] });
    const saved = await storeExtractedArticle(extracted, {
      requestedUrl: "https://coastal-ledger.example/news/harbour-fees-rise",
      finalUrl: loginUrl,
      bytes: new TextEncoder().encode(html),
    });
    expect(saved.status).toBe("created");

    await expect(reextractArticle(saved.articleId)).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/^No article found: the link leads to a sign-in or subscription page .* The stored text is unchanged\.$/),
    });
    const row = await (await db()).article.findUniqueOrThrow({ where: { id: saved.articleId } });
    expect(row.text).toBe(extracted.text);
  });
});
