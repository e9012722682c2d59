import Link from "next/link";
import { AccountMenu } from "./account-menu";

/**
 * The bar atop every page. On a narrow screen (a phone, 390 px) its parts wrap
 * onto further lines instead of running off the side, so every link and
 * "Sign out" stay on screen; on a wide one it is a single line.
 */
export function SiteHeader({ user }: { user: { username: string; role: "editor" | "viewer" } | null }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-stone-900">
          Lacuna
        </Link>
        <span className="hidden text-sm text-stone-600 sm:inline">what each source leaves out</span>
        {user && (
          <div className="ml-auto flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <Link href="/" className="text-stone-700 hover:text-indigo-700">Stories &amp; articles</Link>
            {user.role === "editor" && <Link href="/#add-article" className="text-stone-700 hover:text-indigo-700">Add article</Link>}
            <Link href="/aliases" className="text-stone-700 hover:text-indigo-700">Aliases</Link>
            <Link href="/activity" className="text-stone-700 hover:text-indigo-700">Activity</Link>
            <AccountMenu username={user.username} role={user.role} />
          </div>
        )}
      </nav>
    </header>
  );
}
