/**
 * Fallback for pages Readability gives up on (short posts, forum-like or
 * table layouts): the container whose own paragraphs and text hold the most
 * characters. Crude, but it never returns nothing when the page has text.
 */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CONTAINERS = "article, main, section, div, td, body";

/** Characters of text sitting directly in `el` or in its direct paragraph-like children. */
function ownTextLength(el: Element): number {
  let total = 0;
  el.childNodes.forEach((child) => {
    if (child.nodeType === TEXT_NODE) total += (child.textContent ?? "").trim().length;
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName.toUpperCase();
      if (/^(?:P|H[2-6]|BLOCKQUOTE|PRE|UL|OL|FIGURE|SPAN|STRONG|EM|B|I|FONT)$/.test(tag)) {
        const text = (child.textContent ?? "").trim();
        const links = [...(child as Element).querySelectorAll("a")].reduce((n, a) => n + (a.textContent ?? "").trim().length, 0);
        // Link lists (menus, archives, teasers) are not article text.
        const maxLinkShare = /^(?:UL|OL)$/.test(tag) ? 0.2 : 0.5;
        if (links <= maxLinkShare * text.length) total += text.length;
      }
    }
  });
  return total;
}

export function largestTextBlock(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of doc.querySelectorAll(CONTAINERS)) {
    const score = ownTextLength(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.body;
}
