import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { getArticle } from "../db/articles";
import { getIndexEntry } from "../db/corpus-index";
import { addPastedArticle } from "./add-pasted-article";
import { editArticleDetails } from "./article-details";
import { setOutletKind } from "./outlet-kind";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

const TEXT = "Foreign Minister Toshimitsu Motegi met Secretary of State Antony Blinken in London on Monday. The two discussed China's activities in the East China Sea and North Korea's missile programme.";
const outletCount = async () => (await db()).outlet.count();

describe("editArticleDetails", () => {
  it("corrects the title, outlet, date and byline, keeping the outlet's site and kind, and re-indexes the article", async () => {
    const { articleId } = await addPastedArticle({ title: "Motegi meets Blinkn", outlet: "ANI Nwes", url: "https://www.aninews.in/news/world/motegi-blinken", text: TEXT });
    const before = await getArticle(articleId);
    await setOutletKind({ outletId: before!.outletId, kind: "wire" });
    const dayBefore = (await getIndexEntry(articleId))?.day;

    await editArticleDetails(articleId, { title: "  Motegi meets Blinken in London ", outlet: "ANI", publishedAt: "2021-05-03", byline: "By a staff reporter" });

    const after = await getArticle(articleId);
    expect(after).toMatchObject({ title: "Motegi meets Blinken in London", byline: "By a staff reporter", outlet: { name: "ANI", domain: "aninews.in", kind: "wire" } });
    expect(after?.publishedAt?.toISOString().slice(0, 10)).toBe("2021-05-03");
    expect(after?.outletId).not.toBe(before?.outletId);
    // The date is part of the index entry story suggestions read: rebuilt with the change.
    const entry = await getIndexEntry(articleId);
    expect(entry?.day).not.toBe(dayBefore);
    expect(entry?.day).toBe(Math.floor(Date.UTC(2021, 4, 3) / 86_400_000));
  });

  it("clears the date and byline when they are left empty", async () => {
    const { articleId } = await addPastedArticle({ title: "Talks in London", outlet: "Kyodo News", publishedAt: "2021-05-04", text: TEXT.replace("Monday", "Tuesday") });
    await editArticleDetails(articleId, { title: "Talks in London", outlet: "Kyodo News", publishedAt: "", byline: "" });
    expect(await getArticle(articleId)).toMatchObject({ publishedAt: null, byline: null });
  });

  it("refuses to move an article to an outlet that already has the same text, and changes nothing", async () => {
    const text = TEXT.replace("Monday", "Wednesday");
    await addPastedArticle({ title: "Wire copy", outlet: "Reuters", text });
    const { articleId } = await addPastedArticle({ title: "Reprint", outlet: "Daily Echo", text });
    const outlets = await outletCount();
    const refused = await editArticleDetails(articleId, { title: "Reprint, retitled", outlet: "Reuters" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).code).toBe("duplicate");
    expect((refused as UserError).message).toMatch(/Reuters already has an article with this very text/);
    expect(await getArticle(articleId)).toMatchObject({ title: "Reprint", outlet: { name: "Daily Echo" } });
    expect(await outletCount()).toBe(outlets);
  });

  it("refuses an empty title or outlet and an unreadable date, with a message, and changes nothing", async () => {
    const { articleId } = await addPastedArticle({ title: "Kept title", outlet: "Kept Outlet", text: TEXT.replace("Monday", "Thursday") });
    await expect(editArticleDetails(articleId, { title: "  ", outlet: "X" })).rejects.toThrow("Give the article a title.");
    await expect(editArticleDetails(articleId, { title: "T", outlet: " " })).rejects.toThrow(/Name the outlet/);
    await expect(editArticleDetails(articleId, { title: "T", outlet: "X", publishedAt: "last Tuesday-ish" })).rejects.toThrow(/YYYY-MM-DD/);
    expect(await getArticle(articleId)).toMatchObject({ title: "Kept title", outlet: { name: "Kept Outlet" } });
  });

  it("reports an article that no longer exists", async () => {
    await expect(editArticleDetails("no-such-article", { title: "T", outlet: "X" })).rejects.toMatchObject({ code: "not_found" });
  });
});
