import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStory } from "../db/story-mutations";
import { createAccount } from "./accounts/accounts";
import { editArticleDetails } from "./article-details";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { storePasted, textOf } from "./fixtures/store-pasted";
import { reviewFlag } from "./flag-reviews";
import { compareArticles } from "./compare-articles";
import { getReportExportView, latestReportExportId, readReportExportFile, reportExportJobKind, startReportExport, type ReportExportRequest } from "./report-exports";
import { saveStorySummary } from "./story-summary";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup());

const alice = { username: "alice" };

/** Starts an export and runs its job here, as the queue's worker would; returns the export id. */
async function prepare(request: ReportExportRequest): Promise<string> {
  const { id } = await startReportExport(request);
  await reportExportJobKind({ exportConcurrency: 1, analysisBudgetMs: 30_000 }).run({ exportId: id }, { jobId: "test", attempt: 1, signal: new AbortController().signal });
  return id;
}

describe("a report prepared in the background", () => {
  it("is offered while the story is unchanged, and reported out of date once its summary changes", async () => {
    const storyId = (await createStory("Harbour reopens", [await storePasted("Coastal Ledger", textOf(harbourA)), await storePasted("Fjord Courier", textOf(harbourB))])).id;
    const first = await saveStorySummary({ storyId, text: "The Courier leaves out the date.", version: "" }, alice);
    if (first.status !== "saved") throw new Error("summary not saved");

    const id = await prepare({ subject: "story", subjectId: storyId, format: "md" });
    expect(await getReportExportView(id)).toMatchObject({ state: "ready", stale: false });
    expect((await readReportExportFile(id)).body.toString()).toContain("The Courier leaves out the date.");

    await saveStorySummary({ storyId, text: "Only the Ledger names the harbourmaster.", version: first.version }, alice);
    expect(await getReportExportView(id)).toMatchObject({ state: "ready", stale: true });
    // Its address, kept from before, no longer hands over the old file.
    await expect(readReportExportFile(id)).rejects.toMatchObject({
      code: "outdated",
      message: "The story has changed since this file was prepared, so it is out of date. Prepare it again from the story page.",
      details: { subject: "story", subjectId: storyId },
    });

    // A new one is made from the story as it is now, and is current.
    const again = await prepare({ subject: "story", subjectId: storyId, format: "md" });
    expect(again).not.toBe(id);
    expect(await getReportExportView(again)).toMatchObject({ state: "ready", stale: false });
    expect((await readReportExportFile(again)).body.toString()).toContain("Only the Ledger names the harbourmaster.");
  });

  it("is found again by a page opened afresh, as the newest of its story's files, so the page can say it is out of date", async () => {
    const storyId = (await createStory("Harbour dues", [await storePasted("Dues Ledger", textOf(harbourA)), await storePasted("Dues Courier", textOf(harbourB))])).id;
    expect(await latestReportExportId({ subject: "story", subjectId: storyId, format: "pdf" })).toBeNull();
    const older = await prepare({ subject: "story", subjectId: storyId, format: "md" });
    const newer = await prepare({ subject: "story", subjectId: storyId, format: "md" });
    expect(newer).not.toBe(older);
    expect(await latestReportExportId({ subject: "story", subjectId: storyId, format: "md" })).toBe(newer);
    // Another format's, or another story's, is not this one.
    expect(await latestReportExportId({ subject: "story", subjectId: storyId, format: "pdf" })).toBeNull();
    await saveStorySummary({ storyId, text: "The dues rise in May.", version: "" }, alice);
    expect(await getReportExportView((await latestReportExportId({ subject: "story", subjectId: storyId, format: "md" }))!)).toMatchObject({ state: "ready", stale: true });
  });

  it("of a story is out of date once one of its articles is edited", async () => {
    const ledger = await storePasted("Harbour Ledger", textOf(harbourA));
    const storyId = (await createStory("Harbour repairs", [ledger, await storePasted("Harbour Courier", textOf(harbourB))])).id;
    const beforeDetails = await prepare({ subject: "story", subjectId: storyId, format: "md" });
    await editArticleDetails(ledger, { title: "Harbour reopens after repairs", outlet: "Harbour Ledger", publishedAt: "2024-03-04" });
    expect(await getReportExportView(beforeDetails)).toMatchObject({ stale: true });
    await expect(readReportExportFile(beforeDetails)).rejects.toMatchObject({ code: "outdated" });
  });

  it("of a comparison is out of date once a flag of the pair is reviewed", async () => {
    const account = await createAccount({ username: "bruno", password: "correct horse battery", role: "editor" });
    const a = await storePasted("Pier Ledger", textOf(harbourA));
    const b = await storePasted("Pier Courier", textOf(harbourB));
    const id = await prepare({ subject: "comparison", subjectId: `${a}:${b}`, format: "md" });
    expect(await getReportExportView(id)).toMatchObject({ state: "ready", stale: false });

    const { comparison, swappedKeys } = await compareArticles(a, b);
    const flag = comparison.omissions[0];
    if (!flag) throw new Error("fixture pair has no flags");
    await reviewFlag({ scope: `cmp:${a}:${b}`, flagKey: flag.key, swappedKey: swappedKeys.get(flag.key), status: "dismissed" }, { id: account.id, username: account.username });
    expect(await getReportExportView(id)).toMatchObject({ stale: true });
    await expect(readReportExportFile(id)).rejects.toMatchObject({ code: "outdated", message: expect.stringContaining("Prepare it again from the comparison page."), details: { subject: "comparison", subjectId: `${a}:${b}` } });
  });
});
