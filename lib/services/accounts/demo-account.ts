/**
 * The demo's account: an editor named "demo" whose password is made afresh on
 * every `npm run demo` and printed there, so the demo opens with a working
 * sign-in and no password is ever shipped in the code or the docs.
 */
import "server-only";
import { findUser } from "../../db/users";
import { changePassword, createAccount, generatePassword } from "./accounts";

export const DEMO_USERNAME = "demo";

export async function readyDemoAccount(): Promise<{ username: string; password: string }> {
  const password = generatePassword();
  if (await findUser(DEMO_USERNAME)) await changePassword(DEMO_USERNAME, password);
  else await createAccount({ username: DEMO_USERNAME, password, role: "editor" });
  return { username: DEMO_USERNAME, password };
}
