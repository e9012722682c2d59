import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harbourA } from "../services/fixtures/harbour-pair";
import { storePasted, textOf } from "../services/fixtures/store-pasted";
import { useTestDatabase } from "../services/test-database";
import { setArticleStory } from "./article-mutations";
import { db } from "./client";
import { beginStoryWrite, endStoryWrite, getPendingRekey, SETTLE_DELAY_MS, settleRekey, STORY_REKEY_JOB, WRITE_LEASE_MS } from "./review-rekeys";
import { listStoryArticleIds } from "./stories";
import { createStory } from "./story-mutations";

let cleanup: () => Promise<void>;
beforeAll(async () => ({ cleanup } = await useTestDatabase()));
afterAll(async () => cleanup());

/** A story of two stored articles and a third, not yet in it; each text told apart by `tag`. */
async function storyAndNewcomer(tag: string) {
  const text = (n: number) => `${textOf(harbourA)}\n\nHarbour note ${tag} ${n}: ${n + 3} boats waited at the quay.`;
  const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map((n) => storePasted(`Outlet ${tag} ${n}`, text(n))));
  const storyId = (await createStory(`Story ${tag}`, [a!, b!])).id;
  return { storyId, members: [a!, b!], newcomer: c!, second: d! };
}

/** A whole join as story-joins.ts makes it: marked, written, noted. */
async function join(storyId: string, articleId: string) {
  const members = await listStoryArticleIds(storyId);
  const writeId = await beginStoryWrite(storyId, members);
  await setArticleStory(articleId, storyId);
  await endStoryWrite(storyId, writeId, [articleId], members);
}

const queuedRekeys = async (storyId: string) =>
  (await db()).job.findMany({ where: { kind: STORY_REKEY_JOB, concurrencyKey: storyId, state: "queued" }, select: { payload: true, runAfter: true } });

