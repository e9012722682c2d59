/**
 * Fallback for pages Readability gives up on (short posts, forum-like or
 * table layouts): the container whose own paragraphs and text hold the most
 * characters. Crude, but it never returns nothing when the page has text.
 * Also the element the pruning pass protects, so it runs on every page: one
 * walk over the tree, no selector queries.
 */
import { isChromeNamed } from "./chrome-names";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CONTAINERS = new Set(["ARTICLE", "MAIN", "SECTION", "DIV", "TD", "BODY"]);
const PARAGRAPH_LIKE = new Set(["P", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "UL", "OL", "FIGURE", "SPAN", "STRONG", "EM", "B", "I", "FONT"]);
const LISTS = new Set(["UL", "OL"]);
/** Other elements that hold chrome boxes' candidates (a related list, a footer, an aside). */
const BOXES = new Set(["ASIDE", "UL", "OL", "FOOTER", "HEADER", "NAV", "TABLE"]);

const collapse = (s: string): string => s.replace(/\s+/g, " ");

/**
 * Text of a subtree (as textContent would give it) and the length of the link texts in it, both
 * whitespace-collapsed: menus are often indented with hundreds of spaces between links, which counted
 * as non-link text made a 130-link menu look like prose.
 */
function collect(node: Node, parts: { text: string; links: number }): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) parts.text += collapse(child.textContent ?? "");
    else if (child.nodeType === ELEMENT_NODE) {
      if ((child as Element).tagName.toUpperCase() === "A") {
        const link = { text: "", links: 0 };
        collect(child, link);
        parts.text += link.text;
        parts.links += collapse(link.text).trim().length;
      } else collect(child, parts);
    }
  }
}

/** Characters of text sitting directly in `el` or in its direct paragraph-like children. */
function ownTextLength(el: Element): number {
  let total = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) total += collapse(child.textContent ?? "").trim().length;
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (!PARAGRAPH_LIKE.has(tag)) continue;
      const parts = { text: "", links: 0 };
      collect(child, parts);
      const length = collapse(parts.text).trim().length;
      // Link lists (menus, archives, teasers) are not article text.
      const maxLinkShare = LISTS.has(tag) ? 0.2 : 0.5;
      if (parts.links <= maxLinkShare * length) total += length;
    }
  }
  return total;
}

/**
 * A box the page names as chrome ("related-posts", "sidebar", "comments") is never the article itself,
 * however much text its teasers hold together. A block inside one counts only when it clearly outweighs
 * every block outside such boxes: one teaser excerpt can be as long as a short post's paragraphs, but a
 * layout wrapper named "has-sidebar" around the whole article is not chrome, and the article inside it
 * then outweighs anything else on the page.
 */
const CHROME_BOX_HANDICAP = 2;

/** `names` caches class-name verdicts; the pruning pass shares its cache, since it tests the same names again. */
export function largestTextBlock(doc: Document, names: Map<string, boolean> = new Map()): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  let bestInChrome: Element | null = null;
  let bestInChromeScore = 0;
  const visit = (el: Element, inChrome: boolean): void => {
    const tag = el.tagName.toUpperCase();
    const container = CONTAINERS.has(tag);
    // Chrome boxes are block containers; reading the class names of every paragraph, link and span would cost more than the rest of the walk.
    const named = (container || BOXES.has(tag)) && isChromeNamed(el, names);
    const chrome = inChrome || named;
    if (!named && container) {
      const score = ownTextLength(el);
      if (chrome && score > bestInChromeScore) {
        bestInChrome = el;
        bestInChromeScore = score;
      } else if (!chrome && score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, chrome);
  };
  if (doc.documentElement) visit(doc.documentElement, false);
  if (bestInChromeScore > CHROME_BOX_HANDICAP * bestScore) return bestInChrome;
  return best ?? doc.body;
}
