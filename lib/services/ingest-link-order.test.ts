import http from "node:http";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { withFetchSite } from "./fixtures/fetch-site";
import { getIngestBatch, startIngestBatch, waitForIngestBatches } from "./ingest-urls";

// Links of one batch are fetched in parallel, so the line listed first can be
// the last to come back. The analyst reads the batch top-down: the first line
// that leads to an article is the one that added it, the later ones its duplicates.

const page = (base: string) => `<!doctype html><html><head><title>Lock gates fail at Brenmouth marina | Coastal Ledger</title>
<link rel="canonical" href="${base}/marina"><meta property="og:site_name" content="Coastal Ledger"></head><body>
<article><h1>Lock gates fail at Brenmouth marina</h1>
<p>Boats were trapped inside Brenmouth marina on Sunday after both lock gates jammed half open during the morning tide, the harbour office said.</p>
<p>Divers found a sunken mooring chain wedged under the lower gate, and a crane barge from the county yard is due to lift it out on Tuesday.</p>
<p>Skippers with charters booked for the bank holiday said they would lose several thousand euros each if the lock stays shut into next week.</p>
</article></body></html>`;

// The first line's page answers only once the test lets it: until then its fetch is still under way.
let releaseFirst: () => void = () => undefined;
const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));

const server = http.createServer((req, res) => {
  const send = () => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page(site.base));
  if (req.url === "/marina") void firstHeld.then(send);
  else send();
});

const site = withFetchSite(server);

describe("two links of one batch to the same article", () => {
  it("adds it on the line listed first, whichever fetch ends first, and reports the later lines as its duplicates", async () => {
    const lines = [`${site.base}/marina`, `${site.base}/marina?from=home`, `${site.base}/marina?view=full`];
    const { batchId } = await startIngestBatch(lines.join("\n"), { requestedBy: "ana.four" });
    // The later lines are stored and finished while the first is still being fetched.
    await expect.poll(async () => (await getIngestBatch(batchId)).slice(1).map((l) => l.state), { timeout: 30_000 }).toEqual(expect.arrayContaining(["done", "duplicate"]));
    releaseFirst();

    const links = await waitForIngestBatches([batchId]);
    expect(links.map((l) => [l.url, l.state])).toEqual([
      [lines[0], "done"],
      [lines[1], "duplicate"],
      [lines[2], "duplicate"],
    ]);
    const articleId = links[0]!.articleId!;
    expect(links.map((l) => l.articleId)).toEqual([articleId, articleId, articleId]);
    // One article, keeping the first line's address as the link given for it; one "added" entry in the log.
    const client = await db();
    expect(await client.article.findMany({ select: { id: true, url: true } })).toEqual([{ id: articleId, url: lines[0] }]);
    await expect.poll(() => client.activity.count({ where: { action: "article.added", actor: "ana.four", subjectId: articleId } })).toBe(1);
  }, 60_000);
});
