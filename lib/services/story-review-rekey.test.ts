import { describe, expect, it } from "vitest";
import { setArticleStory } from "../db/article-mutations";
import { db } from "../db/client";
import { beginStoryWrite, endStoryWrite, getPendingRekey, settleRekey, STORY_REKEY_JOB, WRITE_LEASE_MS } from "../db/review-rekeys";
import { listReviewsIn } from "../db/reviews";
import { listStoryArticleIds } from "../db/stories";
import { createStory } from "../db/story-mutations";
import { addPastedArticle, addPastedArticles } from "./add-pasted-article";
import { reviewFlag } from "./flag-reviews";
import { harbourStoryReports } from "./fixtures/harbour-story-reports";
import { storePasted } from "./fixtures/store-pasted";
import { fileArticle } from "./story-filing";
import { joiningStory } from "./story-joins";
import { getStoryOverview } from "./story-overview";
import { storyReviewKeyWithout } from "./story-review-keys";
import { withEditorDatabase } from "./fixtures/editor-database";
import { JobWorker } from "../jobs/job-worker";
import { storyRekeyJobKind } from "./story-rekey-job";
import { getReportExportView, reportExportJobKind, startReportExport } from "./report-exports";

const editor = withEditorDatabase();

type Outlet = keyof typeof harbourStoryReports;
const textOf = (outlet: Outlet) => harbourStoryReports[outlet].join("\n\n");
type Flag = NonNullable<Awaited<ReturnType<typeof getStoryOverview>>["coverage"]>["flags"][number];
const findingOf = (flag: { key: string }) => flag.key.slice(0, flag.key.lastIndexOf(":absent:"));

/** The Ledger, the Courier and the Gazette, the wall passage (left out by the Gazette) reviewed. */
async function reviewedStory(tag: string) {
  const ids = await Promise.all((["Coastal Ledger", "Fjord Courier", "Island Gazette"] as const).map((o) => storePasted(`${o}${tag}`, textOf(o))));
  const storyId = (await createStory(`Harbour reopens${tag}`, ids)).id;
  const wall = (await getStoryOverview(storyId)).coverage?.flags.find((f) => f.kind === "passage" && f.text.includes("rebuilt section of the wall"));
  expect(wall?.absentFrom).toEqual([ids[2]]);
  expect((await reviewFlag({ scope: `story:${storyId}`, flagKey: wall!.key, status: "confirmed", note: "Checked.", version: null }, editor.reviewer)).status).toBe("saved");
  return { storyId, ids, wall: wall! };
}

/** The stored reviews of the story by key, read from the table (no analysis, no move). */
const storedKeys = async (storyId: string) => [...((await listReviewsIn([`story:${storyId}`])).get(`story:${storyId}`)?.keys() ?? [])];

/** The wall finding and its review as the story page shows them. */
async function wallNow(storyId: string, wall: Flag) {
  const overview = await getStoryOverview(storyId);
  const flag = overview.coverage?.flags.find((f) => findingOf(f) === findingOf(wall));
  return { flag, review: flag && overview.reviews.get(flag.key) };
}

/** An outlet's report (the Ministry's leaves the wall out, the Courier's has it), told apart by a count of its own so no two are copies. */
const reportOf = (outlet: Outlet, tag: string, n: number) => ({
  title: `${outlet} report ${n}`,
  outlet: `${outlet}${tag} ${n}`,
  text: `${textOf(outlet)}\n\nHarbour master Nils Berg${n} counted ${10 + n} boats back at the quay on Monday.`,
  publishedAt: "2024-03-04",
});

