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

/** Class words of a box holding a picture: "image", "imgTop" → img, "photo", "article-media". */
const IMAGE_BOX_WORD = /^(?:image|images|img|photo|photos|picture|pic|media|figure|foto|bild|imagen|imagem)$/i;
/** A picture box with more text than this holds more than a caption. */
const MAX_IMAGE_BOX_CHARS = 400;

function hasPicture(el: Element): boolean {
  return el.getElementsByTagName("img").length > 0 || el.getElementsByTagName("picture").length > 0;
}

/**
 * A <div> named as a picture box ("image", "imgTop", "article-photo") that holds a picture and a little text:
 * the text is the picture's caption ("In this Dec. 12, 2006, file photo, …").
 */
function isImageBox(el: Element): boolean {
  if (el.tagName.toUpperCase() !== "DIV") return false;
  const cls = el.getAttribute("class");
  if (!cls) return false;
  const words = cls.split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/);
  if (!words.some((w) => IMAGE_BOX_WORD.test(w))) return false;
  const length = (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return length > 0 && length <= MAX_IMAGE_BOX_CHARS && hasPicture(el);
}

/**
 * Renames caption- and credit-named elements of `doc` to <figcaption>, and with `imageBoxes`, picture boxes
 * to <figure> (outermost only); returns how many.
 */
export function markCaptions(doc: Document, imageBoxes = true): number {
  if (!doc.body) return 0;
  const found: Array<[Element, "figcaption" | "figure"]> = [];
  for (const el of descendantElements(doc.body)) {
    const tag = el.tagName.toUpperCase();
    if (tag === "FIGCAPTION" || tag === "FIGURE") continue;
    const as = isNamedCaption(el) ? "figcaption" : imageBoxes && isImageBox(el) ? "figure" : undefined;
    if (!as || found.some(([outer]) => outer.contains(el))) continue;
    found.push([el, as]);
  }
  for (const [el, as] of found) {
    const replacement = doc.createElement(as);
    while (el.firstChild) replacement.appendChild(el.firstChild);
    el.replaceWith(replacement);
  }
  return found.length;
}
