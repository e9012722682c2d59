/**
 * What the address of an out-of-date prepared file answers: it is opened in a
 * browser tab (a download link, a bookmark), so a short page that says why
 * and links to where a new one is prepared, not the API's JSON.
 */
import type { UserError } from "@/lib/services/user-error";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page the report is prepared from again: the story's, or the comparison's. */
function subjectPage(details: UserError["details"]): { href: string; label: string } | null {
  const subjectId = typeof details?.subjectId === "string" ? details.subjectId : null;
  if (!subjectId) return null;
  if (details?.subject === "story") return { href: `/stories/${encodeURIComponent(subjectId)}`, label: "Open the story" };
  const [a, b] = subjectId.split(":");
  return a && b ? { href: `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, label: "Open the comparison" } : null;
}

export function outdatedFileResponse(error: UserError, status: number): Response {
  const page = subjectPage(error.details);
  const body = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report out of date · Lacuna</title></head><body>',
    `<h1>This report is out of date</h1><p>${escapeHtml(error.message)}</p>`,
    page ? `<p><a href="${escapeHtml(page.href)}">${page.label}</a></p>` : "",
    "</body></html>",
  ].join("");
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff" },
  });
}
