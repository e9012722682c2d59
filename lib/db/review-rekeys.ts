/**
 * Stories whose reviews still wait to follow their findings after articles
 * joined them or changed their text (lib/services/story-review-rekey.ts). The
 * mark is written before the join, so whatever stops between the join and
 * the move (a crash, a restart), the story's next settle still moves them.
 * Every write of the mark queues a `story-rekey` job in the same transaction
 * (lib/services/story-rekey-job.ts), so the reviews move in the background
 * without waiting for anyone to open the story.
 *
 * A settle removes the mark only when nothing touched it since it read it
 * (its `version`) and no write is under way (`writing`): an article that a
 * join files while the story is analysed, or after, would otherwise find the
 * mark gone, and a stop before the join notes it would lose its move.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { db } from "./client";
import { newJobRow } from "./jobs";
import { retryWhenBusy } from "./retry-busy";

type Tx = Prisma.TransactionClient;

/** The queue's kind for settling a story's mark (its handler: lib/services/story-rekey-job.ts). */
export const STORY_REKEY_JOB = "story-rekey";

/**
 * How long a write under way holds the mark. A join's write is a few short
 * transactions; one still "under way" after this was stopped with its
 * process, and what it wrote (if anything) is in the story for the settle to
 * see. Generous, since a write's process that is alive still notes its
 * articles when it ends.
 */
export const WRITE_LEASE_MS = 10 * 60_000;

/**
 * How long after a join ends its settle waits: the joins of one batch of
 * links (ingested one after another) that end meanwhile share the one
 * queued settle, so a batch costs an analysis per this much time, not one
 * per link. A reader of the story's reviews does not wait for it.
 */
export const SETTLE_DELAY_MS = 10_000;

/** A join (or re-extraction) begun: its articles may land in the story at any moment until it ends. */
export interface WriteUnderWay {
  id: string;
  /** When it began (ISO). */
  since: string;
}

export interface PendingRekey {
  /** Ids of the story's articles its reviews' keys were made for. */
  keyedFor: string[];
  /** Articles noted as joined or changed since, in the order noted (they may repeat). */
  changed: string[];
  /** Bumped by every change of the mark: a settle clears it only at the version it read. */
  version: number;
  writing: WriteUnderWay[];
}

const ids = z.array(z.string());
const writes = z.array(z.object({ id: z.string(), since: z.string() }));
type Row = { keyedFor: string; changed: string; version: number; writing: string };
const read = (row: Row): PendingRekey => ({
  keyedFor: ids.parse(JSON.parse(row.keyedFor)),
  changed: ids.parse(JSON.parse(row.changed)),
  version: row.version,
  writing: writes.parse(JSON.parse(row.writing)),
});

export async function getPendingRekey(storyId: string): Promise<PendingRekey | null> {
  const row = await (await db()).storyRekeyMark.findUnique({ where: { storyId } });
  return row ? read(row) : null;
}

/** Writes under way whose lease has not run out at `now`. */
export function liveWrites(pending: Pick<PendingRekey, "writing">, now: Date): WriteUnderWay[] {
  return pending.writing.filter((w) => Date.parse(w.since) + WRITE_LEASE_MS > now.getTime());
}

/** When the mark may be cleared at the earliest, if writes under way hold it: the first lease to run out. */
export function heldUntil(pending: Pick<PendingRekey, "writing">, now: Date): Date | null {
  const ends = liveWrites(pending, now).map((w) => Date.parse(w.since) + WRITE_LEASE_MS);
  return ends.length > 0 ? new Date(Math.min(...ends)) : null;
}

/**
 * A `story-rekey` job for the story, due at `at`: one queued job per story
 * (a queued one is brought forward rather than a second added), in the
 * caller's transaction so the job exists exactly when the mark does.
 */
async function queueRekeyIn(tx: Tx, storyId: string, at: Date): Promise<void> {
  const queued = await tx.job.findFirst({ where: { kind: STORY_REKEY_JOB, concurrencyKey: storyId, state: "queued" }, select: { id: true, runAfter: true } });
  if (queued) {
    if (queued.runAfter > at) await tx.job.update({ where: { id: queued.id }, data: { runAfter: at } });
    return;
  }
  await tx.job.create({ data: { ...newJobRow({ kind: STORY_REKEY_JOB, payload: { storyId }, concurrencyKey: storyId }), runAfter: at } });
}

/** Queues a settle of the story's mark at `at` (a write under way held it). */
export async function queueStoryRekey(storyId: string, at: Date): Promise<void> {
  const client = await db();
  await retryWhenBusy(() => client.$transaction((tx) => queueRekeyIn(tx, storyId, at)));
}

/**
 * Before articles join the story or change their text: the mark says its
 * reviews are keyed for `members` (a mark already there keeps what it says,
 * less any article that left since: leaving re-keyed the reviews at once, so
 * one that joins again must count as joining), holds the write as under way,
 * and notes `changing`. Returns the write's id, for endStoryWrite.
 * A settle is queued for when the write's lease runs out, in case its
 * process stops before it ends; endStoryWrite brings it forward.
 */
