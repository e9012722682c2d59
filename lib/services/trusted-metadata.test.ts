/**
 * The attacks of issue 13 on stored metadata, run through the real use cases
 * and a migrated database: a page claiming another site's canonical URL and
 * name, and analysts' outlet names being folded into one outlet.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { extractArticle } from "../ingest/extract/extract-article";
import { addPastedArticle } from "./add-pasted-article";
import { addUploadedFile } from "./add-uploaded-file";
import { startIngestBatch } from "./ingest-urls";
import { storeExtractedArticle } from "./store-extracted-article";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

function page(title: string, head: string, sentence: string): string {
  const body = Array.from({ length: 6 }, (_, i) => `<p>${sentence} Paragraph ${i + 1} adds detail about the talks, the ministers and what they agreed on the day.</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;
}

async function stored(articleId: string) {
  return (await db()).article.findUniqueOrThrow({ where: { id: articleId }, include: { outlet: true } });
}

async function ingestPage(html: string, finalUrl: string) {
  return storeExtractedArticle(extractArticle(html, finalUrl), { requestedUrl: finalUrl, finalUrl, bytes: Buffer.from(html) });
}

describe("a fetched page's claims about itself", () => {
  it("a canonical and site name of another site are not taken: the article keeps its fetched URL and host, the claim is noted", async () => {
    const spoof = page(
      "Ministers meet in London",
      '<link rel="canonical" href="https://www.reuters.example/world/ministers-meet"><meta property="og:site_name" content="Reuters (verified)">',
      "A copied report of the meeting in London.",
    );
    const saved = await ingestPage(spoof, "http://spoof.example/copy");
    const article = await stored(saved.articleId);
    expect(article.canonicalUrl).toBe("http://spoof.example/copy");
    expect(article.canonicalClaim).toBe("https://www.reuters.example/world/ministers-meet");
    expect(article.outlet.domain).toBe("spoof.example");

    // The real article at the claimed address is still welcome.
    const real = page("Ministers meet in London", '<meta property="og:site_name" content="Reuters">', "The original report of the meeting in London, by the agency.");
    const original = await ingestPage(real, "https://www.reuters.example/world/ministers-meet");
    expect(original.status).toBe("created");
    const realArticle = await stored(original.articleId);
    expect(realArticle.canonicalUrl).toBe("https://www.reuters.example/world/ministers-meet");
    expect(realArticle.outlet).toMatchObject({ name: "Reuters", domain: "reuters.example" });
  });

  it("a javascript: canonical is never stored as the article's address", async () => {
    const saved = await ingestPage(page("Script canonical", '<link rel="canonical" href="javascript:alert(1)">', "A page whose canonical link would run a script."), "https://news.example/a");
    const article = await stored(saved.articleId);
    expect(article.canonicalUrl).toBe("https://news.example/a");
    expect(article.canonicalClaim).toBe("javascript:alert(1)");
  });

  it("a canonical on the publisher's own other host is believed", async () => {
    const saved = await ingestPage(page("AMP copy", '<link rel="canonical" href="https://www.daily.example/story/1">', "The AMP version of a daily's story."), "https://amp.daily.example/story/1");
    expect(await stored(saved.articleId)).toMatchObject({ canonicalUrl: "https://www.daily.example/story/1", canonicalClaim: null, outlet: { domain: "daily.example" } });
  });

  it("an uploaded file's canonical is only a claim (a file cannot show where it came from)", async () => {
    const html = page("Uploaded copy", '<link rel="canonical" href="https://www.reuters.example/world/other">', "A saved page uploaded by an analyst.");
    const saved = await addUploadedFile({ fileName: "saved.html", bytes: Buffer.from(html), outlet: "Desk archive" });
    expect(await stored(saved.articleId)).toMatchObject({ canonicalUrl: null, canonicalClaim: "https://www.reuters.example/world/other", outlet: { name: "Desk archive", domain: null } });
  });
});

describe("outlet names an analyst types", () => {
  it("are kept, not replaced by the first outlet stored for the domain", async () => {
    const names = ["Kyodo News", "Kyodo (English)", "Japan Today via Kyodo"];
    for (const [i, name] of names.entries()) {
      const saved = await addPastedArticle({ outlet: name, url: `https://english.kyodonews.example/news/${i}`, text: `Report ${i}: the ministers met in London on Monday and agreed to meet again. Story number ${i}.` });
      expect((await stored(saved.articleId)).outlet).toMatchObject({ name, domain: "kyodonews.example" });
    }
  });
});

describe("an unknown story", () => {
  it("is refused with not_found before anything is stored, on paste, upload and link import", async () => {
    const before = await (await db()).article.count();
    const attempts = [
      addPastedArticle({ outlet: "ANI", text: "The ministers met in London and agreed to talk again soon.", storyId: "doesnotexist" }),
      addUploadedFile({ fileName: "a.txt", bytes: Buffer.from("The ministers met in London and agreed."), outlet: "ANI", storyId: "doesnotexist" }),
      startIngestBatch("https://news.example/a", { storyId: "doesnotexist" }),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(error).toMatchObject({ code: "not_found", message: expect.stringMatching(/story no longer exists/) });
    }
    expect(await (await db()).article.count()).toBe(before);
    expect(await (await db()).ingestLink.count()).toBe(0);
  });
});
