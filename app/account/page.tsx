import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireViewer } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const ROLE_TEXT = {
  editor: "An editor adds, files, reviews, summarises and deletes.",
  viewer: "A viewer reads, compares and exports; an editor's account can change things.",
} as const;

/** The signed-in person's account: who they are, their role, and a new password (the CLI creates accounts and sets roles). */
export default async function AccountPage() {
  const user = await requireViewer();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Your account</h1>
        <p className="mt-2 text-stone-700">
          Signed in as <strong>{user.username}</strong>, {user.role}. {ROLE_TEXT[user.role]}
        </p>
      </div>
      <section aria-labelledby="password-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="password-heading" className="font-serif text-xl font-semibold">Change your password</h2>
        <p className="mt-1 text-sm text-stone-600">Changing it signs this account out of every other browser; this one stays signed in.</p>
        <div className="mt-4">
          <ChangePasswordForm username={user.username} />
        </div>
      </section>
    </div>
  );
}
