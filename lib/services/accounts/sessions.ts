/**
 * Sessions stored in the database, after the pattern of the Lucia auth guide
 * (the Lucia library's authors now recommend these ~60 lines over a library):
 * the browser holds a random 256-bit token in an HttpOnly cookie; the table
 * holds only its SHA-256, so a copy of the database cannot sign anyone in.
 * A session lasts LACUNA_SESSION_DAYS (default 7) from its last use: it is
 * extended when less than half of that is left, so an analyst who works daily
 * stays signed in and an abandoned browser is signed out within a week.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { deleteExpiredSessions, deleteSession, extendSession, findSession, insertSession, type UserRecord } from "../../db/users";
import { sessionLifetimeSeconds } from "../../http/session-paths";

function sessionLifetimeMs(): number {
  return sessionLifetimeSeconds() * 1000;
}

/** The stored id of a token: its SHA-256, hex. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface StartedSession {
  token: string;
  expiresAt: Date;
}

export async function startSession(userId: string, now = new Date()): Promise<StartedSession> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs());
  await insertSession(sessionIdOf(token), userId, expiresAt);
  // Housekeeping on sign-in: expired rows are useless and would only grow the table.
  await deleteExpiredSessions(now);
  return { token, expiresAt };
}

export interface ValidSession {
  user: UserRecord;
  expiresAt: Date;
  /** True when this check extended the session (the cookie's expiry should follow). */
  extended: boolean;
}

/** The signed-in account for a cookie's token, or null when the token is unknown or expired (an expired row is removed). */
export async function validateSessionToken(token: string, now = new Date()): Promise<ValidSession | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const id = sessionIdOf(token);
  const session = await findSession(id);
  if (!session) return null;
  if (session.expiresAt.getTime() <= now.getTime()) {
    await deleteSession(id);
    return null;
  }
  const lifetime = sessionLifetimeMs();
  if (session.expiresAt.getTime() - now.getTime() < lifetime / 2) {
    const expiresAt = new Date(now.getTime() + lifetime);
    await extendSession(id, expiresAt);
    return { user: session.user, expiresAt, extended: true };
  }
  return { user: session.user, expiresAt: session.expiresAt, extended: false };
}

export async function endSession(token: string): Promise<void> {
  await deleteSession(sessionIdOf(token));
}
