/** Accounts and their sessions (reads and writes: small tables, always used together). */
import "server-only";
import { db } from "./client";

export type Role = "editor" | "viewer";

export interface UserRecord {
  id: string;
  username: string;
  role: Role;
  createdAt: Date;
}

const publicFields = { id: true, username: true, role: true, createdAt: true } as const;

function toRecord(row: { id: string; username: string; role: string; createdAt: Date }): UserRecord {
  return { ...row, role: row.role === "editor" ? "editor" : "viewer" };
}

export async function findUserForSignIn(username: string): Promise<(UserRecord & { passwordHash: string }) | null> {
  const row = await (await db()).user.findUnique({ where: { username }, select: { ...publicFields, passwordHash: true } });
  return row ? { ...toRecord(row), passwordHash: row.passwordHash } : null;
}

export async function findUser(username: string): Promise<UserRecord | null> {
  const row = await (await db()).user.findUnique({ where: { username }, select: publicFields });
  return row ? toRecord(row) : null;
}

export async function listUsers(): Promise<UserRecord[]> {
  const rows = await (await db()).user.findMany({ select: publicFields, orderBy: { username: "asc" } });
  return rows.map(toRecord);
}

export async function countUsers(): Promise<number> {
  return (await db()).user.count();
}

export async function insertUser(username: string, passwordHash: string, role: Role): Promise<UserRecord> {
  return toRecord(await (await db()).user.create({ data: { username, passwordHash, role }, select: publicFields }));
}

/** Sets a new password and ends every session of the account in one transaction. */
export async function updatePassword(username: string, passwordHash: string): Promise<void> {
  const client = await db();
  await client.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { username }, data: { passwordHash }, select: { id: true } });
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
}

export async function updateRole(username: string, role: Role): Promise<void> {
  await (await db()).user.update({ where: { username }, data: { role } });
}

/** Removes the account and its sessions; its reviews keep the reviewer's name. */
export async function deleteUser(username: string): Promise<void> {
  await (await db()).user.delete({ where: { username } });
}

export interface SessionRecord {
  expiresAt: Date;
  user: UserRecord;
}

export async function insertSession(id: string, userId: string, expiresAt: Date): Promise<void> {
  await (await db()).session.create({ data: { id, userId, expiresAt } });
}

export async function findSession(id: string): Promise<SessionRecord | null> {
  const row = await (await db()).session.findUnique({ where: { id }, select: { expiresAt: true, user: { select: publicFields } } });
  return row ? { expiresAt: row.expiresAt, user: toRecord(row.user) } : null;
}

export async function extendSession(id: string, expiresAt: Date): Promise<void> {
  await (await db()).session.updateMany({ where: { id }, data: { expiresAt } });
}

export async function deleteSession(id: string): Promise<void> {
  await (await db()).session.deleteMany({ where: { id } });
}

/** Ends every session of an account; returns how many there were. */
export async function deleteSessionsOf(username: string): Promise<number> {
  return (await (await db()).session.deleteMany({ where: { user: { username } } })).count;
}

export async function deleteExpiredSessions(now: Date): Promise<number> {
  return (await (await db()).session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
