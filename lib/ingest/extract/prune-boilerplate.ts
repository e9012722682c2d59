/**
 * Removes page chrome from the DOM before Readability scores it: share bars,
 * related-story boxes, newsletter and cookie boxes, comment threads, tag
 * lists, disclaimers, dialogs and hidden elements. Readability alone keeps
 * many of these when they sit inside the article container; naming them by
 * class, id, role and ARIA label is how sites mark them, across sites.
 */

import { isChromeNamed } from "./chrome-names";
import { ALL_RULES_ON, type RuleSwitch } from "./extraction-rules";
import { largestTextBlock } from "./largest-text-block";

/** Elements that are never article text (forms, embeds, navigation); removed subject to the guards. */
const CHROME_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "FORM", "BUTTON", "SELECT", "INPUT", "TEXTAREA", "SVG", "NAV"]);
const CHROME_ROLES = new Set(["navigation", "dialog", "alertdialog", "banner", "contentinfo", "complementary", "search"]);

/** The same test as the CSS selector list it replaces, read from the element's own tag and attributes. */
function isChromeElement(el: Element, parentIsBody: boolean): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  if (parentIsBody && (tag === "FOOTER" || tag === "HEADER")) return true;
  if (el.hasAttribute("hidden")) return true;
  const role = el.getAttribute("role");
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  return el.getAttribute("aria-hidden") === "true" || el.getAttribute("aria-modal") === "true";
}

/** Phrases that open a chrome box; a short element starting with one is dropped whole. */
const CHROME_TEXT =
  /^(?:related (?:stories|articles|posts|news|content|coverage|topics)|more (?:stories|news|from|on this)|recommended(?: for you)?|you (?:may|might) (?:also )?like|read (?:more|next|also)|also read|most (?:read|popular|viewed|shared)|trending(?: now)?|sign up (?:for|to)|subscribe to|get (?:our|the) (?:newsletter|daily)|share (?:this|on|via)|follow us|tags?:|topics?:|filed under|leave a (?:comment|reply)|\d+ comments?|comments?$|we use cookies|this (?:site|website) uses cookies|by (?:using|continuing)|accept (?:all )?cookies|disclaimer|advertiser disclosure|advertisement)/i;

const MAX_SHARE = 0.4;
/** Boxes opening with a chrome phrase are dropped only when short; a long one is an article that happens to start so. */
const MAX_CHROME_TEXT = 600;
const BOXES = new Set(["DIV", "SECTION", "ASIDE", "UL", "FOOTER", "HEADER"]);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const collapse = (s: string): string => s.replace(/\s+/g, " ");

/**
 * Whitespace-collapsed text length of every element, measured once
 * bottom-up and kept current as elements are removed. Both passes test an
 * element before any of its descendants is removed, so the stored length is
 * what reading its textContent would give, without re-reading each subtree
 * at every nesting level (which made pruning quadratic in the page depth).
 */
class TextLengths {
  private readonly lengths = new Map<Node, number>();

  constructor(root: Element) {
    this.measure(root);
  }

  private measure(node: Node): number {
    let total = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) total += collapse(child.textContent ?? "").length;
      else if (child.nodeType === ELEMENT_NODE) total += this.measure(child);
    }
    this.lengths.set(node, total);
    return total;
  }

  of(el: Element): number {
    return this.lengths.get(el) ?? 0;
  }

  remove(el: Element): void {
    const length = this.of(el);
    for (let up = el.parentElement; up; up = up.parentElement) this.lengths.set(up, (this.lengths.get(up) ?? 0) - length);
    el.remove();
  }
}

/**
 * Never remove the densest text block or an element around it: class names
 * like "l-sidebar-fixed" or "has-comments" on a layout wrapper of the article
 * are not chrome. Otherwise remove only elements holding a minority of the
 * text. (Removing link lists whatever their size was measured with
 * `eval:extract -- --ablate`: it changed no page of either development set,
 * Readability's link-density test already leaves such menus out, so it went.)
 */
class Guard {
  private readonly protectedElements = new Set<Element>();
  private readonly bodyLength: number;

  constructor(
    main: Element | null,
    private readonly lengths: TextLengths,
    body: Element,
  ) {
    for (let el: Element | null = main; el; el = el.parentElement) this.protectedElements.add(el);
    this.bodyLength = lengths.of(body);
  }

  isRemovable(el: Element): boolean {
    const tag = el.tagName.toUpperCase();
    if (tag === "BODY" || tag === "HTML" || tag === "MAIN") return false;
    if (this.protectedElements.has(el)) return false;
    const len = this.lengths.of(el);
    return len < MAX_SHARE * this.bodyLength || len < 200;
  }
}

