import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { addPastedArticle } from "./add-pasted-article";
import { compareArticles } from "./compare-articles";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

const demo = (file: string) => readFileSync(path.join(process.cwd(), "demo", file), "utf8");

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

describe("addPastedArticle", () => {
  it("stores the seed article cleaned of its page chrome, with the raw text kept", async () => {
    const result = await addPastedArticle({ title: "Japan, US agree", outlet: "ANI", text: demo("ani-blinken-motegi.txt") });
    expect(result.status).toBe("created");
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: result.articleId }, include: { outlet: true } });
    expect(stored.outlet.name).toBe("ANI");
    expect(stored.text).toContain("Surprisingly, in the US version of the meeting's readout");
    for (const chrome of ["Open in App", "Epaper", "Disclaimer:", "Tags:", "Related Stories", "With inputs from ANI"]) expect(stored.text).not.toContain(chrome);
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe("2021-05-04");
    expect(stored.rawSource.length).toBeGreaterThan(0);
  });

  it("recognises the same article pasted again under the same outlet and stores it once", async () => {
    const text = demo("second-report-blinken-motegi.txt");
    const first = await addPastedArticle({ title: "Second", outlet: "Outlet X", text });
    const again = await addPastedArticle({ title: "Again", outlet: "Outlet X", text: `  ${text.replace(/\n/g, "\n\n")}  ` });
    expect(first.status).toBe("created");
    expect(again).toEqual({ status: "duplicate", articleId: first.articleId, reason: "same-content" });
  });

  it("stores the same text under another outlet as a syndicated copy of the first, not as a duplicate", async () => {
    const text = "TOKYO (Wire) -- The two ministers agreed on Monday to set up a joint fisheries patrol in the strait, officials said. The patrol starts in June.";
    const wire = await addPastedArticle({ title: "Fisheries patrol agreed", outlet: "Wire Agency", outletKind: "wire", text });
    const reprint = await addPastedArticle({ title: "Ministers agree fisheries patrol", outlet: "Harbour Gazette", text });
    expect(wire.status).toBe("created");
    expect(reprint).toMatchObject({ status: "created", copyOf: { articleId: wire.articleId, outlet: "Wire Agency" } });
    expect(reprint.articleId).not.toBe(wire.articleId);
    // A third outlet's reprint is a copy of the first too, and the same outlet again is a duplicate.
    const third = await addPastedArticle({ title: "Patrol", outlet: "Coast Daily", text });
    expect(third).toMatchObject({ status: "created", copyOf: { articleId: wire.articleId } });
    expect(await addPastedArticle({ title: "Again", outlet: "Harbour Gazette", text })).toEqual({ status: "duplicate", articleId: reprint.articleId, reason: "same-content" });
  });

  it("stores one article when the same text is submitted twice at the same moment", async () => {
    const text = "Officials from both countries met on Tuesday. They agreed to hold further talks next month in Tokyo.";
    const results = await Promise.all([addPastedArticle({ title: "A", outlet: "One", text }), addPastedArticle({ title: "B", outlet: "One", text })]);
    expect(results.map((r) => r.status).sort()).toEqual(["created", "duplicate"]);
    expect(await (await db()).article.count({ where: { text: { contains: "further talks next month in Tokyo" } } })).toBe(1);
  });

  it.each([
    ["empty text", { title: "T", outlet: "O", text: "  \n " }, /empty/],
    ["binary junk", { title: "T", outlet: "O", text: "%PDF-1.4\u0000\u0001\u0002\u0003binary" }, /binary/],
    ["a missing outlet", { title: "T", outlet: " ", text: "Some article text here." }, /outlet/i],
    ["a bad URL", { title: "T", outlet: "O", url: "javascript:alert(1)", text: "Some text." }, /http/],
    ["an unreadable date", { title: "T", outlet: "O", publishedAt: "next Tuesday-ish", text: "Some text." }, /date/],
  ])("refuses %s with a clear message and stores nothing", async (_name, input, message) => {
    const before = await (await db()).article.count();
    await expect(addPastedArticle(input)).rejects.toThrow(message);
    await expect(addPastedArticle(input)).rejects.toBeInstanceOf(UserError);
    expect(await (await db()).article.count()).toBe(before);
  });
});

describe("compareArticles", () => {
  it("refuses to compare an article with itself and reports unknown ids", async () => {
    const { articleId } = await addPastedArticle({ title: "Lone", outlet: "Solo", text: "A single article about a meeting in Paris on Friday." });
    await expect(compareArticles(articleId, articleId)).rejects.toThrow(/itself/);
    await expect(compareArticles(articleId, "no-such-id")).rejects.toMatchObject({ code: "not_found" });
  });
});
