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

/**
 * Class or id naming a picture caption or credit ("caption", "wp-caption-text", "image-credit",
 * "InlineImage-imageEmbedCredit", "article__media-caption"): many sites print captions in a <div> or
 * <span> rather than a <figcaption>.
 */
const CAPTION_NAME = /caption|credit/i;
/** Longer than this, an element named as a caption is a wrapper ("has-caption" around a whole story), not one. */
const MAX_CAPTION_CHARS = 600;

function isNamedCaption(el: Element): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (!CAPTION_NAME.test(names)) return false;
  // "has-caption" / "with-caption" name a figure that has one, not the caption itself.
  if (!names.split(/\s+/).some((n) => CAPTION_NAME.test(n) && !/^(?:has|with|no)[-_]/i.test(n))) return false;
  return (el.textContent ?? "").length <= MAX_CAPTION_CHARS;
}

class BlockWriter {
  readonly blocks: Block[] = [];
  private buffer = "";
  private role: BlockRole = "body";

  text(s: string): void {
    this.buffer += s;
  }

  /** Closes the current paragraph (if it holds any text) under the role in force. */
  flush(): void {
    const text = this.buffer.replace(/\s+/g, " ").trim();
    this.buffer = "";
    if (text) this.blocks.push({ role: this.role, text });
  }

  /**
   * Runs `fn` with every paragraph it produces given `role`. The outermost special role wins (a paragraph in a
   * blockquote is a quote), except that a quote inside a figure is a quote, not the picture's caption.
   */
  within(role: BlockRole, fn: () => void): void {
    this.flush();
    const outer = this.role;
    if (outer === "body" || (outer === "caption" && role === "quote")) this.role = role;
    fn();
    this.flush();
    this.role = outer;
  }
}

function walk(node: Node, out: BlockWriter, on: RuleSwitch): void {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.textContent ?? "");
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
    else out.text(" ");
    return;
  }
  const children = () => el.childNodes.forEach((child) => walk(child, out, on));
  // A table row reads as one line ("3 Kevin Harvick 5033 4 6"): cell by cell, a standings table became
  // hundreds of one-number paragraphs that no later stage could read or compare.
  if (on("table-rows") && (tag === "TD" || tag === "TH")) {
    out.text(" ");
    children();
    out.text(" ");
    return;
  }
  if (HEADING.test(tag)) return out.within("heading", children);
  if (tag === "LI") return out.within("list-item", children);
  if (tag === "FIGCAPTION") return out.within("caption", children);
  // Text in a figure beside the picture (a credit, a "Image copyright" label) and elements named as captions.
  if (on("caption-roles") && (tag === "FIGURE" || isNamedCaption(el))) return out.within("caption", children);
  if (tag === "BLOCKQUOTE" || tag === "Q" && el.parentElement?.childNodes.length === 1) return out.within("quote", children);
  if (PARAGRAPH_LIKE.has(tag) || BLOCK.has(tag)) {
    out.flush();
    children();
    out.flush();
    return;
  }
  children();
}

/** Blocks of an element's content, in document order. */
export function htmlToBlocks(root: Node, on: RuleSwitch = ALL_RULES_ON): Block[] {
  const out = new BlockWriter();
  walk(root, out, on);
  out.flush();
  return out.blocks;
}
