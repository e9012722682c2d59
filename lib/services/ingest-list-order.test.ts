import http from "node:http";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { withFetchSite } from "./fixtures/fetch-site";
import { MAX_LINKS_PER_BATCH, getIngestLinks, queueIngestList, waitForIngestBatches } from "./ingest-urls";

// `lacuna ingest` takes any number of links and queues them in batches of 50.
// The analyst still reads one list, top-down: of two lines leading to one
// article, the one given first added it, even when it sits in the first batch
// and the later line, in the second batch, was fetched first.

const quay = (base: string) => `<!doctype html><html><head><title>Quay wall gives way at Brenmouth | Coastal Ledger</title>
<link rel="canonical" href="${base}/quay"><meta property="og:site_name" content="Coastal Ledger"></head><body>
<article><h1>Quay wall gives way at Brenmouth</h1>
<p>A forty-metre stretch of the old quay wall at Brenmouth slid into the harbour before dawn on Monday, taking two parked vans with it, the harbour office said.</p>
<p>Nobody was hurt, but the fish market on the quay will stay shut while engineers from the county council check the rest of the wall for cracks.</p>
<p>Traders said the council had been warned about the wall in a survey three years ago and had put off the repairs twice for lack of money.</p>
</article></body></html>`;

// Other reports, each its own article (its own text), to fill the first batch.
const other = (n: number) => `<!doctype html><html><head><title>Harbour notice ${n} | Coastal Ledger</title><meta property="og:site_name" content="Coastal Ledger"></head><body>
<article><h1>Harbour notice ${n}</h1>
<p>Berth ${n} at Brenmouth will close for ${n + 2} days from next Monday while divers inspect its fenders, the harbour office said in notice number ${n}.</p>
<p>Boats booked into berth ${n} will be moved to the outer pontoon, where ${n + 10} spaces are free, and their owners will be told by text message.</p>
<p>The office said notice ${n} replaces every earlier notice about that berth, and that the outer pontoon has water and power for the whole closure.</p>
</article></body></html>`;

// The first line's page answers only once the test lets it: until then its fetch is still under way.
let releaseFirst: () => void = () => undefined;
const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));

const server = http.createServer((req, res) => {
  const send = (html: string) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  const path = new URL(req.url ?? "/", site.base).pathname;
  if (path === "/quay" && req.url === "/quay") void firstHeld.then(() => send(quay(site.base)));
  else if (path === "/quay") send(quay(site.base));
  else send(other(Number(path.split("/").at(-1))));
});

const site = withFetchSite(server);

describe("a list of links longer than a batch", () => {
  it("settles two lines to one article in the list's order across its batches, and lists the links as given", async () => {
    // Line 1 and line 52 lead to the same article; lines 2 to 51 are other reports, so line 52 is in the second batch.
    const fillers = Array.from({ length: MAX_LINKS_PER_BATCH }, (_, i) => `${site.base}/notice/${i + 1}`);
    const lines = [`${site.base}/quay`, ...fillers, `${site.base}/quay?from=home`];
    const batchIds = await queueIngestList(lines, null, { requestedBy: "ana.five" });
    expect(batchIds).toHaveLength(2);

    // The second batch's line is stored and finished while the first line is still being fetched.
    const last = async () => (await getIngestLinks(batchIds)).find((l) => l.url === lines.at(-1));
    await expect.poll(async () => (await last())?.state, { timeout: 60_000 }).toMatch(/^(done|duplicate)$/);
    releaseFirst();

    const links = await waitForIngestBatches(batchIds);
    // Listed in the order given, across the two batches.
    expect(links.map((l) => l.url)).toEqual(lines);
    expect(links.map((l) => l.batchId)).toEqual([...Array<string>(MAX_LINKS_PER_BATCH).fill(batchIds[0]!), batchIds[1]!, batchIds[1]!]);
    const [first, second] = [links[0]!, links.at(-1)!];
    expect([first.state, second.state]).toEqual(["done", "duplicate"]);
    expect(second.articleId).toBe(first.articleId);
    expect(links.slice(1, -1).every((l) => l.state === "done")).toBe(true);
    // The article keeps the first line's address as the link given for it; one "added" entry for it in the log.
    const client = await db();
    expect(await client.article.findUnique({ where: { id: first.articleId! }, select: { url: true } })).toEqual({ url: lines[0] });
    await expect.poll(() => client.activity.count({ where: { action: "article.added", actor: "ana.five", subjectId: first.articleId! } })).toBe(1);
  }, 120_000);
});
