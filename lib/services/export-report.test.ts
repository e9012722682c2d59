import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reviewer } from "../db/reviews";
import { createStory } from "../db/story-mutations";
import { createAccount } from "./accounts/accounts";
import { exportStoryReport } from "./export-report";
import { reviewFlag } from "./flag-reviews";
import { storePasted } from "./fixtures/store-pasted";
import { getStoryOverview } from "./story-overview";
import { useTestDatabase } from "./test-database";

/** The four accounts of the Blinken–Motegi talks (the readout never names China), pasted as an analyst would. */
const ACCOUNTS = [
  ["ANI", "ani-report.txt"],
  ["Second report", "second-report.txt"],
  ["Kyodo News", "kyodo-report.txt"],
  ["State Department", "state-department-readout.txt"],
] as const;

async function pasteAccount(outlet: string, file: string, update = ""): Promise<string> {
  const raw = await readFile(new URL(`../omissions/fixtures/${file}`, import.meta.url), "utf8");
  return storePasted(outlet, raw.replace(/^# /gm, "") + update);
}

let cleanup: () => Promise<void>;
let alice: Reviewer;
let storyId = "";
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const account = await createAccount({ username: "alice", password: "correct horse battery", role: "editor" });
  alice = { id: account.id, username: account.username };
  const ids: string[] = [];
  for (const [outlet, file] of ACCOUNTS) ids.push(await pasteAccount(outlet, file));
  storyId = (await createStory("Blinken–Motegi talks", ids)).id;
}, 120_000);
afterAll(async () => cleanup());

const text = async (format: "md" | "json" | "csv", hideDismissed?: boolean) => (await exportStoryReport(storyId, format, { hideDismissed })).body.toString("utf8");

describe("a story's exports", () => {
  it("list the story's flags grouped into its items, and say how many the analyst's dismissal hides", async () => {
    const overview = await getStoryOverview(storyId);
    const flags = overview.coverage?.flags ?? [];
    const items = [...new Set(flags.map((f) => f.item))];
    // Flags that group: fewer items than flags.
    expect(items.length).toBeLessThan(flags.length);
    const before = JSON.parse(await text("json"));
    expect(before.items.map((i: { id: string }) => i.id)).toEqual(items);
    expect(before.flags).toHaveLength(flags.length);

    // The analyst dismisses the first item on the story page: the review goes on its lead flag's key.
    const lead = items[0]!;
    const grouped = flags.filter((f) => f.item === lead).length;
    await reviewFlag({ scope: overview.scope, flagKey: lead, status: "dismissed", note: "not news" }, alice);
    const md = await text("md");
    expect(md).toContain(`Omissions: ${items.length - 1} items (${flags.length - grouped} flags) (1 dismissed item hidden) (${grouped} dismissed flag${grouped === 1 ? "" : "s"} hidden)`);
    const json = JSON.parse(await text("json"));
    expect(json).toMatchObject({ hiddenItems: 1, hiddenDismissed: grouped });
    // The next item keeps its number (the page's), so a note's "item 2" still names it.
    expect(json.items[0]).toMatchObject({ number: 2, id: items[1] });
    const csv = (await text("csv")).split("\r\n").filter((line) => line.startsWith("story_flag,"));
    expect(csv).toHaveLength(flags.length - grouped);

    // Asked for everything, the export keeps the dismissed item, with its review, and hides nothing.
    const all = JSON.parse(await text("json", false));
    expect(all.items).toHaveLength(items.length);
    expect(all.items[0]).toMatchObject({ id: lead, review: { status: "dismissed", note: "not news", by: "alice" } });
    expect(all.hiddenItems).toBe(0);
    expect(await text("md", false)).not.toContain("dismissed item hidden");
  }, 120_000);

  it("give a CSV file that a spreadsheet reads as UTF-8: a byte-order mark, then the header row", async () => {
    const body = Buffer.from((await exportStoryReport(storyId, "csv")).body);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.subarray(3).toString("utf8").split("\r\n")[0]).toMatch(/^row_type,comparison,/);
  });
});

describe("a story with two articles of one outlet", () => {
  it("names them in its comparisons as its article table does, and counts the outlet once in the file name", async () => {
    const ids: string[] = [];
    for (const [outlet, file] of [["ANI", "ani-report.txt"], ["ANI", "second-report.txt"], ["Kyodo News", "kyodo-report.txt"]] as const) ids.push(await pasteAccount(outlet, file, "\n\nThe two ministers spoke again on Wednesday."));
    const story = await createStory("Blinken Motegi call, day two", ids);
    const md = await exportStoryReport(story.id, "md");
    const body = md.body.toString("utf8");
    expect(body).toContain("| 1 | ANI (1) |");
    expect(body).toContain("## Comparison: ANI (1) vs ANI (2)");
    expect(body).toContain("## Comparison: ANI (1) vs Kyodo News");
    expect(body).not.toContain("ANI vs ANI");
    expect(body).not.toMatch(/ANI \([AB]\)/);
    expect(md.fileName).toBe("2024-03-04-blinken-motegi-call-day-two-ani-kyodo-news.md");
  }, 120_000);
});
