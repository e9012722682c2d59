"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/services/accounts/accounts";
import { endSession } from "@/lib/services/accounts/sessions";
import { UserError } from "@/lib/services/user-error";
import { isHttpsRequest, safeNextPath, SESSION_COOKIE, sessionCookieOptions, SIGN_IN_PATH } from "@/lib/http/session-paths";

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
  redirect(safeNextPath(String(form.get("next") ?? "")));
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await endSession(token);
  jar.delete(SESSION_COOKIE);
  redirect(`${SIGN_IN_PATH}?reason=signed-out`);
}
