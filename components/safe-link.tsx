import type { ReactNode } from "react";

/** A link to an outside page only when the URL is http(s): a stored "javascript:" URL must never become a link. */
export function SafeExternalLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  let safe = false;
  try {
    safe = !!href && ["http:", "https:"].includes(new URL(href).protocol);
  } catch {
    safe = false;
  }
  if (!safe) return <>{children}</>;
  return (
    <a href={href ?? undefined} rel="noopener noreferrer nofollow" target="_blank" className="text-indigo-700 underline">
      {children}
    </a>
  );
}
