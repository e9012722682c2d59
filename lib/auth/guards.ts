/**
 * The checks every page, server action and route handler makes before it
 * reads or writes (the proxy only looks for a cookie):
 *
 *   await requireViewer()   anyone signed in: read, compare, export
 *   await requireEditor()   editors only: add, review, file, rename, delete
 *
 * Call one as the first line, outside any try/catch: it works by throwing
 * (Next's redirect / forbidden), which a catch-all would swallow. Without a
 * valid session it redirects to the sign-in page (which sends the analyst
 * back afterwards); a viewer asking to write gets 403 and app/forbidden.tsx.
 */
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { UserRecord } from "../db/users";
import { validateSessionToken } from "../services/accounts/sessions";
import { REQUEST_PATH_HEADER, SESSION_COOKIE, signInUrl } from "../http/session-paths";

export type SignedInUser = Pick<UserRecord, "id" | "username" | "role">;

/** The signed-in account of this request, or null. Checked once per request (React cache). */
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const session = await validateSessionToken(token);
  return session ? { id: session.user.id, username: session.user.username, role: session.user.role } : null;
});

async function signedIn(): Promise<SignedInUser> {
  const user = await currentUser();
  if (user) return user;
  // A cookie that no longer names a session: it expired, or the account signed out everywhere.
  const hadSession = (await cookies()).has(SESSION_COOKIE);
  redirect(signInUrl((await headers()).get(REQUEST_PATH_HEADER) ?? "/", hadSession ? "expired" : undefined));
}

export async function requireViewer(): Promise<SignedInUser> {
  return signedIn();
}

export async function requireEditor(): Promise<SignedInUser> {
  const user = await signedIn();
  if (user.role !== "editor") forbidden();
  return user;
}

/** For showing or hiding write controls; the write itself still calls requireEditor. */
export function canEdit(user: SignedInUser | null): boolean {
  return user?.role === "editor";
}
