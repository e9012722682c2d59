/**
 * Use cases around accounts: create one (from the CLI), change its password
 * or role, remove it, sign in, and change one's own password (the account
 * page). Roles: an editor adds, reviews, files and
 * deletes; a viewer reads and exports.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { Prisma } from "../../../generated/prisma/client";
import {
  deleteSessionsOf,
  deleteUser,
  findUser,
  findUserForSignIn,
  insertUser,
  listUsers,
  updatePassword,
  updateRole,
  type Role,
  type UserRecord,
} from "../../db/users";
import { UserError } from "../user-error";
import { decoyHash, hashPassword, verifyPassword } from "./password-hash";
import { startSession, type StartedSession } from "./sessions";
import { SignInThrottle } from "./sign-in-throttle";

export type { Role, UserRecord };
export const ROLES = ["editor", "viewer"] as const satisfies readonly Role[];

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, "A user name is 2–64 letters, digits, dots, dashes or underscores, starting with a letter or digit.");

export const passwordSchema = z
  .string()
  .min(10, "Use a password of at least 10 characters.")
  .max(200, "Keep the password under 200 characters.")
  // Ten spaces are ten characters, and a password anyone would guess first: spaces between words are welcome, but do not count.
  .refine((password) => password.replace(/\s/gu, "").length >= 10, "Use a password of at least 10 characters besides spaces.");

const roleSchema = z.enum(ROLES, { message: "The role is editor or viewer." });

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UserError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid input.");
  return parsed.data;
}

/** A strong random password (144 bits) for accounts made without one. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createAccount(input: { username: string; password: string; role: string }): Promise<UserRecord> {
  const username = parse(usernameSchema, input.username);
  const password = parse(passwordSchema, input.password);
  const role = parse(roleSchema, input.role);
  try {
    return await insertUser(username, await hashPassword(password), role);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new UserError("duplicate", `There is already an account named ${username}.`);
    throw error;
  }
}

async function existing(username: string): Promise<UserRecord> {
  const name = parse(usernameSchema, username);
  const user = await findUser(name);
  if (!user) throw new UserError("not_found", `There is no account named ${name}.`);
  return user;
}

/** Sets a new password; every browser signed in to the account is signed out. */
export async function changePassword(username: string, password: string): Promise<void> {
  const user = await existing(username);
  await updatePassword(user.username, await hashPassword(parse(passwordSchema, password)));
}

export async function changeRole(username: string, role: string): Promise<void> {
  const user = await existing(username);
  await updateRole(user.username, parse(roleSchema, role));
}

export async function removeAccount(username: string): Promise<void> {
  await deleteUser((await existing(username)).username);
}

export async function signOutEverywhere(username: string): Promise<number> {
  return deleteSessionsOf((await existing(username)).username);
}

export async function listAccounts(): Promise<UserRecord[]> {
  return listUsers();
}

const throttle = new SignInThrottle();

/**
 * Checks the credentials and starts a session. One message for an unknown
 * name and a wrong password, and the same work for both, so sign-in does not
 * tell which accounts exist.
 */
export async function signIn(input: { username: unknown; password: unknown }, now = new Date()): Promise<StartedSession & { user: UserRecord }> {
  const username = typeof input.username === "string" ? input.username.trim().toLowerCase() : "";
  const password = typeof input.password === "string" ? input.password : "";
  if (!username || !password) throw new UserError("invalid_input", "Enter your user name and password.");
  const wait = throttle.waitFor(username, now.getTime());
  if (wait > 0) throw new UserError("too_many_requests", `Too many failed sign-ins for this account. Try again in ${Math.ceil(wait / 60_000)} minute(s).`);
  const user = username.length <= 64 ? await findUserForSignIn(username) : null;
  const matches = await verifyPassword(password.slice(0, 200), user?.passwordHash ?? (await decoyHash()));
  if (!user || !matches) {
    throttle.fail(username, now.getTime());
    throw new UserError("unauthorized", "That user name and password do not match an account.");
  }
  throttle.succeed(username);
  const session = await startSession(user.id, now);
  return { ...session, user: { id: user.id, username: user.username, role: user.role, createdAt: user.createdAt } };
}

/**
 * A signed-in person changes their own password: the current one must be
 * given (a browser left signed in is not enough), and wrong guesses count
 * towards the same lock-out as sign-in. Every session of the account ends,
 * including ones on other machines; this browser gets a new one, returned.
 */
export async function changeOwnPassword(
  username: string,
  input: { current: unknown; next: unknown; repeat: unknown },
  now = new Date(),
): Promise<StartedSession> {
  const current = typeof input.current === "string" ? input.current : "";
  const next = parse(passwordSchema, typeof input.next === "string" ? input.next : "");
  if (input.repeat !== next) throw new UserError("invalid_input", "The new password and its repeat differ.");
  if (next === current) throw new UserError("invalid_input", "The new password is the current one; choose another.");
  const wait = throttle.waitFor(username, now.getTime());
  if (wait > 0) throw new UserError("too_many_requests", `Too many wrong passwords for this account. Try again in ${Math.ceil(wait / 60_000)} minute(s).`);
  const user = await findUserForSignIn(username);
  if (!user || !(await verifyPassword(current.slice(0, 200), user.passwordHash))) {
    throttle.fail(username, now.getTime());
    throw new UserError("unauthorized", "The current password is not right; nothing was changed.");
  }
  throttle.succeed(username);
  await updatePassword(user.username, await hashPassword(next));
  return startSession(user.id, now);
}
