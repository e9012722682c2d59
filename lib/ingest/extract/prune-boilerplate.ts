/**
 * Removes page chrome from the DOM before Readability scores it: share bars,
 * related-story boxes, newsletter and cookie boxes, comment threads, tag
 * lists, disclaimers, dialogs and hidden elements. Readability alone keeps
 * many of these when they sit inside the article container; naming them by
 * class, id, role and ARIA label is how sites mark them, across sites.
 */

import { largestTextBlock } from "./largest-text-block";

/** Class/id words that mark chrome. Matched against whole tokens of class and id ("post-tags" → post, tags). */
const CHROME_TOKEN =
  /^(?:share|shares|sharing|sharebar|social|socials|sociallinks|socialshare|sharedaddy|addthis|shariff|related|relatedposts|recommended|recommendations|recirculation|newsletter|newsletters|subscribe|subscription|signup|cookie|cookies|consent|gdpr|cmp|comments?|commentlist|disqus|respond|replies|tags?|taglist|tagcloud|keywords|breadcrumbs?|disclaimer|promo|promos|advert|adverts|advertisement|ads?|adsbygoogle|sponsor|sponsored|outbrain|taboola|popup|modal|paywall|overlay|banner|byline-share|more-stories|morestories|trending|popular|mostread|most|sidebar|footer|navbar|nav|navigation|menu|skip|print|pagination|pager|author-bio|authorbio|bio|rating|reactions|jp-relatedposts|yarpp|newsletter-signup|toolbar|utility)$/i;

const CHROME_SELECTOR = [
  "script", "style", "noscript", "template", "iframe", "form", "button", "select", "input", "textarea", "svg",
  "nav", "[role=navigation]", "[role=dialog]", "[role=alertdialog]", "[aria-modal=true]", "[role=banner]",
  "[role=contentinfo]", "[role=complementary]", "[role=search]", "[hidden]", "[aria-hidden=true]",
  "body > footer", "body > header",
].join(",");

/** Phrases that open a chrome box; a short element starting with one is dropped whole. */
const CHROME_TEXT =
  /^(?:related (?:stories|articles|posts|news|content|coverage|topics)|more (?:stories|news|from|on this)|recommended(?: for you)?|you (?:may|might) (?:also )?like|read (?:more|next|also)|also read|most (?:read|popular|viewed|shared)|trending(?: now)?|sign up (?:for|to)|subscribe to|get (?:our|the) (?:newsletter|daily)|share (?:this|on|via)|follow us|tags?:|topics?:|filed under|leave a (?:comment|reply)|\d+ comments?|comments?$|we use cookies|this (?:site|website) uses cookies|by (?:using|continuing)|accept (?:all )?cookies|disclaimer|advertisement)/i;

/** Chrome words that also mark chrome at the start of a hyphenated class ("share-buttons", "comments-area"). */
const LEADING_CHROME =
  /^(?:share|sharing|social|related|newsletter|subscribe|signup|cookie|cookies|consent|comments?|sidebar|footer|nav|navbar|menu|breadcrumbs?|promo|advert|ads?|sponsor|sponsored|paywall|outbrain|taboola|trending)$/i;

const TAXONOMY = /^(?:category|tag|post|postid|format|status|type|topic|section|author|page)-/i;

/**
 * Class and id names, whole and by their hyphen head and tail: "post-tags" →
 * tags, "share-buttons" → share. Only some words count at the head, because
 * WordPress labels the article itself with "tag-<name>" and "category-<name>".
 */
function isChromeNamed(el: Element): boolean {
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  for (const word of raw.split(/[\s_]+/)) {
    // CMS taxonomy labels ("category-sharing", "tag-comments") name the article's topics, not chrome.
    if (!word || TAXONOMY.test(word)) continue;
    if (CHROME_TOKEN.test(word)) return true;
    const parts = word.split("-").filter(Boolean);
    if (parts.length < 2) continue;
    if (CHROME_TOKEN.test(parts[parts.length - 1]!) || LEADING_CHROME.test(parts[0]!)) return true;
  }
  return false;
}

const textLength = (el: Element): number => (el.textContent ?? "").replace(/\s+/g, " ").trim().length;

/**
 * Never remove the densest text block or an element around it: class names
 * like "l-sidebar-fixed" or "has-comments" on a layout wrapper of the article
 * are not chrome. Otherwise remove only elements holding a minority of the text.
 */
function isRemovable(el: Element, main: Element | null, bodyLength: number): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === "BODY" || tag === "HTML" || tag === "MAIN") return false;
  if (main && (el === main || el.contains(main))) return false;
  const len = textLength(el);
  return len < MAX_SHARE * bodyLength || len < 200;
}

const MAX_SHARE = 0.4;

function isHiddenByStyle(el: Element): boolean {
  const style = el.getAttribute("style");
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Some blog platforms ship the article body as an HTML template script that
 * JavaScript renders; inside an element marked as the article body
 * (schema.org itemprop=articleBody) that template is the article.
 */
function unwrapBodyTemplates(doc: Document): void {
  for (const script of [...doc.querySelectorAll('[itemprop="articleBody"] script[type^="text/template" i], [itemprop="articleBody"] script[type="text/x-template" i]')]) {
    const div = doc.createElement("div");
    div.innerHTML = script.textContent ?? "";
    script.replaceWith(div);
  }
}

/** Prunes `doc` in place; returns the densest text block it protected (the fallback article container). */
export function pruneBoilerplate(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  unwrapBodyTemplates(doc);
  const bodyLength = textLength(body);
  const main = largestTextBlock(doc);
  for (const el of [...body.querySelectorAll(CHROME_SELECTOR)]) {
    if (el.isConnected && isRemovable(el, main, bodyLength)) el.remove();
  }
  for (const el of [...body.querySelectorAll("*")]) {
    if (!el.isConnected) continue;
    if (isHiddenByStyle(el) || (isChromeNamed(el) && isRemovable(el, main, bodyLength))) {
      el.remove();
      continue;
    }
    const tag = el.tagName.toUpperCase();
    if (/^(?:DIV|SECTION|ASIDE|UL|FOOTER|HEADER)$/.test(tag)) {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text.length < 600 && CHROME_TEXT.test(text) && isRemovable(el, main, bodyLength)) el.remove();
    }
  }
  return main;
}
