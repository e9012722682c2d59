/**
 * Mozilla Readability, tuned for linkedom. Readability collects elements by
 * tag with `querySelectorAll("p,div,…")`, many times per candidate node;
 * linkedom compiles the CSS selector anew on every call, which was the
 * largest single cost of Readability on news pages. Tag lookups need no
 * selector engine: this instance gets one tree walk that returns the same
 * elements in the same (document) order. The override is per instance, so
 * no other linkedom or Readability user is affected; should a future
 * Readability rename the method, the override is simply unused.
 */
import { Readability } from "@mozilla/readability";
import { descendantElements } from "./descendant-elements";

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;

/** Descendant elements of `root` whose tag is one of `tagNames`, in document order (like querySelectorAll). */
export function elementsByTagNames(root: Node, tagNames: readonly string[]): Element[] {
  const wanted = new Set(tagNames.map((t) => t.toUpperCase()));
  const out: Element[] = [];
  const visit = (start: Element): void => {
    for (const el of descendantElements(start)) if (wanted.has(el.tagName.toUpperCase())) out.push(el);
  };
  // linkedom's Document has no firstElementChild chain of its own; its one element child is the root element.
  if (root.nodeType === DOCUMENT_NODE) {
    const top = (root as Document).documentElement;
    if (top) {
      if (wanted.has(top.tagName.toUpperCase())) out.push(top);
      visit(top);
    }
  } else if (root.nodeType === ELEMENT_NODE) visit(root as Element);
  return out;
}

/**
 * Runs Readability on `doc` in place (no copy) and returns the article
 * container as a node. Its own metadata read is skipped (JSON-LD was read
 * already) and classes are left in place (the block walk ignores them),
 * which saves two passes over the page.
 */
export function runReadability(doc: Document): Node | null {
  const reader = new Readability<Node>(doc, { serializer: (node) => node, disableJSONLD: true, keepClasses: true });
  Object.assign(reader, { _getAllNodesWithTag: elementsByTagNames });
  try {
    return reader.parse()?.content ?? null;
  } catch (error) {
    // Readability assumes a browser's tree; linkedom builds some broken markup into shapes a browser
    // never makes (a teaser after </html>, for one), where it fails with a TypeError. No
    // content from Readability: the caller's fallback (the densest text block) reads the page instead,
    // and a page with nothing readable gets the usual message, not a stack trace.
    if (error instanceof TypeError) return null;
    throw error;
  }
}
