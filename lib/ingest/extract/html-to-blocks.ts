/**
 * Turns an article's DOM (Readability's output or a fallback container) into
 * Blocks. Inline content accumulates into the current paragraph; block
 * elements close it. Headings, list items, figure captions and blockquotes get
 * their own roles so later stages can weigh them apart from the body.
 */
import type { Block, BlockRole } from "../../text/types";
import { ALL_RULES_ON, type RuleSwitch } from "./extraction-rules";

const HEADING = /^H[1-6]$/;
const PARAGRAPH_LIKE = new Set(["P", "PRE", "DT", "DD", "ADDRESS", "SUMMARY"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO", "HEAD"]);
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIALOG", "DIR", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "HTML", "LI", "MAIN",
  "MENU", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A block as read from the page, with the share of its letters and digits that sat inside links (teaser lists, menus). */
export interface ReadBlock extends Block {
  linkShare: number;
  /** A table row: its links are the table's content (products, downloads, results), never teasers. */
  inTable: boolean;
}

const countChars = (s: string): number => s.replace(/[^\p{L}\p{N}]+/gu, "").length;

class BlockWriter {
  readonly blocks: ReadBlock[] = [];
  private buffer = "";
  private linkChars = 0;
  private role: BlockRole = "body";
  /** Depth of <table> elements around the text being read. */
  tableDepth = 0;

  text(s: string, inLink: boolean): void {
    this.buffer += s;
    if (inLink) this.linkChars += countChars(s);
  }

  /** Closes the current paragraph (if it holds any text) under the role in force. */
  flush(): void {
    const text = this.buffer.replace(/\s+/g, " ").trim();
    const chars = countChars(text);
    if (text) this.blocks.push({ role: this.role, text, linkShare: chars === 0 ? 0 : Math.min(1, this.linkChars / chars), inTable: this.tableDepth > 0 });
    this.buffer = "";
    this.linkChars = 0;
  }

  /**
   * Runs `fn` with every paragraph it produces given `role`. The outermost special role wins (a paragraph in a
   * blockquote is a quote), except that a caption is a caption wherever it sits (a gallery is often a list),
   * and a quote inside a figure is a quote, not the picture's caption.
   */
  /** The role paragraphs get now. */
  get current(): BlockRole {
    return this.role;
  }

  /** Runs `fn` with its paragraphs read as body text, whatever role is in force (see paragraphInHeading). */
  asBody(fn: () => void): void {
    this.flush();
    const outer = this.role;
    this.role = "body";
    fn();
    this.flush();
    this.role = outer;
  }

  within(role: BlockRole, fn: () => void): void {
    this.flush();
    const outer = this.role;
    if (outer === "body" || (role === "caption" && outer !== "quote") || (outer === "caption" && role === "quote")) this.role = role;
    fn();
    this.flush();
    this.role = outer;
  }
}

function walk(node: Node, out: BlockWriter, on: RuleSwitch, inLink: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.textContent ?? "", inLink);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === "BR") {
    // A double <br> is how older pages separate paragraphs; a single one is a line break inside one.
    const next = el.nextSibling;
    if (next && next.nodeType === ELEMENT_NODE && (next as Element).tagName.toUpperCase() === "BR") out.flush();
    else out.text(" ", false);
    return;
  }
  const linked = inLink || tag === "A";
  const children = () => el.childNodes.forEach((child) => walk(child, out, on, linked));
  // A table row reads as one line ("3 Kevin Harvick 5033 4 6"): cell by cell, a standings table became
  // hundreds of one-number paragraphs that no later stage could read or compare.
  if (on("table-rows") && (tag === "TD" || tag === "TH")) {
    out.text(" ", false);
    children();
    out.text(" ", false);
    return;
  }
  if (HEADING.test(tag)) return out.within("heading", children);
  if (on("heading-paragraphs") && tag === "P" && out.current === "heading" && paragraphInHeading(el)) return out.asBody(children);
  if (tag === "LI") return out.within("list-item", children);
  if (tag === "FIGCAPTION") return out.within("caption", children);
  // Text in a figure beside the picture: a credit, an "Image copyright" label, a caption outside <figcaption>.
  if (on("caption-roles") && tag === "FIGURE") return out.within("caption", children);
  if (tag === "BLOCKQUOTE" || tag === "Q" && el.parentElement?.childNodes.length === 1) return out.within("quote", children);
  if (tag === "TABLE") {
    out.flush();
    out.tableDepth++;
    children();
    out.flush();
    out.tableDepth--;
    return;
  }
  if (PARAGRAPH_LIKE.has(tag) || BLOCK.has(tag)) {
    out.flush();
    children();
    out.flush();
    return;
  }
  children();
}

/**
 * An unclosed heading ("<h1>Title <p>First paragraph…") swallows the
 * paragraphs after it: the HTML parser, like a browser, nests them inside the
 * heading, which may hold only phrasing content. A paragraph inside a heading
 * that has its own text before it, or other paragraphs beside it, is one of
 * those swallowed paragraphs; a heading whose whole text is one <p> is still
 * a heading.
 */
function paragraphInHeading(p: Element): boolean {
  let heading = p.parentElement;
  while (heading && !HEADING.test(heading.tagName.toUpperCase())) heading = heading.parentElement;
  if (!heading) return false;
  if (heading.getElementsByTagName("p").length >= 2) return true;
  for (let n: Node | null = heading.firstChild; n && n !== p; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE && (n.textContent ?? "").trim()) return true;
  }
  return false;
}

/** Blocks of an element's content, in document order. */
export function htmlToBlocks(root: Node, on: RuleSwitch = ALL_RULES_ON): ReadBlock[] {
  const out = new BlockWriter();
  walk(root, out, on, false);
  out.flush();
  return out.blocks;
}
