import type { Metadata } from "next";
import type { ReactNode } from "react";
import { CanEditProvider } from "@/components/auth/can-edit";
import { SiteHeader } from "@/components/layout/site-header";
import { canEdit, currentUser } from "@/lib/auth/guards";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lacuna", template: "%s · Lacuna" },
  description: "Compare how outlets cover the same event: aligned passages, word diffs, and what each source leaves out.",
};

// Reading the session makes every page render per request, which the CSP nonce needs too (proxy.ts).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader user={user} />
        <main id="main" className="mx-auto max-w-7xl px-4 pb-16 pt-6 sm:px-6">
          <CanEditProvider canEdit={canEdit(user)}>{children}</CanEditProvider>
        </main>
      </body>
    </html>
  );
}
