import Link from "next/link";
import { signOutAction } from "@/app/actions/session";

/** Who is signed in, with which role (their name opens their account page), and the sign-out button. */
export function AccountMenu({ username, role }: { username: string; role: "editor" | "viewer" }) {
  return (
    <form action={signOutAction} className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <span className="min-w-0 break-words text-stone-600">
        <Link href="/account" className="hover:text-indigo-700 hover:underline" title="Your account: change your password">
          {username}
        </Link>{" "}
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{role}</span>
      </span>
      <button type="submit" className="text-stone-700 underline hover:text-indigo-700">Sign out</button>
    </form>
  );
}