function isHiddenByStyle(el: Element): boolean {
  const style = el.getAttribute("style");
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Text only screen readers get ("sr-only", "visually-hidden", "screen-reader-text", "off-screen"): labels
 * such as "Image copyright" or "Share this article" that a reader of the page never sees.
 */
const VISUALLY_HIDDEN = /^(?:sr-only|sr-text|visually-?hidden|visuallyhidden|screen-?reader-?(?:text|only)|screenreader|off-?screen|a11y-hidden|hidden-?text|u-hidden-visually|is-vishidden|element-invisible|assistive-text)$/i;

function isVisuallyHidden(el: Element): boolean {
  const cls = el.getAttribute("class");
  return cls !== null && cls.split(/\s+/).some((c) => VISUALLY_HIDDEN.test(c));
}

/**
 * The byline, dateline and time stamps of the article header ("Updated 3:27 am PST, Wednesday, November 20,
 * 2019", "Greg Beacham, AP Sports Writer", the printed page URL): read as metadata before pruning, and not
 * story text. Named by class or id, or marked with schema.org itemprop; only short elements, so a wrapper
 * named "article-meta-and-body" is never taken.
 */
const METADATA_NAME = /^(?:byline|bylines|byline-date|dateline|timestamp|timestamps|time-stamp|pubdate|publish-date|published-date|publication-date|post-date|entry-date|article-date|story-date|date-published|date-updated|updated-date|last-updated|article-byline|story-byline|author-byline|ap-byline)$/i;
const METADATA_ITEMPROP = /^(?:datePublished|dateModified|dateCreated|author|creator)$/;
const MAX_METADATA_CHARS = 200;

/** Whether an ancestor of `el` is a <p>; a parent walk, since linkedom's closest() compiles its selector on every call. */
function isInParagraph(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName.toUpperCase() === "P") return true;
  return false;
}

function namesMetadata(el: Element): boolean {
  const itemprop = el.getAttribute("itemprop");
  if (itemprop !== null && METADATA_ITEMPROP.test(itemprop)) return true;
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.trim();
  return raw !== "" && raw.split(/\s+/).some((n) => METADATA_NAME.test(n.replace(/_/g, "-")));
}

function isMetadataElement(el: Element, lengths: TextLengths): boolean {
  if (lengths.of(el) > MAX_METADATA_CHARS || !namesMetadata(el)) return false;
  // Inside a paragraph it is part of the sentence: news style calls the place opening a story ("KOBE –") a dateline.
  return !isInParagraph(el);
}

/** The element's text, whitespace-collapsed, when it is short enough to be a chrome box. */
function shortText(el: Element, lengths: TextLengths): string | undefined {
  if (lengths.of(el) >= MAX_CHROME_TEXT + 50) return undefined;
  const text = collapse(el.textContent ?? "").trim();
  return text.length < MAX_CHROME_TEXT ? text : undefined;
}

/**
 * Some blog platforms ship the article body as an HTML template script that
 * JavaScript renders; inside an element marked as the article body
 * (schema.org itemprop=articleBody) that template is the article.
 */
function unwrapBodyTemplates(doc: Document): void {
  for (const script of [...doc.getElementsByTagName("script")]) {
    if (!/^text\/(?:x-)?template/i.test(script.getAttribute("type") ?? "")) continue;
    if (!script.parentElement?.closest('[itemprop="articleBody"]')) continue;
    const div = doc.createElement("div");
    div.innerHTML = script.textContent ?? "";
    script.replaceWith(div);
  }
}

/** Children first collected, so removing one does not break the iteration. */
function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}

/** Prunes `doc` in place; returns the densest text block it protected (the fallback article container). */
export function pruneBoilerplate(doc: Document, on: RuleSwitch = ALL_RULES_ON): Element | null {
  const body = doc.body;
  if (!body) return null;
  unwrapBodyTemplates(doc);
  const names = new Map<string, boolean>();
  const main = largestTextBlock(doc, names);
  const lengths = new TextLengths(body);
  const guard = new Guard(main, lengths, body);
  // Pass 1: elements that are chrome by tag or ARIA role, so that the text tests below no longer see them.
  const removeStructural = (el: Element, parentIsBody: boolean): void => {
    if (on("prune-by-tag-and-role") && isChromeElement(el, parentIsBody) && guard.isRemovable(el)) {
      lengths.remove(el);
      return;
    }
    for (const child of elementChildren(el)) removeStructural(child, el === body);
  };
  for (const child of elementChildren(body)) removeStructural(child, true);
  // Pass 2: hidden elements, chrome by class/id name, and short boxes that open with a chrome phrase.
  const removeNamed = (el: Element): void => {
    if (
      (on("prune-hidden") && isHiddenByStyle(el)) ||
      (on("prune-visually-hidden") && isVisuallyHidden(el)) ||
      (on("prune-metadata") && isMetadataElement(el, lengths)) ||
      (on("prune-by-name") && isChromeNamed(el, names) && guard.isRemovable(el))
    ) {
      lengths.remove(el);
      return;
    }
    if (on("prune-by-opening-phrase") && BOXES.has(el.tagName.toUpperCase())) {
      const text = shortText(el, lengths);
      if (text !== undefined && CHROME_TEXT.test(text) && guard.isRemovable(el)) {
        lengths.remove(el);
        return;
      }
    }
    for (const child of elementChildren(el)) removeNamed(child);
  };
  for (const child of elementChildren(body)) removeNamed(child);
  return main;
}
