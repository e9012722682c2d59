import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteArticle } from "../db/article-mutations";
import { createStory } from "../db/story-mutations";
import { addPastedArticle } from "./add-pasted-article";
import { ACTIVITY_PAGE, activityActors, activityAbout, listActivity, quoted, recordActivity, reextractedText, storyLabel } from "./activity";
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

  it("links an entry to its article only while the article exists", async () => {
    const { articleId } = await addPastedArticle({ title: "Quay works begin", outlet: "Harbour Post", text: "Work on the north quay began on Monday and will take two years, the port authority said in a statement." });
    await recordActivity(alice, "article.added", "added the article “Quay works begin” (Harbour Post), pasted", articleId);
    await recordActivity(alice, "article.edited", "corrected the details of the article “Quay works begin” (Harbour Post)", articleId);
    const hrefs = async () => (await listActivity()).entries.filter((e) => e.text.includes("Quay works begin")).map((e) => e.href);
    expect(await hrefs()).toEqual([`/articles/${articleId}`, `/articles/${articleId}`]);
    await deleteArticle(articleId);
    await recordActivity(alice, "article.deleted", "deleted the article “Quay works begin” (Harbour Post)", articleId);
    // Each entry stays, named as it was; none leads to a page that is gone.
    expect(await hrefs()).toEqual([null, null, null]);
  });

  it("lists what was done to one article, newest first, for its page", async () => {
    await recordActivity(alice, "article.added", "added the article “Quay reopens” (Harbour Post), pasted", "quay-article");
    await recordActivity({ username: "bruno" }, "article.edited", "corrected the details of the article “Quay reopens” (Harbour Post)", "quay-article");
    await recordActivity(alice, "article.added", "added the article “Other” (Bay Herald), pasted", "other-article");
    const about = await activityAbout("quay-article");
    expect(about.map((e) => [e.actor, e.action])).toEqual([["bruno", "article.edited"], ["alice", "article.added"]]);
    expect(about.every((e) => e.href === null)).toBe(true);
  });

  it("keeps to one person's entries, one kind, or both, page after page", async () => {
    const at = new Date("2026-12-07T05:00:00.000Z");
    // Carla adds articles and renames stories; Dmitri (on the command line) manages accounts and adds articles too.
    const dmitri = "dmitri (command line)";
    await (await db()).activity.createMany({
      data: Array.from({ length: ACTIVITY_PAGE + 10 }, (_, i) => [
        { actor: "carla", action: "article.added", text: `carla added ${i}`, at: new Date(at.getTime() + i) },
        { actor: "carla", action: "story.renamed", text: `carla renamed ${i}`, at: new Date(at.getTime() + i) },
        { actor: dmitri, action: i % 2 ? "articles.imported" : "account.created", text: `dmitri ${i}`, at: new Date(at.getTime() + i) },
      ]).flat(),
    });
    const all = async (query: { who?: string; what?: string }) => {
      const texts: string[] = [];
      let before: string | undefined;
      do {
        const page = await listActivity(before, query);
        texts.push(...page.entries.map((e) => e.text));
        before = page.older ?? undefined;
      } while (before);
      return texts;
    };
    const carlas = await all({ who: "carla" });
    expect(carlas).toHaveLength(2 * (ACTIVITY_PAGE + 10));
    expect(carlas.every((t) => t.startsWith("carla"))).toBe(true);
    const renames = await all({ who: "carla", what: "stories" });
    expect(renames).toHaveLength(ACTIVITY_PAGE + 10);
    expect(renames[0]).toBe(`carla renamed ${ACTIVITY_PAGE + 9}`);
    // "Articles" holds an import as well as one article added.
    const dmitrisArticles = await all({ who: dmitri, what: "articles" });
    expect(dmitrisArticles).toEqual(Array.from({ length: ACTIVITY_PAGE + 10 }, (_, k) => ACTIVITY_PAGE + 9 - k).filter((i) => i % 2).map((i) => `dmitri ${i}`));
    expect((await all({ what: "accounts" })).every((t) => t.startsWith("dmitri"))).toBe(true);
    // An unknown kind or nobody's name: the whole log, or nothing, never an error.
    expect((await listActivity(undefined, { what: "constructor" })).entries).toHaveLength(ACTIVITY_PAGE);
    expect((await listActivity(undefined, { who: "nobody" })).entries).toEqual([]);
    expect(await activityActors()).toEqual(expect.arrayContaining(["carla", dmitri]));
    const actors = await activityActors();
    expect(actors).toEqual([...actors].sort());
  });

  it("names the article a re-extraction was of, as it is titled now", async () => {
    const { articleId } = await addPastedArticle({ title: "Ledger on the derailment", outlet: "The Ledger Review", text: "The derailment near Kessingford killed seven people and injured 43, the rail authority said on Tuesday evening." });
    expect(await reextractedText(articleId, false)).toBe("re-extracted the article “Ledger on the derailment” (The Ledger Review) from its kept page (its text is the same)");
    expect(await reextractedText(articleId, true)).toMatch(/^re-extracted the article “Ledger on the derailment” \(The Ledger Review\) from its kept page \(its text changed\)$/);
    await deleteArticle(articleId);
    expect(await reextractedText(articleId, true)).toBe("re-extracted an article from its kept page (its text changed)");
  });

  it("quotes long titles cut to a readable length, on one line", () => {
    expect(quoted("Harbour\n reopens")).toBe("“Harbour reopens”");
    expect(quoted("x".repeat(300))).toHaveLength(122);
  });
});
