import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/guards";
import { safeNextPath } from "@/lib/http/session-paths";

export const metadata: Metadata = { title: "Sign in" };

type Params = { searchParams: Promise<{ next?: string; reason?: string }> };

const NOTICES: Record<string, string> = {
  expired: "Your session has ended. Sign in again to continue.",
  "signed-out": "You are signed out.",
};

export default async function SignInPage({ searchParams }: Params) {
  const { next, reason } = await searchParams;
  const target = safeNextPath(next);
  if (await currentUser()) redirect(target);
  const notice = reason ? NOTICES[reason] : undefined;
  return (
    <div className="mx-auto max-w-sm py-12">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      {notice && (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notice}
        </p>
      )}
      <div className="mt-6">
        <SignInForm next={target} />
      </div>
      <p className="mt-8 text-sm text-stone-600">
        Accounts are made on the server with <code>npm run lacuna -- user add NAME</code>. <code>npm run demo</code> prints a demo account.
      </p>
    </div>
  );
}
