import Link from "next/link";
import { AccountMenu } from "./account-menu";

export function SiteHeader({ user }: { user: { username: string; role: "editor" | "viewer" } | null }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 sm:px-6">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-stone-900">
          Lacuna
        </Link>
        <span className="hidden text-sm text-stone-600 sm:inline">what each source leaves out</span>
        {user && (
          <div className="ml-auto flex items-center gap-4 text-sm">
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
