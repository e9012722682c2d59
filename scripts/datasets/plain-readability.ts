/**
 * The baseline a user would otherwise run: Mozilla Readability 0.6 on a
 * linkedom document, nothing added. Its article node is read as blocks joined
 * by newlines (a paragraph break is a line break, as a browser's innerText
 * gives it), which is fairer to Readability than `textContent`, where the last
 * word of one paragraph runs into the first of the next.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Elements that start and end a line when rendered. */
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY",
  "TABLE", "TD", "TH", "TR", "UL",
]);

function appendText(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) parts.push(child.textContent ?? "");
    else if (child.nodeType === ELEMENT_NODE) {
      const block = BLOCK.has((child as Element).tagName.toUpperCase());
      if (block) parts.push("\n");
      appendText(child, parts);
      if (block) parts.push("\n");
    }
  }
}

/** The rendered lines of a node, whitespace-collapsed, empty lines dropped, joined by newlines. */
export function blockText(node: Node): string {
  const parts: string[] = [];
  appendText(node, parts);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** Plain Readability's article text, or "" when it finds none. Its documented `serializer` option returns the node, so no HTML is serialised and parsed again. */
export function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  return article?.content ? blockText(article.content) : "";
}