describe("a story's reviews follow their findings on its next view, not in the join", () => {
  it("returns from the join with the reviews where they were and the story marked; the next view moves them", async () => {
    const { storyId, ids, wall } = await reviewedStory(" (r1)");
    const ministry = await storePasted("Fisheries Ministry (r1)", textOf("Fisheries Ministry"));
    await fileArticle({ articleId: ministry, storyId });

    // The join did not analyse the story: the review is under its old key, and the story says its keys are for its three first articles.
    expect(await storedKeys(storyId)).toEqual([wall.key]);
    expect((await getPendingRekey(storyId))?.keyedFor.sort()).toEqual([...ids].sort());

    const now = await wallNow(storyId, wall);
    expect(now.flag?.absentFrom.sort()).toEqual([ids[2], ministry].sort());
    expect(now.review).toMatchObject({ status: "confirmed", note: "Checked." });
    expect(await storedKeys(storyId)).toEqual([now.flag!.key]);
    expect(await getPendingRekey(storyId)).toBeNull();
  }, 120_000);

  it("carries the reviews over once for articles joined one by one and in a batch, to the finding as it is after all of them", async () => {
    const { storyId, ids, wall } = await reviewedStory(" (r2)");
    const joined: string[] = [];
    // Two reprints of the Courier's report (with the wall) and the Ministry's (without it).
    for (const [outlet, n] of [["Fjord Courier", 1], ["Fisheries Ministry", 2]] as const) {
      const added = await addPastedArticle({ ...reportOf(outlet, " (r2)", n), storyId });
      expect(added.status).toBe("created");
      joined.push(added.articleId);
    }
    const batch = await addPastedArticles([3, 4].map((n) => ({ ...reportOf("Fjord Courier", " (r2)", n), storyId })));
    for (const result of batch) joined.push(result.status === "created" ? result.articleId : "not stored");

    // Four joins, no move yet: the mark still names the story as it was before the first.
    expect(await storedKeys(storyId)).toEqual([wall.key]);
    const pending = await getPendingRekey(storyId);
    expect(pending?.keyedFor.sort()).toEqual([...ids].sort());
    expect(new Set(pending?.changed)).toEqual(new Set(joined));

    const now = await wallNow(storyId, wall);
    // Left out by the Gazette and, now, the Ministry too.
    expect(now.flag?.absentFrom.sort()).toEqual([ids[2]!, joined[1]!].sort());
    expect(now.review?.status).toBe("confirmed");
    expect(await getPendingRekey(storyId)).toBeNull();
  }, 120_000);

  it("leaves the mark when the server stops right after the join, and the next view honours it", async () => {
    const { storyId, ids, wall } = await reviewedStory(" (r3)");
    const ministry = await storePasted("Fisheries Ministry (r3)", textOf("Fisheries Ministry"));
    // The join as story-joins.ts makes it, up to its write: marked first, then the article filed.
    const began = new Date();
    await beginStoryWrite(storyId, await listStoryArticleIds(storyId), [], began);
    await setArticleStory(ministry, storyId, storyReviewKeyWithout);
    // Nothing after the write runs: the process is gone.
    expect(await storedKeys(storyId)).toEqual([wall.key]);

    const now = await wallNow(storyId, wall);
    expect(now.flag?.absentFrom.sort()).toEqual([ids[2], ministry].sort());
    expect(now.review?.status).toBe("confirmed");
    // The stopped write may still have been alive: the mark stays, keyed for the story as it is now, until its lease runs out.
    const left = (await getPendingRekey(storyId))!;
    expect(left.keyedFor.sort()).toEqual([...ids, ministry].sort());
    expect(await settleRekey(storyId, left, [...ids, ministry], new Date(began.getTime() + WRITE_LEASE_MS + 1))).toBe("cleared");
    expect(await storedKeys(storyId)).toEqual([now.flag!.key]);
  }, 120_000);

  it("ends the join's write when it fails part way, so what it filed is noted and the mark can go", async () => {
    const { storyId, ids, wall } = await reviewedStory(" (r5)");
    const ministry = await storePasted("Fisheries Ministry (r5)", textOf("Fisheries Ministry"));
    const failed = new Error("the second link of the batch failed");
    await expect(
      joiningStory(storyId, async () => {
        expect(await getPendingRekey(storyId)).not.toBeNull();
        await setArticleStory(ministry, storyId, storyReviewKeyWithout);
        throw failed;
      }),
    ).rejects.toBe(failed);
    expect((await getPendingRekey(storyId))?.changed).toEqual([ministry]);
    const now = await wallNow(storyId, wall);
    expect(now.flag?.absentFrom.sort()).toEqual([ids[2], ministry].sort());
    expect(now.review?.status).toBe("confirmed");
    expect(await getPendingRekey(storyId)).toBeNull();
  }, 120_000);

  it("keeps for the next view what joined while the reviews were being moved", async () => {
    const { storyId, ids } = await reviewedStory(" (r4)");
    const ministry = await storePasted("Fisheries Ministry (r4)", textOf("Fisheries Ministry"));
    await fileArticle({ articleId: ministry, storyId });
    const done = (await getPendingRekey(storyId))!;
    // The reviews were moved for the story with the Ministry; meanwhile another statement joined.
    const later = await storePasted("Fisheries Ministry (r4) 2", reportOf("Fisheries Ministry", " (r4)", 2).text);
    const write = await beginStoryWrite(storyId, [...ids, ministry]);
    await setArticleStory(later, storyId);
    await endStoryWrite(storyId, write, [later], [...ids, ministry]);
    await settleRekey(storyId, done, [...ids, ministry]);
    expect(await getPendingRekey(storyId)).toMatchObject({ keyedFor: [...ids, ministry], changed: [later], writing: [] });

    // Nothing since: the mark goes.
    const next = (await getPendingRekey(storyId))!;
    await settleRekey(storyId, next, [...ids, ministry, later]);
    expect(await getPendingRekey(storyId)).toBeNull();
  }, 120_000);
});

