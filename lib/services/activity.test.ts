import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createStory } from "../db/story-mutations";
import { ACTIVITY_PAGE, activityAbout, listActivity, quoted, recordActivity, storyLabel } from "./activity";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup());

const alice = { username: "alice" };

describe("the activity log", () => {
  it("lists every entry once, newest first, a page at a time, even entries of the same millisecond", async () => {
    const total = ACTIVITY_PAGE * 2 + 7;
    const at = new Date("2026-12-07T02:00:00.000Z");
    // Half of them in one millisecond: paging by time alone would skip or repeat some.
    await (await db()).activity.createMany({
      data: Array.from({ length: total }, (_, i) => ({ actor: "bruno", action: "article.added", text: `added article ${i}`, subjectId: `a${i}`, at: new Date(at.getTime() + (i < total / 2 ? 0 : i)) })),
    });
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await listActivity(before);
      seen.push(...page.entries.map((e) => e.text));
      if (!page.older) break;
      before = page.older;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen[0]).toBe(`added article ${total - 1}`);
  });

  it("records who did what, links what still exists, and not what the entry deleted", async () => {
    const story = await createStory("Ferry strike ends");
    await recordActivity(alice, "story.renamed", `renamed the story “Ferry strike” to ${quoted("Ferry strike ends")}`, story.id);
    await recordActivity(alice, "article.deleted", "deleted the article “Quay closes” (Harbour Post)", "gone-article");
    const [deleted, renamed] = (await listActivity()).entries;
    expect(deleted).toMatchObject({ actor: "alice", action: "article.deleted", href: null });
    expect(renamed).toMatchObject({ actor: "alice", action: "story.renamed", text: "renamed the story “Ferry strike” to “Ferry strike ends”", href: `/stories/${story.id}` });
    expect(await storyLabel(story.id)).toBe("the story “Ferry strike ends”");
    expect(await storyLabel("no-such-story")).toBe("a story");
  });

  it("lists what was done to one article, newest first, for its page", async () => {
    await recordActivity(alice, "article.added", "added the article “Quay reopens” (Harbour Post), pasted", "quay-article");
    await recordActivity({ username: "bruno" }, "article.edited", "corrected the details of the article “Quay reopens” (Harbour Post)", "quay-article");
    await recordActivity(alice, "article.added", "added the article “Other” (Bay Herald), pasted", "other-article");
    const about = await activityAbout("quay-article");
    expect(about.map((e) => [e.actor, e.action])).toEqual([["bruno", "article.edited"], ["alice", "article.added"]]);
    expect(about.every((e) => e.href === null)).toBe(true);
  });

  it("quotes long titles cut to a readable length, on one line", () => {
    expect(quoted("Harbour\n reopens")).toBe("“Harbour reopens”");
    expect(quoted("x".repeat(300))).toHaveLength(122);
  });
});
