/**
 * What the address of a prepared file answers when the file cannot be had:
 * out of date, expired or never finished. The address is opened in a browser
 * tab (a download link, a bookmark, a link from a colleague), so a short page
 * that says why and links to where a new one is prepared, not the API's JSON.
 */
import { escapeHtml } from "@/lib/report/escape-html";
import { HTTP_STATUS, type UserError } from "@/lib/services/user-error";

/** The page the report is prepared from again: the story's, or the comparison's. */
function subjectPage(details: UserError["details"]): { href: string; label: string } | null {
  const subjectId = typeof details?.subjectId === "string" ? details.subjectId : null;
  if (!subjectId) return null;
  if (details?.subject === "story") return { href: `/stories/${encodeURIComponent(subjectId)}`, label: "Open the story" };
  const [a, b] = subjectId.split(":");
  return a && b ? { href: `/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, label: "Open the comparison" } : null;
}

/** Whether the error is one this page explains (the rest are the API's usual answers). */
export function isUnavailableFile(error: UserError): boolean {
  return error.code === "outdated" || error.code === "not_found";
}

export function unavailableFileResponse(error: UserError): Response {
  const page = subjectPage(error.details);
  const heading = error.code === "outdated" ? "This report is out of date" : "This report is not available";
  const body = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading} · Lacuna</title></head><body>`,
    `<h1>${heading}</h1><p>${escapeHtml(error.message)}</p>`,
    page ? `<p><a href="${escapeHtml(page.href)}">${page.label}</a></p>` : '<p><a href="/">Lacuna home</a></p>',
    "</body></html>",
  ].join("");
  return new Response(body, {
    status: HTTP_STATUS[error.code],
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff" },
  });
}
