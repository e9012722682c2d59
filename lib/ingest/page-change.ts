/**
 * What changed between the stored version of an article and the page fetched
 * again at its address: the headline and how many paragraphs, in words an
 * analyst reads in a message and in the activity log ("the headline and
 * 3 paragraphs (1 changed, 2 new)"). Paragraphs are compared as the content
 * hash compares texts (case, spacing, quote and dash styles aside), so a page
 * that only restyled its quotes is not reported as rewritten.
 */
import { normalizePunctuation } from "../text/normalize";

export interface PageVersion {
  title: string;
  /** Clean text: paragraphs parted by blank lines, as stored. */
  text: string;
}

export interface PageChange {
  headline: boolean;
  /** Paragraphs replaced by another at their place (counted as pairs of one gone and one new). */
  changed: number;
  added: number;
  removed: number;
}

function key(text: string): string {
  return normalizePunctuation(text).toLowerCase().replace(/\s+/g, " ").trim();
}

function paragraphKeys(text: string): string[] {
  return text.split(/\n\s*\n/).map(key).filter((p) => p !== "");
}

/** Paragraphs of `a` not matched by one of `b` (as many times as each appears). */
function unmatched(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const p of b) left.set(p, (left.get(p) ?? 0) + 1);
  let count = 0;
  for (const p of a) {
    const n = left.get(p) ?? 0;
    if (n > 0) left.set(p, n - 1);
    else count++;
  }
  return count;
}

export function pageChange(before: PageVersion, after: PageVersion): PageChange {
  const old = paragraphKeys(before.text);
  const now = paragraphKeys(after.text);
  const gone = unmatched(old, now);
  const fresh = unmatched(now, old);
  const changed = Math.min(gone, fresh);
  return { headline: key(before.title) !== key(after.title), changed, added: fresh - changed, removed: gone - changed };
}

export function isUnchanged(change: PageChange): boolean {
  return !change.headline && change.changed + change.added + change.removed === 0;
}

/** "the headline and 3 paragraphs (1 changed, 2 new)"; "1 paragraph (gone)"; "" when nothing changed. */
export function describePageChange(change: PageChange): string {
  const total = change.changed + change.added + change.removed;
  const kinds = [
    change.changed ? `${change.changed} changed` : "",
    change.added ? `${change.added} new` : "",
    change.removed ? `${change.removed} gone` : "",
  ].filter(Boolean);
  const paragraphs = total ? `${total} paragraph${total === 1 ? "" : "s"} (${kinds.join(", ")})` : "";
  // A text that differs only where paragraphs break (joined or split) has no paragraph of its own to name.
  return [change.headline ? "the headline" : "", paragraphs].filter(Boolean).join(" and ");
}