/** Waits until `check` holds, polling the database as a page would. */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a story's reviews follow their findings in the background, without a view", () => {
  it("moves them by the job queued with the join, for a story nobody opens", async () => {
    const { storyId, ids, wall } = await reviewedStory(" (j1)");
    const ministry = await storePasted("Fisheries Ministry (j1)", textOf("Fisheries Ministry"));
    await fileArticle({ articleId: ministry, storyId });
    expect(await storedKeys(storyId)).toEqual([wall.key]);

    // Due a few seconds after the join, so the joins of a batch share it; here the wait is skipped.
    const queued = await (await db()).job.updateMany({ where: { kind: STORY_REKEY_JOB, concurrencyKey: storyId, state: "queued" }, data: { runAfter: new Date() } });
    expect(queued.count).toBe(1);
    const worker = new JobWorker({ kinds: [storyRekeyJobKind({ analysisBudgetMs: 60_000 })], leaseMs: 10_000, pollMs: 50, log: () => undefined });
    worker.start();
    try {
      await waitFor(async () => (await getPendingRekey(storyId)) === null);
      const jobs = await (await db()).job.findMany({ where: { kind: STORY_REKEY_JOB, concurrencyKey: storyId }, select: { state: true } });
      expect(jobs.map((j) => j.state)).toEqual(["done"]);
    } finally {
      await worker.stop(5_000);
    }
    // Read from the table, not through a view: the review is under the key its finding has now.
    const [moved] = await storedKeys(storyId);
    expect(moved).not.toBe(wall.key);
    const now = await wallNow(storyId, wall);
    expect(now.flag?.absentFrom.sort()).toEqual([ids[2], ministry].sort());
    expect(now.flag?.key).toBe(moved);
    expect(now.review?.status).toBe("confirmed");
  }, 120_000);

  it("prepares a report of a story with reviews still to move that is current once ready", async () => {
    const { storyId } = await reviewedStory(" (j2)");
    const ministry = await storePasted("Fisheries Ministry (j2)", textOf("Fisheries Ministry"));
    await fileArticle({ articleId: ministry, storyId });
    const { id } = await startReportExport({ subject: "story", subjectId: storyId, format: "md" });
    await reportExportJobKind({ exportConcurrency: 1, analysisBudgetMs: 60_000 }).run({ exportId: id }, { jobId: "test", attempt: 1, signal: new AbortController().signal });
    expect(await getPendingRekey(storyId)).toBeNull();
    expect(await getReportExportView(id)).toMatchObject({ state: "ready", stale: false });
  }, 120_000);
});
