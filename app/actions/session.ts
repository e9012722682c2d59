"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/guards";
import { changeOwnPassword, signIn } from "@/lib/services/accounts/accounts";
import { recordActivity } from "@/lib/services/activity";
import { endSession } from "@/lib/services/accounts/sessions";
import { UserError } from "@/lib/services/user-error";
import { isHttpsRequest, safeNextTarget, SESSION_COOKIE, sessionCookieOptions, SIGN_IN_PATH } from "@/lib/http/session-paths";

export type SignInState = { status: "idle" | "error"; message?: string; username?: string };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get("username") ?? "");
  let token: string;
  try {
    ({ token } = await signIn({ username, password: form.get("password") }));
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message, username };
    console.error("signInAction failed", error);
    return { status: "error", message: "Lacuna could not sign you in because of an internal error; try again.", username };
  }
  const secure = isHttpsRequest((await headers()).get("x-forwarded-proto"));
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(secure));
  redirect(safeNextTarget(String(form.get("next") ?? ""), String(form.get("fragment") ?? "")));
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await endSession(token);
  jar.delete(SESSION_COOKIE);
  redirect(`${SIGN_IN_PATH}?reason=signed-out`);
}

/** What the password form gets back; the passwords typed are never sent back to the page. */
export type PasswordState = { status: "idle" | "saved" | "error"; message?: string };

/**
 * The signed-in person changes their own password (any role). Every session of the account ends;
 * this browser gets a new session cookie, so it stays signed in.
 */
export async function changePasswordAction(_previous: PasswordState, form: FormData): Promise<PasswordState> {
  const user = await requireViewer();
  let token: string;
  try {
    ({ token } = await changeOwnPassword(user.username, { current: form.get("current"), next: form.get("next"), repeat: form.get("repeat") }));
    await recordActivity(user, "account.password", "changed their password (every other browser signed in to the account was signed out)");
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("changePasswordAction failed", error);
    return { status: "error", message: "The password could not be changed because of an internal error; it is unchanged." };
  }
  const secure = isHttpsRequest((await headers()).get("x-forwarded-proto"));
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(secure));
  return { status: "saved", message: "Password changed. Every other browser signed in to this account was signed out." };
}