describe("a story's mark of reviews to move", () => {
  it("stays when a second join marks while a settle is under way, and goes once that join is settled", async () => {
    const { storyId, members, newcomer, second } = await storyAndNewcomer("v1");
    await join(storyId, newcomer);
    // A settle reads the mark and analyses the story with the newcomer…
    const read = (await getPendingRekey(storyId))!;
    // …meanwhile a second join marks the story (its article not written yet)…
    const secondWrite = await beginStoryWrite(storyId, await listStoryArticleIds(storyId));
    // …and the settle, done, would clear the mark: it must not.
    expect(await settleRekey(storyId, read, [...members, newcomer])).toBe("kept");
    const kept = await getPendingRekey(storyId);
    expect(kept?.keyedFor.sort()).toEqual([...members, newcomer].sort());
    expect(kept?.writing.map((w) => w.id)).toEqual([secondWrite]);

    // The second join lands and ends: noted, and the next settle (which sees it) clears the mark.
    await setArticleStory(second, storyId);
    await endStoryWrite(storyId, secondWrite, [second], [...members, newcomer]);
    const next = (await getPendingRekey(storyId))!;
    // The first join's note stays too: a write was under way when it was carried over.
    expect(next.changed).toEqual([newcomer, second]);
    expect(await settleRekey(storyId, next, [...members, newcomer, second])).toBe("cleared");
    expect(await getPendingRekey(storyId)).toBeNull();
  });

  it("is not cleared by a settle while a join's write is under way, so a stop before the join notes its article loses nothing", async () => {
    const { storyId, members, newcomer } = await storyAndNewcomer("v2");
    const began = new Date();
    // The join marks first, then a settle reads the mark and analyses the story before the article lands.
    await beginStoryWrite(storyId, members, [], began);
    const read = (await getPendingRekey(storyId))!;
    expect(await settleRekey(storyId, read, members, began)).toBe("kept");
    // The article lands; the process stops before the join notes it.
    await setArticleStory(newcomer, storyId);

    // The mark is there, keyed for the story without the newcomer: the next settle moves the reviews for it.
    const left = (await getPendingRekey(storyId))!;
    expect(left.keyedFor.sort()).toEqual([...members].sort());
    // A settle is queued for when the stopped write's lease runs out.
    expect((await queuedRekeys(storyId)).map((j) => j.runAfter.getTime())).toEqual([began.getTime() + WRITE_LEASE_MS]);
    // Until then the write may still be alive: kept. After it, the settle that saw the newcomer clears the mark.
    expect(await settleRekey(storyId, left, [...members, newcomer], new Date(began.getTime() + WRITE_LEASE_MS - 1))).toBe("kept");
    const later = (await getPendingRekey(storyId))!;
    expect(await settleRekey(storyId, later, [...members, newcomer], new Date(began.getTime() + WRITE_LEASE_MS + 1))).toBe("cleared");
    expect(await getPendingRekey(storyId)).toBeNull();
  });

  it("is cleared only at the version it was read at (a note since keeps it)", async () => {
    const { storyId, members, newcomer } = await storyAndNewcomer("v3");
    await join(storyId, newcomer);
    const read = (await getPendingRekey(storyId))!;
    // The newcomer is re-extracted meanwhile (noted as changed, its write begun and ended).
    const write = await beginStoryWrite(storyId, [...members, newcomer], [newcomer]);
    await endStoryWrite(storyId, write, [newcomer], [...members, newcomer]);
    expect(await settleRekey(storyId, read, [...members, newcomer])).toBe("kept");
    expect((await getPendingRekey(storyId))?.changed).toEqual([newcomer, newcomer]);
  });

  it("keeps a re-extraction's note while its new text may still land, so a stop after the update still moves the reviews", async () => {
    const { storyId, members } = await storyAndNewcomer("v6");
    const [changing] = members;
    const began = new Date();
    // Noted before the new text is stored; a settle reads the mark and analyses the old text.
    await beginStoryWrite(storyId, members, [changing!], began);
    const read = (await getPendingRekey(storyId))!;
    expect(await settleRekey(storyId, read, members, began)).toBe("kept");
    // The new text lands; the process stops before the re-extraction ends. The note is still there for the next settle.
    const left = (await getPendingRekey(storyId))!;
    expect(left.changed).toEqual([changing]);
    expect(await settleRekey(storyId, left, members, new Date(began.getTime() + WRITE_LEASE_MS + 1))).toBe("cleared");
  });

  it("counts an article that left and joins again as joining, even when the join stops before noting it", async () => {
    const { storyId, members, newcomer } = await storyAndNewcomer("v4");
    await join(storyId, newcomer);
    const read = (await getPendingRekey(storyId))!;
    expect(await settleRekey(storyId, read, [...members, newcomer])).toBe("cleared");
    // The mark is made again for the story with the newcomer (another article's join), then the newcomer leaves.
    await beginStoryWrite(storyId, [...members, newcomer]);
    await setArticleStory(newcomer, null);
    // It joins again; the join stops after its write.
    await beginStoryWrite(storyId, await listStoryArticleIds(storyId));
    await setArticleStory(newcomer, storyId);
    expect((await getPendingRekey(storyId))?.keyedFor.sort()).toEqual([...members].sort());
  });

  it("queues one settle per story, brought forward to shortly after a join ends", async () => {
    const { storyId, newcomer } = await storyAndNewcomer("v5");
    const members = await listStoryArticleIds(storyId);
    const before = Date.now();
    const write = await beginStoryWrite(storyId, members);
    await beginStoryWrite(storyId, members);
    const queued = await queuedRekeys(storyId);
    expect(queued).toHaveLength(1);
    expect(JSON.parse(queued[0]!.payload)).toEqual({ storyId });
    expect(queued[0]!.runAfter.getTime()).toBeGreaterThanOrEqual(before + WRITE_LEASE_MS);
    await setArticleStory(newcomer, storyId);
    const ended = new Date();
    await endStoryWrite(storyId, write, [newcomer], members, ended);
    const soon = await queuedRekeys(storyId);
    expect(soon.map((j) => j.runAfter.getTime())).toEqual([ended.getTime() + SETTLE_DELAY_MS]);
    // A second join ending later shares it: a batch of links is analysed once per delay, not once per link.
    const again = await beginStoryWrite(storyId, [...members, newcomer]);
    await endStoryWrite(storyId, again, [], [...members, newcomer], new Date(ended.getTime() + 1_000));
    expect((await queuedRekeys(storyId)).map((j) => j.runAfter.getTime())).toEqual([ended.getTime() + SETTLE_DELAY_MS]);
  });
});
