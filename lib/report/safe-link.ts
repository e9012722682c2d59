/**
 * Only http(s) URLs become links in a report. A source URL is untrusted input:
 * `javascript:`, `data:` or `vbscript:` would run or smuggle content when an
 * analyst clicks it, so those are shown as text and never linked.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  // Control characters and whitespace inside a scheme are how filters get bypassed ("java\tscript:").
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}
