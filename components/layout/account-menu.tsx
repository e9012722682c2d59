import { signOutAction } from "@/app/actions/session";

/** Who is signed in, with which role, and the sign-out button. */
export function AccountMenu({ username, role }: { username: string; role: "editor" | "viewer" }) {
  return (
    <form action={signOutAction} className="flex items-center gap-2 text-sm">
      <span className="text-stone-600">
        {username} <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{role}</span>
      </span>
      <button type="submit" className="text-stone-700 underline hover:text-indigo-700">Sign out</button>
    </form>
  );
}
