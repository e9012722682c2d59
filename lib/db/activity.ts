/** The activity log's rows: appended by the writes editors make, read newest first a page at a time. */
import "server-only";
import { db } from "./client";

export interface ActivityRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  subjectId: string | null;
  text: string;
  /** A review entry's review row, which its link follows to the review's current key. */
  reviewId: string | null;
}

export async function insertActivity(entry: Omit<ActivityRow, "id" | "at" | "reviewId"> & { reviewId?: string | null }): Promise<void> {
  await (await db()).activity.create({ data: entry });
}

/** Which entries a list keeps: one person's, and / or actions starting with one of these prefixes. */
export interface ActivityFilter {
  actor?: string;
  actionPrefixes?: readonly string[];
}

/**
 * The `limit` entries before `before` (an entry's id; none: the newest), newest first, by
 * (time, id) so entries of the same millisecond are neither skipped nor repeated across pages.
 */
export async function listActivityBefore(limit: number, before?: { at: Date; id: string }, filter: ActivityFilter = {}): Promise<ActivityRow[]> {
  const where = [
    ...(before ? [{ OR: [{ at: { lt: before.at } }, { at: before.at, id: { lt: before.id } }] }] : []),
    ...(filter.actor !== undefined ? [{ actor: filter.actor }] : []),
    ...(filter.actionPrefixes ? [{ OR: filter.actionPrefixes.map((prefix) => ({ action: { startsWith: prefix } })) }] : []),
  ];
  return (await db()).activity.findMany({
    where: { AND: where },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
}

/** Everyone the log names, in alphabetical order: the choices of its "who" filter. */
export async function listActivityActors(): Promise<string[]> {
  const rows = await (await db()).activity.findMany({ distinct: ["actor"], select: { actor: true }, orderBy: { actor: "asc" } });
  return rows.map((r) => r.actor);
}

/** The newest `limit` entries about one article or story, newest first. */
export async function listActivityAbout(subjectId: string, limit: number): Promise<ActivityRow[]> {
  return (await db()).activity.findMany({ where: { subjectId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
}

export async function findActivity(id: string): Promise<ActivityRow | null> {
  return (await db()).activity.findUnique({ where: { id } });
}
