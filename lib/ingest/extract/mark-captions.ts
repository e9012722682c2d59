/**
 * Many sites print a picture's caption or credit in a <div>, <p> or <span>
 * named as such ("caption", "wp-caption-text", "image-credit",
 * "InlineImage-imageEmbedCredit") rather than in a <figcaption>. Readability
 * rewrites such <div>s into plain <p>s and drops their class, so the mark is
 * lost before the article is read into blocks; renaming them <figcaption>
 * first keeps them marked as captions (the role the product shows, and that
 * the benchmark leaves out of body text).
 */
import { descendantElements } from "./descendant-elements";

const CAPTION_NAME = /caption|credit/i;
/** "has-caption" / "with-caption" name a figure that has one, not the caption itself. */
const NOT_THE_CAPTION = /^(?:has|with|no|without)[-_]/i;
/** Longer than this, an element named as a caption is a wrapper around more than a caption. */
const MAX_CAPTION_CHARS = 600;
const CANDIDATES = new Set(["DIV", "P", "SPAN", "SMALL", "CITE"]);

function isNamedCaption(el: Element): boolean {
  if (!CANDIDATES.has(el.tagName.toUpperCase())) return false;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (!CAPTION_NAME.test(names)) return false;
  if (!names.split(/\s+/).some((n) => CAPTION_NAME.test(n) && !NOT_THE_CAPTION.test(n))) return false;
  return (el.textContent ?? "").replace(/\s+/g, " ").trim().length <= MAX_CAPTION_CHARS;
}

/** Renames caption- and credit-named elements of `doc` to <figcaption> (outermost only); returns how many. */
export function markCaptions(doc: Document): number {
  if (!doc.body) return 0;
  const found: Element[] = [];
  for (const el of descendantElements(doc.body)) {
    if (el.tagName.toUpperCase() === "FIGCAPTION" || !isNamedCaption(el)) continue;
    if (found.some((outer) => outer.contains(el))) continue;
    found.push(el);
  }
  for (const el of found) {
    const caption = doc.createElement("figcaption");
    while (el.firstChild) caption.appendChild(el.firstChild);
    el.replaceWith(caption);
  }
  return found.length;
}