export async function beginStoryWrite(storyId: string, members: readonly string[], changing: readonly string[] = [], now = new Date()): Promise<string> {
  const write: WriteUnderWay = { id: randomUUID(), since: now.toISOString() };
  const client = await db();
  await retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      const row = await tx.storyRekeyMark.findUnique({ where: { storyId } });
      if (!row) {
        await tx.storyRekeyMark.create({ data: { storyId, keyedFor: JSON.stringify(members), changed: JSON.stringify(changing), version: 1, writing: JSON.stringify([write]) } });
      } else {
        const mark = read(row);
        const present = new Set(members);
        await tx.storyRekeyMark.update({
          where: { storyId },
          data: {
            keyedFor: JSON.stringify(mark.keyedFor.filter((id) => present.has(id))),
            changed: JSON.stringify([...mark.changed, ...changing]),
            version: { increment: 1 },
            writing: JSON.stringify([...mark.writing, write]),
          },
        });
      }
      await queueRekeyIn(tx, storyId, new Date(now.getTime() + WRITE_LEASE_MS));
    }),
  );
  return write.id;
}

/**
 * The write `writeId` ended, `joined` having joined the story or changed
 * (`members` being its articles before the write): noted on the mark, which
 * is made again (keyed for `members`) if a settle removed it meanwhile, and
 * a settle is queued for SETTLE_DELAY_MS from now (or kept earlier).
 */
export async function endStoryWrite(storyId: string, writeId: string, joined: readonly string[], members: readonly string[], now = new Date()): Promise<void> {
  const client = await db();
  await retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      const row = await tx.storyRekeyMark.findUnique({ where: { storyId } });
      if (!row) {
        if (joined.length === 0) return;
        await tx.storyRekeyMark.create({ data: { storyId, keyedFor: JSON.stringify(members), changed: JSON.stringify(joined), version: 1 } });
      } else {
        const mark = read(row);
        await tx.storyRekeyMark.update({
          where: { storyId },
          data: { changed: JSON.stringify([...mark.changed, ...joined]), version: { increment: 1 }, writing: JSON.stringify(mark.writing.filter((w) => w.id !== writeId)) },
        });
      }
      await queueRekeyIn(tx, storyId, new Date(now.getTime() + SETTLE_DELAY_MS));
    }),
  );
}

export type SettleOutcome = "cleared" | "kept" | "left";

/**
 * The reviews were moved for the story as `done` found it, its articles then
 * being `keyedNow`. The mark goes only when it is at the version `done` read,
 * no write is under way, and the story's articles are still `keyedNow`;
 * otherwise it stays, keyed for `keyedNow` and holding only what was noted
 * since, for the next settle ("kept"). A mark keyed afresh meanwhile
 * (another process settled it first) is left as it is ("left").
 */
export async function settleRekey(storyId: string, done: PendingRekey, keyedNow: readonly string[], now = new Date()): Promise<SettleOutcome> {
  const client = await db();
  return retryWhenBusy(() =>
    client.$transaction(async (tx): Promise<SettleOutcome> => {
      const row = await tx.storyRekeyMark.findUnique({ where: { storyId } });
      if (!row) return "left";
      const mark = read(row);
      if (JSON.stringify(mark.keyedFor) !== JSON.stringify(done.keyedFor) || mark.changed.length < done.changed.length) return "left";
      const since = mark.changed.slice(done.changed.length);
      const writing = liveWrites(mark, now);
      const members = (await tx.article.findMany({ where: { storyId }, select: { id: true } })).map((a) => a.id);
      const keyed = new Set(keyedNow);
      const unchanged = mark.version === done.version && since.length === 0 && members.length === keyed.size && members.every((id) => keyed.has(id));
      if (unchanged && writing.length === 0) {
        // Conditional on the version, so the delete itself never removes a mark a join bumped meanwhile.
        const { count } = await tx.storyRekeyMark.deleteMany({ where: { storyId, version: done.version } });
        if (count === 1) return "cleared";
      }
      // Bumped here too: a second settle that read the same mark (another process) must not key it for its own, older analysis.
      // While a write is under way its notes stay (a re-extraction notes its article before the new text lands, which this
      // settle may not have seen); carrying a review over again is harmless, a current key maps to itself.
      await tx.storyRekeyMark.update({
        where: { storyId },
        data: { keyedFor: JSON.stringify(keyedNow), changed: JSON.stringify(writing.length > 0 ? mark.changed : since), version: { increment: 1 }, writing: JSON.stringify(writing) },
      });
      // Held by a write under way: settled again when it ends (it queues that) or, if its process stopped, when its lease runs out.
      // Anything else that keeps the mark (a note, an article landed) was queued by whoever wrote it.
      const until = heldUntil({ writing }, now);
      if (until) await queueRekeyIn(tx, storyId, until);
      return "kept";
    }),
  );
}
