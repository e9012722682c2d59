/**
 * Stories whose reviews still wait to follow their findings after articles
 * joined them or changed their text (lib/services/story-review-rekey.ts). The
 * mark is written before the join, so whatever stops between the join and
 * the move (a crash, a restart), the story's next analysis still moves them.
 */
import "server-only";
import { z } from "zod";
import { db } from "./client";
import { retryWhenBusy } from "./retry-busy";

export interface PendingRekey {
  /** Ids of the story's articles its reviews' keys were made for. */
  keyedFor: string[];
  /** Articles noted as joined or changed since, in the order noted (they may repeat). */
  changed: string[];
}

const ids = z.array(z.string());
const read = (row: { keyedFor: string; changed: string }): PendingRekey => ({ keyedFor: ids.parse(JSON.parse(row.keyedFor)), changed: ids.parse(JSON.parse(row.changed)) });

export async function getPendingRekey(storyId: string): Promise<PendingRekey | null> {
  const row = await (await db()).storyRekeyMark.findUnique({ where: { storyId } });
  return row ? read(row) : null;
}

/**
 * Before articles join the story: its reviews are keyed for `members`. A mark
 * already there is kept: it names the story as it was earlier still, so every
 * article that joined since is told apart from it.
 */
export async function markReviewsKeyedFor(storyId: string, members: readonly string[]): Promise<void> {
  const client = await db();
  await retryWhenBusy(() => client.storyRekeyMark.upsert({ where: { storyId }, create: { storyId, keyedFor: JSON.stringify(members) }, update: {} }));
}

/** Articles joined the story or change their text: noted on the mark (made for `members` when there is none). */
export async function noteRekeyChanged(storyId: string, changed: readonly string[], members: readonly string[]): Promise<void> {
  const client = await db();
  await retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      const row = await tx.storyRekeyMark.findUnique({ where: { storyId } });
      if (!row) await tx.storyRekeyMark.create({ data: { storyId, keyedFor: JSON.stringify(members), changed: JSON.stringify(changed) } });
      else await tx.storyRekeyMark.update({ where: { storyId }, data: { changed: JSON.stringify([...read(row).changed, ...changed]) } });
    }),
  );
}

/**
 * The reviews were moved for the story as `done` found it, its articles then
 * being `keyedNow`. The mark goes when nothing happened since; otherwise it
 * stays, keyed for `keyedNow` and holding only what was noted since, for the
 * next analysis. A mark made again meanwhile (another process moved the
 * reviews and articles joined after) is left as it is.
 */
export async function settleRekey(storyId: string, done: PendingRekey, keyedNow: readonly string[]): Promise<void> {
  const client = await db();
  await retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      const row = await tx.storyRekeyMark.findUnique({ where: { storyId } });
      if (!row) return;
      const now = read(row);
      if (JSON.stringify(now.keyedFor) !== JSON.stringify(done.keyedFor) || now.changed.length < done.changed.length) return;
      const since = now.changed.slice(done.changed.length);
      const members = (await tx.article.findMany({ where: { storyId }, select: { id: true } })).map((a) => a.id);
      const keyed = new Set(keyedNow);
      if (since.length === 0 && members.length === keyed.size && members.every((id) => keyed.has(id))) await tx.storyRekeyMark.delete({ where: { storyId } });
      else await tx.storyRekeyMark.update({ where: { storyId }, data: { keyedFor: JSON.stringify(keyedNow), changed: JSON.stringify(since) } });
    }),
  );
}
