import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStorySummaries, listStoriesPage } from "../db/stories";
import { createStory } from "../db/story-mutations";
import { exportStoryReport } from "./export-report";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { storePasted, textOf } from "./fixtures/store-pasted";
import { getStoryOverview } from "./story-overview";
import { cleanSummary, saveStorySummary, SUMMARY_MAX_CHARS } from "./story-summary";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup());

const alice = { username: "alice" };
const bruno = { username: "bruno" };

const add = storePasted;

describe("the analyst's summary of a story", () => {
  it("is saved under the editor's name, shown with the story, and changing it never re-analyses the story", async () => {
    const storyId = (await createStory("Harbour reopens", [await add("Coastal Ledger", textOf(harbourA)), await add("Fjord Courier", textOf(harbourB))])).id;
    const before = await getStoryOverview(storyId);
    expect(before.story.summary).toBeNull();
    expect(before.story.summaryVersion).toBe("");

    const saved = await saveStorySummary({ storyId, text: "  Only the Ledger names the harbourmaster.\r\n\r\nThe Courier leaves out the date.  ", version: "" }, alice);
    expect(saved.status).toBe("saved");
    const after = await getStoryOverview(storyId);
    expect(after.story.summary).toMatchObject({ text: "Only the Ledger names the harbourmaster.\n\nThe Courier leaves out the date.", author: "alice" });
    expect(after.story.summaryVersion).toBe(saved.version);
    expect(after.coverage).toBe(before.coverage);
  });

  it("never lets a second editor overwrite a save they did not see; they get the text that won", async () => {
    const storyId = (await createStory("Two editors")).id;
    const first = await saveStorySummary({ storyId, text: "Draft one.", version: "" }, alice);
    if (first.status !== "saved") throw new Error("first save refused");
    // Both open the page at the first version; Alice saves first.
    const alices = await saveStorySummary({ storyId, text: "Alice's conclusion.", version: first.version }, alice);
    expect(alices.status).toBe("saved");
    const brunos = await saveStorySummary({ storyId, text: "Bruno's conclusion.", version: first.version }, bruno);
    expect(brunos).toMatchObject({ status: "conflict", current: { text: "Alice's conclusion.", author: "alice" } });
    expect((await getStoryOverview(storyId)).story.summary?.text).toBe("Alice's conclusion.");
    // Saving again from the version the conflict named replaces it, knowingly.
    const merged = await saveStorySummary({ storyId, text: "Alice's and Bruno's conclusion.", version: brunos.version }, bruno);
    expect(merged.status).toBe("saved");
    expect((await getStoryOverview(storyId)).story.summary).toMatchObject({ text: "Alice's and Bruno's conclusion.", author: "bruno" });
  });

  it("is removed by saving an empty box, and a save from before the removal is refused", async () => {
    const storyId = (await createStory("Cleared")).id;
    const first = await saveStorySummary({ storyId, text: "To be removed.", version: "" }, alice);
    const cleared = await saveStorySummary({ storyId, text: " \n ", version: first.version }, alice);
    expect(cleared).toMatchObject({ status: "saved", summary: null });
    expect((await getStoryOverview(storyId)).story.summary).toBeNull();
    const late = await saveStorySummary({ storyId, text: "Written before the removal.", version: first.version }, bruno);
    expect(late).toMatchObject({ status: "conflict", current: null });
  });

  it("refuses a summary over the limit, a forged version and a deleted story, changing nothing", async () => {
    const storyId = (await createStory("Limits")).id;
    const saved = await saveStorySummary({ storyId, text: "Kept.", version: "" }, alice);
    await expect(saveStorySummary({ storyId, text: "x".repeat(SUMMARY_MAX_CHARS + 1), version: saved.version }, alice)).rejects.toThrow(/under 10,000 characters/);
    await expect(saveStorySummary({ storyId, text: "Forged.", version: "yesterday" }, alice)).rejects.toBeInstanceOf(UserError);
    await expect(saveStorySummary({ storyId: "no-such-story", text: "Lost?", version: "" }, alice)).rejects.toThrow(/no longer exists/);
    expect((await getStoryOverview(storyId)).story.summary?.text).toBe("Kept.");
  });

  it("shows its first paragraph, cut at a word, under the story on the home page's list", async () => {
    const storyId = (await createStory("Listed")).id;
    const long = `${"The ferry operator's own figures ".repeat(10)}end.`;
    await saveStorySummary({ storyId, text: `${long}\n\nSecond paragraph, not listed.`, version: "" }, alice);
    const row = (await listStoriesPage(1, 20)).items.find((s) => s.id === storyId);
    expect(row?.summaryLead).toMatch(/^The ferry operator's own figures .*figures…$/);
    expect(row?.summaryLead?.length).toBeLessThanOrEqual(200);
    expect(row?.summaryLead).not.toContain("Second paragraph");
    const bare = (await listStoriesPage(1, 20)).items.find((s) => s.title === "Two editors");
    expect(bare?.summaryLead).toBe("Alice's and Bruno's conclusion.");
    // A summary at its full length, one paragraph: the list reads its start and shows the same cut.
    const huge = (await createStory("Long read")).id;
    await saveStorySummary({ storyId: huge, text: "Port figures disagree. ".repeat(430).trim(), version: "" }, alice);
    const lead = (await listStoriesPage(1, 20)).items.find((s) => s.id === huge)?.summaryLead;
    expect(lead).toMatch(/^Port figures disagree\. .*…$/);
    expect(lead?.length).toBeLessThanOrEqual(200);
    expect((await getStorySummaries([huge, storyId])).map((s) => s.summaryLead)).toEqual([lead, row?.summaryLead]);
  });

  it("drops control characters a paste can carry, keeping tabs and line breaks", () => {
    expect(cleanSummary("Line one\u0007\u001b[0m\tcolumn\nLine two\u0000")).toBe("Line one[0m\tcolumn\nLine two");
    expect(cleanSummary("   ")).toBeNull();
  });

  it("heads every story report, as text that cannot run", async () => {
    const storyId = (await createStory("Report", [await add("Harbour Times", textOf(harbourA)), await add("Bay Herald", textOf(harbourB))])).id;
    await saveStorySummary({ storyId, text: "The Herald omits the cost.\n\n<img src=x onerror=alert(1)> [link](javascript:alert(1))", version: "" }, alice);
    const md = (await exportStoryReport(storyId, "md")).body.toString("utf8");
    expect(md.indexOf("## Analyst's summary")).toBeLessThan(md.indexOf("## Articles"));
    expect(md).toContain("The Herald omits the cost.");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt; \\[link\\](javascript:alert(1))");
    expect(md).toMatch(/Saved by alice, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    const html = (await exportStoryReport(storyId, "html")).body.toString("utf8");
    expect(html).toContain("<p>The Herald omits the cost.</p>");
    expect(html).not.toContain("<img src=x");
    const json = JSON.parse((await exportStoryReport(storyId, "json")).body.toString("utf8"));
    expect(json.summary).toMatchObject({ text: expect.stringContaining("The Herald omits the cost."), author: "alice" });
    const csv = (await exportStoryReport(storyId, "csv")).body.toString("utf8");
    expect(csv.split("\r\n")[1]).toMatch(/^summary,/);
  });
});
