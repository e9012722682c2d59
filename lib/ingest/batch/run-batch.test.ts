import { describe, expect, it } from "vitest";
import { runIngestBatch, type IngestWorker, type LinkState, type ProgressEvent } from "./run-batch";

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function statesByUrl(events: ProgressEvent[]): Record<string, LinkState[]> {
  const out: Record<string, LinkState[]> = {};
  for (const event of events) (out[`${event.index}:${event.url}`] ??= []).push(event.state);
  return out;
}

describe("runIngestBatch", () => {
  it("returns results in input order even when links finish in another order", async () => {
    const urls = ["https://a.example/1", "https://b.example/2", "https://c.example/3"];
    const waits: Record<string, number> = { "https://a.example/1": 60, "https://b.example/2": 5, "https://c.example/3": 30 };
    const finishedOrder: string[] = [];
    const results = await runIngestBatch(urls, async (url) => {
      await delay(waits[url]!);
      finishedOrder.push(url);
      return url.toUpperCase();
    });
    expect(finishedOrder).toEqual(["https://b.example/2", "https://c.example/3", "https://a.example/1"]);
    expect(results.map((r) => [r.index, r.url, r.state, r.value])).toEqual([
      [0, "https://a.example/1", "done", "HTTPS://A.EXAMPLE/1"],
      [1, "https://b.example/2", "done", "HTTPS://B.EXAMPLE/2"],
      [2, "https://c.example/3", "done", "HTTPS://C.EXAMPLE/3"],
    ]);
  });

  it("walks each link through queued → fetching → extracting → done", async () => {
    const events: ProgressEvent[] = [];
    await runIngestBatch(
      ["https://a.example/1"],
      async (_url, context) => {
        await delay(1);
        context.extracting();
        return 1;
      },
      { onProgress: (event) => events.push(event) },
    );
    expect(events.map((e) => [e.state, e.finished, e.total])).toEqual([
      ["queued", 0, 1],
      ["fetching", 0, 1],
      ["extracting", 0, 1],
      ["done", 1, 1],
    ]);
  });

  it("records a failure with the error's code and message and carries on with the rest", async () => {
    const fetchFailure = Object.assign(new Error("The page is a PDF, not an HTML article."), { code: "not_html" });
    const results = await runIngestBatch(["https://ok.example/1", "https://pdf.example/2", "https://boom.example/3", "https://ok.example/4"], async (url) => {
      if (url.includes("pdf")) throw fetchFailure;
      if (url.includes("boom")) throw new Error("Extractor crashed");
      return "ok";
    });
    expect(results.map((r) => r.state)).toEqual(["done", "failed", "failed", "done"]);
    expect(results[1]!.error).toEqual({ code: "not_html", message: "The page is a PDF, not an HTML article." });
    expect(results[2]!.error).toEqual({ code: "failed", message: "Extractor crashed" });
  });

  it("survives a worker that throws synchronously or rejects with a non-Error", async () => {
    const worker: IngestWorker<string> = (url) => {
      if (url.endsWith("1")) throw new TypeError("bad input");
      return Promise.reject("plain string reason");
    };
    const results = await runIngestBatch(["https://x.example/1", "https://x.example/2"], worker);
    expect(results.map((r) => r.error?.message)).toEqual(["bad input", "plain string reason"]);
  });

  it("never runs more links at once than the concurrency allows", async () => {
    let running = 0;
    let peak = 0;
    const urls = Array.from({ length: 10 }, (_, i) => `https://n.example/${i}`);
    await runIngestBatch(
      urls,
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await delay(5);
        running -= 1;
      },
      { concurrency: 3 },
    );
    expect(peak).toBe(3);
  });

  it("does not let a hung link hold up the others, and times it out", async () => {
    const aborted: string[] = [];
    const results = await runIngestBatch(
      ["https://hang.example/", "https://a.example/", "https://b.example/", "https://c.example/"],
      async (url, context) => {
        if (url.includes("hang")) {
          context.signal.addEventListener("abort", () => aborted.push(url));
          return new Promise<string>(() => undefined);
        }
        await delay(5);
        return "ok";
      },
      { concurrency: 2, linkTimeoutMs: 150 },
    );
    expect(results.map((r) => r.state)).toEqual(["failed", "done", "done", "done"]);
    expect(results[0]!.error?.code).toBe("timeout");
    expect(aborted).toEqual(["https://hang.example/"]);
  });

  it("marks a repeated URL as a duplicate of the first without working on it twice", async () => {
    const worked: string[] = [];
    const results = await runIngestBatch(["https://a.example/1", "https://b.example/2", "https://a.example/1"], async (url) => {
      worked.push(url);
      return url;
    });
    expect(worked.sort()).toEqual(["https://a.example/1", "https://b.example/2"]);
    expect(results[2]).toEqual({ index: 2, url: "https://a.example/1", state: "duplicate", duplicateOf: "https://a.example/1" });
  });

  it("lets the worker report an article already stored as a duplicate", async () => {
    const results = await runIngestBatch(["https://a.example/1", "https://b.example/2"], async (url, context) => {
      if (url.includes("b.example")) context.duplicate("article-17");
      return { articleId: url.includes("b.example") ? "article-17" : "article-18" };
    });
    expect(results[0]).toMatchObject({ state: "done", value: { articleId: "article-18" } });
    expect(results[1]).toMatchObject({ state: "duplicate", duplicateOf: "article-17", value: { articleId: "article-17" } });
  });

  it("fails the links not yet finished when the batch is cancelled", async () => {
    const controller = new AbortController();
    const results = await runIngestBatch(
      ["https://a.example/1", "https://b.example/2", "https://c.example/3"],
      async (url) => {
        if (url.endsWith("1")) return "fast";
        controller.abort();
        await delay(50);
        return "late";
      },
      { concurrency: 1, signal: controller.signal },
    );
    expect(results.map((r) => [r.state, r.error?.code])).toEqual([
      ["done", undefined],
      ["failed", "cancelled"],
      ["failed", "cancelled"],
    ]);
  });

  it("keeps going when the progress listener throws", async () => {
    const results = await runIngestBatch(["https://a.example/1"], async () => "ok", {
      onProgress: () => {
        throw new Error("listener gone");
      },
    });
    expect(results[0]!.state).toBe("done");
  });

  it("reports every link's final state exactly once, with the running count reaching the total", async () => {
    const events: ProgressEvent[] = [];
    await runIngestBatch(["https://a.example/1", "https://a.example/1", "https://b.example/2"], async (url) => {
      if (url.includes("b")) throw new Error("no");
      return 1;
    }, { onProgress: (event) => events.push(event) });
    const byLink = statesByUrl(events);
    expect(byLink).toEqual({
      "0:https://a.example/1": ["queued", "fetching", "done"],
      "1:https://a.example/1": ["queued", "duplicate"],
      "2:https://b.example/2": ["queued", "fetching", "failed"],
    });
    expect(events.at(-1)?.finished).toBe(3);
  });

  it("returns an empty list for an empty batch", async () => {
    expect(await runIngestBatch([], async () => 1)).toEqual([]);
  });
});
