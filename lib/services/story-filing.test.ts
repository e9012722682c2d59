import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { addPastedArticle } from "./add-pasted-article";
import { deleteStory, fileArticle, renameStory, storedCopyNote } from "./story-filing";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
let articleId = "";
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const added = await addPastedArticle({
    title: "Bridge closes for inspection",
    outlet: "River Post",
    text: "The old river bridge closed on Thursday for a structural inspection.\n\nEngineers expect it to reopen to traffic within ten days if no cracks are found.",
  });
  articleId = added.articleId;
});
afterAll(async () => cleanup());

const storyOf = async (id: string) => (await (await db()).article.findUniqueOrThrow({ where: { id } })).storyId;
const storyCount = async () => (await db()).story.count();

describe("fileArticle", () => {
  it("files an article under a new story, moves it to another, and takes it out of any", async () => {
    const created = await fileArticle({ articleId, storyId: "new", newTitle: "  Bridge inspection " });
    expect(await storyOf(articleId)).toBe(created.storyId);
    expect((await (await db()).story.findUniqueOrThrow({ where: { id: created.storyId! } })).title).toBe("Bridge inspection");

    const other = await fileArticle({ articleId, storyId: "new", newTitle: "Traffic in the city" });
    await fileArticle({ articleId, storyId: created.storyId });
    expect(await storyOf(articleId)).toBe(created.storyId);
    expect(other.storyId).not.toBe(created.storyId);

    expect(await fileArticle({ articleId, storyId: "" })).toEqual({ storyId: null });
    expect(await storyOf(articleId)).toBeNull();
  });

  it("refuses a new story without a title, and changes nothing", async () => {
    const before = await storyCount();
    await expect(fileArticle({ articleId, storyId: "new", newTitle: "   " })).rejects.toThrow(/Give the story a title/);
    expect(await storyCount()).toBe(before);
    expect(await storyOf(articleId)).toBeNull();
  });

  it("reports an unknown article or story as not found instead of failing inside the database", async () => {
    const before = await storyCount();
    const missingArticle = await fileArticle({ articleId: "no-such-article", storyId: "new", newTitle: "Orphan" }).catch((e: unknown) => e);
    expect(missingArticle).toBeInstanceOf(UserError);
    expect((missingArticle as UserError).code).toBe("not_found");
    expect(await storyCount()).toBe(before);
    const missingStory = await fileArticle({ articleId, storyId: "no-such-story" }).catch((e: unknown) => e);
    expect((missingStory as UserError).code).toBe("not_found");
  });
});

describe("an article added again under a story", () => {
  const paste = (storyId?: string) =>
    addPastedArticle({
      title: "Ferry timetable changes",
      outlet: "Island Times",
      storyId,
      text: "The island ferry will sail twice a day from Monday, the operator said.\n\nThe winter timetable drops the late crossing until the end of March.",
    });

  it("is filed under that story when it was in none, and the analyst is told", async () => {
    const stored = await paste();
    const { storyId } = await fileArticle({ articleId, storyId: "new", newTitle: "Island transport" });
    const again = await paste(storyId!);
    expect(again).toMatchObject({ status: "duplicate", articleId: stored.articleId, filing: { filed: true, inAskedStory: true } });
    expect(await storyOf(stored.articleId)).toBe(storyId);
    expect(storedCopyNote(again)).toBe("It is now filed under “Island transport”.");
    // Added again under the same story: nothing changes.
    const third = await paste(storyId!);
    expect(storedCopyNote(third)).toBe("It is already in “Island transport”.");
  });

  it("stays in the story it is in when added under another, and is not moved", async () => {
    const stored = await paste();
    const before = await storyOf(stored.articleId);
    expect(before).not.toBeNull();
    const { storyId: elsewhere } = await fileArticle({ articleId, storyId: "new", newTitle: "Weekend ferries" });
    const again = await paste(elsewhere!);
    expect(again).toMatchObject({ status: "duplicate", filing: { filed: false, inAskedStory: false } });
    expect(await storyOf(stored.articleId)).toBe(before);
    expect(storedCopyNote(again)).toBe("It stays in the story “Island transport” (move it from its page).");
  });

  it("says nothing more when no story was asked for", async () => {
    expect(storedCopyNote(await paste())).toBe("");
  });
});

describe("renameStory", () => {
  it("renames with the trimmed title, and refuses an empty one or an unknown story", async () => {
    const { storyId } = await fileArticle({ articleId, storyId: "new", newTitle: "Working title" });
    await renameStory(storyId!, "  River bridge closed for checks ");
    expect((await (await db()).story.findUniqueOrThrow({ where: { id: storyId! } })).title).toBe("River bridge closed for checks");
    await expect(renameStory(storyId!, "")).rejects.toThrow(/Give the story a title/);
    await expect(renameStory(storyId!, "x".repeat(301))).rejects.toThrow(/under 300/);
    await expect(renameStory("no-such-story", "Anything")).rejects.toBeInstanceOf(UserError);
  });
});

describe("deleteStory", () => {
  it("deletes the story and leaves its articles stored, filed under no story", async () => {
    const { storyId } = await fileArticle({ articleId, storyId: "new", newTitle: "Filed by mistake" });
    const before = await storyCount();
    expect(await deleteStory(storyId!)).toEqual({ articlesUnfiled: 1 });
    expect(await storyCount()).toBe(before - 1);
    expect(await storyOf(articleId)).toBeNull();
    expect(await (await db()).article.count({ where: { id: articleId } })).toBe(1);
  });

  it("reports a story that no longer exists", async () => {
    await expect(deleteStory("no-such-story")).rejects.toMatchObject({ code: "not_found" });
  });
});
