/**
 * Why a page with no readable paragraphs has none, when the page says so
 * itself: its article is in an embedded frame (another address, which the
 * analyst can add), or it is drawn by JavaScript (which Lacuna does not run).
 * Both come back the same on every fetch, so the batch offers no Retry for
 * them (lib/ingest/batch/link-failure.ts), as for a sign-in page.
 */
import { parseHTML } from "linkedom";
import { visiblePageText } from "./sign-in-wall";
import type { ExtractionErrorCode } from "./types";

/** Frames that hold a video, an ad or a social post, never the article. */
const NOT_ARTICLE_FRAME = /youtube|youtu\.be|vimeo|dailymotion|doubleclick|googlesyndication|googletagmanager|facebook\.com|twitter\.com|x\.com\/|instagram|tiktok|spotify|soundcloud|maps\.google|google\.com\/maps/i;

/** A page showing fewer words than this, and running scripts, is waiting for them to draw its article. */
const SCRIPT_SHELL_WORDS = 60;

export interface NoTextCause {
  code: ExtractionErrorCode;
  message: string;
}

/** The address of the frame that holds the article: the first http(s) frame that is no video, ad or post, resolved against the page's. */
function articleFrame(doc: Document, url: string | undefined): string | null {
  for (const frame of doc.querySelectorAll("iframe[src], frame[src]")) {
    const src = frame.getAttribute("src")?.trim() ?? "";
    if (!src || src.startsWith("about:") || NOT_ARTICLE_FRAME.test(src)) continue;
    try {
      const resolved = url ? new URL(src, url) : new URL(src);
      if (resolved.protocol === "http:" || resolved.protocol === "https:") return resolved.href;
    } catch {
      // A relative address on a page with none of its own (an uploaded file): say it as written.
      if (!url && !/^[a-z][a-z0-9+.-]*:/i.test(src)) return src;
    }
  }
  return null;
}

function runsScripts(doc: Document): boolean {
  return [...doc.querySelectorAll("script")].some((s) => !/json|template/i.test(s.getAttribute("type") ?? ""));
}

/** The cause the page shows, or null when it shows none (the generic "no article text" message then stands). */
export function noTextCause(html: string, url: string | undefined): NoTextCause | null {
  const doc = parseHTML(html).document as unknown as Document;
  const at = url ? ` at ${url}` : "";
  const frame = articleFrame(doc, url);
  if (frame) {
    return {
      code: "embedded_frame",
      message: `No article text found${at}: the article is in an embedded frame, at ${frame}. Add that address instead.`,
    };
  }
  const noscript = [...doc.querySelectorAll("noscript")].some((n) => /javascript|\bJS\b|enable/i.test(n.textContent ?? ""));
  const shown = (doc.body ? visiblePageText(doc.body) : "").split(/\s+/).filter(Boolean).length;
  if (noscript || (runsScripts(doc) && shown < SCRIPT_SHELL_WORDS)) {
    return {
      code: "needs_javascript",
      message: `No article text found${at}: the page draws its article with JavaScript, which Lacuna does not run, so fetching it again brings the same empty page. Paste the article's text instead.`,
    };
  }
  return null;
}
