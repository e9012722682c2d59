/**
 * "The same text under the same outlet is stored once": whichever way the
 * article comes in (a link, a paste, an uploaded page, `lacuna add`, which is
 * the upload's path, or `add --jsonl`), a second arrival is "already stored"
 * and names the first stored article; real server, real worker, real SQLite.
 */
import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteArticle } from "../db/article-mutations";
import { createStory } from "../db/story-mutations";
import { addPastedArticle, addPastedArticles } from "./add-pasted-article";
import { addUploadedFile } from "./add-uploaded-file";
import { exportStoryReport } from "./export-report";
import { bridgePage, bridgeParagraphs, damPage, damParagraphs } from "./fixtures/courier-pages";
import { withFetchSite } from "./fixtures/fetch-site";
import { startIngestBatch, waitForIngestBatches } from "./ingest-urls";

// A newsletter's link: a redirect chain whose hops and end carry tracking parameters, as link shorteners give them.
const REDIRECTS: Record<string, string> = {
  "/go/1": "/go/2?utm_source=newsletter",
  "/go/2?utm_source=newsletter": "/news/bridge?utm_medium=email&fbclid=XYZ",
};
const server = http.createServer((req, res) => {
  const next = REDIRECTS[req.url ?? ""];
  if (next) {
    res.writeHead(req.url === "/go/1" ? 302 : 301, { Location: next }).end();
    return;
  }
  const page = req.url?.startsWith("/news/dam") ? damPage : req.url?.startsWith("/news/bridge") ? bridgePage : "<html><body>no such page</body></html>";
  res.writeHead(200, { "Content-Type": "text/html" }).end(page);
});

const site = withFetchSite(server);

const damText = damParagraphs.join("\n\n");
const countWith = async (words: string) => (await db()).article.count({ where: { text: { contains: words } } });

describe("an article fetched by link, then added again another way under the same outlet", () => {
  let fetchedId = "";

  beforeAll(async () => {
    const { batchId } = await startIngestBatch(`${site.base}/news/dam`);
    const [link] = await waitForIngestBatches([batchId]);
    expect(link).toMatchObject({ state: "done" });
    fetchedId = link!.articleId!;
  });

  it("is already stored when its paragraphs are pasted under the outlet's name, typed in any case", async () => {
    expect(await addPastedArticle({ title: "Dam collapse kills 14", outlet: "Daily Courier", text: damText })).toMatchObject({ status: "duplicate", articleId: fetchedId, reason: "same-content" });
    expect(await addPastedArticle({ title: "Dam collapse kills 14", outlet: "daily courier", text: damText })).toMatchObject({ status: "duplicate", articleId: fetchedId });
  });

  it("is already stored when the saved page is uploaded (the path `lacuna add FILE` takes), pointing to the fetched article", async () => {
    const uploaded = await addUploadedFile({ fileName: "courier.html", bytes: new TextEncoder().encode(damPage) });
    expect(uploaded).toMatchObject({ status: "duplicate", articleId: fetchedId, reason: "same-content" });
    // Asked again, it still names the fetched article: no upload was stored to point to.
    expect(await addUploadedFile({ fileName: "courier.html", bytes: new TextEncoder().encode(damPage) })).toMatchObject({ articleId: fetchedId });
  });

  it("is already stored when it comes in a JSON-lines batch (`lacuna add --jsonl`)", async () => {
    const results = await addPastedArticles([{ title: "Dam", outlet: "Daily Courier", text: damText }]);
    expect(results).toEqual([{ status: "duplicate", articleId: fetchedId, reason: "same-content" }]);
    expect(await countWith("sending a wall of water through three villages")).toBe(1);
  });

  it("is a syndicated copy under another outlet, or under the same name on another site", async () => {
    const gazette = await addPastedArticle({ title: "Dam", outlet: "Ashby Gazette", text: damText });
    expect(gazette).toMatchObject({ status: "created", copyOf: { articleId: fetchedId } });
    // Many towns have a "Daily Courier": the name on another domain is another paper.
    const namesake = await addPastedArticle({ title: "Dam", outlet: "Daily Courier", url: "https://prescott-courier.example/news/dam", text: damText });
    expect(namesake).toMatchObject({ status: "created", copyOf: { articleId: fetchedId } });
    expect(await countWith("sending a wall of water through three villages")).toBe(3);
  });
});

describe("a link through redirects, with tracking parameters", () => {
  it("is cited by the article's own address in reports, with the link as given kept; a tracking variant is already stored", async () => {
    const story = await createStory("Bridge works");
    const { batchId } = await startIngestBatch(`${site.base}/go/1`, { storyId: story.id });
    const [link] = await waitForIngestBatches([batchId]);
    expect(link).toMatchObject({ state: "done" });
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: link!.articleId! } });
    expect(stored.url).toBe(`${site.base}/go/1`);

    const report = await exportStoryReport(story.id, "md");
    expect(report.body).toContain(`${site.base}/news/bridge`);
    expect(report.body).not.toMatch(/\/go\/1|utm_|fbclid/);
    const csv = String((await exportStoryReport(story.id, "csv")).body);
    expect(csv).toContain(`${site.base}/news/bridge,`);

    // The same page behind other tracking parameters: the same address, so already stored.
    const again = await startIngestBatch(`${site.base}/news/bridge?utm_source=twitter&gclid=1`);
    expect((await waitForIngestBatches([again.batchId]))[0]).toMatchObject({ state: "duplicate", articleId: stored.id });
    // Gone again, index entry and all: the next test stores this text afresh.
    await deleteArticle(stored.id);
  });
});

describe("the same article arriving two ways at the same moment", () => {
  it("is stored once", async () => {
    const results = await Promise.all([
      addUploadedFile({ fileName: "bridge.html", bytes: new TextEncoder().encode(bridgePage) }),
      addPastedArticle({ title: "Bridge to close", outlet: "Daily Courier", text: bridgeParagraphs.join("\n\n") }),
      addPastedArticles([{ title: "Bridge", outlet: "DAILY COURIER", text: bridgeParagraphs.join("\n\n") }]).then((r) => r[0]!),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["created", "duplicate", "duplicate"]);
    const created = results.find((r) => r.status === "created") as { articleId: string };
    for (const r of results) expect(r).toMatchObject({ articleId: created.articleId });
    expect(await countWith("old iron bridge over the Marlow river")).toBe(1);
  });
});
