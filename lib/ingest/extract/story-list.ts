/**
 * A section front, tag page or search result page is a list of other pages'
 * stories: headline links, each with a one-line summary. Readability happily
 * returns such a list as "the article", and stored as one it would make every
 * headline a false omission. An article's own sub-headings are not links to
 * other pages, and its paragraphs run longer than a teaser line; this tells
 * the two apart by that structure alone, on any site.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HEADING = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);

/** A heading or list item whose text is at least this share link text is a link to another page. */
const LINK_SHARE = 0.8;
/** Headline links needed before a page reads as a list of stories. */
const MIN_LINKED_HEADINGS = 4;
/** Linked list items needed, when the stories are listed without headings. */
const MIN_LINKED_ITEMS = 8;
/** Teaser lines are short; an article's paragraphs are longer on average. */
const MAX_TEASER_WORDS = 30;
/**
 * Prose before the first headline link: a story followed by "more stories"
 * cards has its own paragraphs first; an index page starts with the cards.
 */
const MAX_LEAD_WORDS = 80;

interface Measure {
  text: number;
  link: number;
}

const collapsedLength = (s: string): number => s.replace(/\s+/g, " ").trim().length;

function measure(node: Node, inLink: boolean, visit: (el: Element, m: Measure) => void): Measure {
  const m: Measure = { text: 0, link: 0 };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const n = collapsedLength(child.textContent ?? "");
      m.text += n;
      if (inLink) m.link += n;
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const link = inLink || (el.tagName.toUpperCase() === "A" && el.hasAttribute("href"));
      const inner = measure(el, link, visit);
      m.text += inner.text;
      m.link += inner.link;
    }
  }
  if (node.nodeType === ELEMENT_NODE) visit(node as Element, m);
  return m;
}

const words = (el: Element): number => (el.textContent ?? "").split(/\s+/).filter(Boolean).length;

/** Whether the content Readability (or the fallback) chose is a list of links to stories rather than an article. */
export function isStoryList(content: Node): boolean {
  let headings = 0;
  let linkedHeadings = 0;
  let linkedItems = 0;
  let linkedItemText = 0;
  const paragraphWords: number[] = [];
  let leadWords = 0;
  // Elements are visited after their content and before what follows them: in reading order, for these tests.
  const total = measure(content, false, (el, m) => {
    const tag = el.tagName.toUpperCase();
    const linked = m.text > 0 && m.link / m.text >= LINK_SHARE;
    if (HEADING.has(tag)) {
      headings++;
      if (linked) linkedHeadings++;
    } else if (tag === "LI" && linked) {
      linkedItems++;
      linkedItemText += m.text;
    } else if (tag === "P" && m.text > 0 && m.link / m.text < LINK_SHARE) {
      // Empty paragraphs (spacers) say nothing about how long the page's lines run.
      const n = words(el);
      paragraphWords.push(n);
      if (linkedHeadings === 0 && linkedItems === 0) leadWords += n;
    }
  });
  const meanParagraph = paragraphWords.length === 0 ? 0 : paragraphWords.reduce((a, b) => a + b, 0) / paragraphWords.length;
  const teaserLines = meanParagraph < MAX_TEASER_WORDS && leadWords < MAX_LEAD_WORDS;
  // Headline cards: most headings are links, and what stands between them is teaser lines.
  if (linkedHeadings >= MIN_LINKED_HEADINGS && linkedHeadings * 2 >= headings && teaserLines) return true;
  // A bare list of headline links: most of the text is linked list items.
  return linkedItems >= MIN_LINKED_ITEMS && linkedItemText * 2 >= total.text && teaserLines;
}
