/**
 * A kicker: the one-word or two-word label a site prints above a headline
 * ("Analysis", "Opinion", "Exclusive", "Live"). It says what kind of piece
 * this is, not what the piece reports, so it is no passage: compared, it is
 * a "passage" only one outlet has, flagged in every comparison.
 */
import type { Block } from "../../text/types";

/** Labels of the kind of piece (not sections: "World" or "Politics" may open a list of links). */
const KICKER_LABELS: ReadonlySet<string> = new Set([
  "analysis",
  "news analysis",
  "opinion",
  "comment",
  "commentary",
  "column",
  "editorial",
  "essay",
  "perspective",
  "viewpoint",
  "exclusive",
  "live",
  "live updates",
  "breaking",
  "breaking news",
  "developing",
  "developing story",
  "explainer",
  "explained",
  "fact check",
  "factcheck",
  "feature",
  "interview",
  "investigation",
  "obituary",
  "review",
  "special report",
  "sponsored",
  "update",
  "updated",
  "watch",
]);

/** At most this many words: a label, never a sentence. */
const MAX_WORDS = 3;
/** Kickers sit above the headline: only the first blocks of the body are looked at. */
const FIRST_BLOCKS = 2;

/**
 * Whether `text` is a label above the headline: a known kind of piece, or the
 * very words the page's title opens with before a colon or a bar ("Analysis:
 * The Kessingford crash…" over a block "Analysis").
 */
export function isKicker(text: string, title: string | null | undefined): boolean {
  const label = text.trim().replace(/\s*[:|•·]$/u, "");
  if (label.length === 0 || label.split(/\s+/).length > MAX_WORDS || /[.!?,;"“”]/u.test(label)) return false;
  if (KICKER_LABELS.has(label.toLowerCase())) return true;
  if (!title) return false;
  const opens = title.trim().toLowerCase();
  return opens.startsWith(label.toLowerCase()) && /^\s*[:|—–]/u.test(opens.slice(label.length)) && opens.length > label.length + 10;
}

/** The blocks without a kicker among the first few (body or heading blocks only: a list or a caption is no label). */
export function dropKickers(blocks: readonly Block[], title: string | null | undefined): Block[] {
  return blocks.filter((b, i) => !(i < FIRST_BLOCKS && (b.role === "body" || b.role === "heading") && isKicker(b.text, title)));
}
