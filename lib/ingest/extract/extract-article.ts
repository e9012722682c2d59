/**
 * Extracts the article from an HTML page: metadata from JSON-LD / meta tags,
 * body from Mozilla Readability run on a linkedom DOM after general
 * boilerplate pruning, turned into Blocks and filtered with the same text
 * rules as pasted text. When Readability finds too little, the largest text
 * block is used instead and a warning says so.
 */
import { parseHTML } from "linkedom";
import { type Block, blocksToText } from "../../text/types";
import { chooseContent, mayNeedFallback } from "./choose-content";
import { type ExtractOptions, type RuleSwitch, ruleSwitch } from "./extraction-rules";
import { type BodyByline, filterBlocks } from "./filter-blocks";
import { dropOtherStories } from "./drop-other-stories";
import { findStandfirst } from "./find-standfirst";
import { htmlToBlocks } from "./html-to-blocks";
import { dropKickers } from "./kicker";
import { markCaptions } from "./mark-captions";
import { pruneBoilerplate } from "./prune-boilerplate";
import { readMetadata } from "./read-metadata";
import { runReadability } from "./run-readability";
import { signInWallClue, signInWallMessage, visiblePageText } from "./sign-in-wall";
import { noTextCause } from "./no-text-cause";
import { isStoryList } from "./story-list";
import { stripInertMarkup } from "./strip-inert-markup";
import { type ExtractedArticle, ExtractionError } from "./types";
import { readerWordCount } from "../../text/unspaced-words";

const HTML_TAG = /<html[\s>][^>]*>?/i;
const DOCTYPE = /^\s*<!doctype[^>]*>/i;

function parse(html: string): Document {
  const open = HTML_TAG.exec(html);
  // linkedom needs a full document to give <html>/<body>; fragments get wrapped.
  if (!open) return parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;
  // Tags before <html> (a stray <style> or <meta> some CMSs print first) would become linkedom's root element
  // and leave the document without a body; browsers move them inside <html>, and so does this.
  const before = html.slice(0, open.index).replace(DOCTYPE, "");
  const source = /<[a-z]/i.test(before) ? `${open[0]}${before}${html.slice(open.index + open[0].length)}` : html;
  return withBody(parseHTML(source).document as unknown as Document);
}

/** What may stand in <head>; the first anything else ends it, in a browser. */
const HEAD_ELEMENTS = new Set(["BASE", "LINK", "META", "NOSCRIPT", "SCRIPT", "STYLE", "TEMPLATE", "TITLE"]);

/**
 * A page with <html> but no <body> tag (truncated, or hand-made) keeps its
 * content under <html>, or inside an unclosed <head>, in linkedom, where
 * browsers put it in an implied body; Readability reads only the body and
 * failed on such a page with a TypeError. The content moves into a body, as a
 * browser's would: from the head's first element that cannot be in a head,
 * then whatever else stands under <html>. Likewise what a page prints after
 * `</body>` or `</html>` (linkedom keeps it beside the body, or beside <html>)
 * goes at the end of the body, where a browser shows it; otherwise a page
 * whose article sits there got the no-text message. A body nested elsewhere
 * (inside a second <html>, as some pages print) is left to Readability as it is.
 */
function withBody(doc: Document): Document {
  const root = doc.documentElement;
  if (!root) return doc;
  let body = [...root.children].find((child) => child.nodeName === "BODY");
  if (!body) {
    if (root.querySelector("body")) return doc;
    body = doc.createElement("body");
    for (const node of [...root.childNodes]) {
      if (node.nodeName !== "HEAD") body.appendChild(node);
      else {
        const inHead = [...node.childNodes];
        const end = inHead.findIndex((n) => n.nodeType === n.ELEMENT_NODE && !HEAD_ELEMENTS.has(n.nodeName));
        if (end >= 0) for (const moved of inHead.slice(end)) body.appendChild(moved);
      }
    }
    root.appendChild(body);
  }
  const inRoot = [...root.childNodes];
  const inDocument = [...doc.childNodes];
  const afterBody = inRoot.slice(inRoot.indexOf(body) + 1);
  const afterRoot = inDocument.slice(inDocument.indexOf(root) + 1);
  for (const node of [...afterBody, ...afterRoot]) body.appendChild(node);
  return doc;
}

function noTextMessage(url: string | undefined): string {
  return `No article text found${url ? ` at ${url}` : ""}: the page has no readable paragraphs (it may need JavaScript, a login, or not be an article).`;
}

/**
 * Set when a candidate content was refused as a list of other stories (story-list.ts), for the error's wording;
 * `lifted` holds the byline line a candidate's block filter took out of the body.
 */
interface CandidateNotes {
  storyList: boolean;
  lifted: BodyByline;
}

/** Blocks of a chosen content element, or none when it is a list of links to other stories. */
function contentBlocks(content: Node | null, on: RuleSwitch, pageUrls: readonly string[], notes: CandidateNotes): Block[] {
  if (!content) return [];
  if (on("story-lists") && isStoryList(content)) {
    notes.storyList = true;
    return [];
  }
  return filterBlocks(htmlToBlocks(content, on), on, pageUrls, notes.lifted);
}

function readabilityBlocks(doc: Document, on: RuleSwitch, pageUrls: readonly string[], notes: CandidateNotes): Block[] {
  return contentBlocks(runReadability(doc), on, pageUrls, notes);
}

/** The densest text block of a freshly pruned copy of the page: Readability has rearranged the first one. */
function fallbackBlocks(source: string, on: RuleSwitch, pageUrls: readonly string[], title: string | null | undefined, notes: CandidateNotes): Block[] {
  const doc = parse(source);
  if (on("other-stories")) dropOtherStories(doc, title);
  if (on("caption-roles")) markCaptions(doc, on("image-box-captions"));
  return contentBlocks(pruneBoilerplate(doc, on), on, pageUrls, notes);
}

/** The standfirst in front of the body, unless the body has it already or the block rules would drop it. */
function withStandfirst(blocks: Block[], standfirst: string | undefined, on: RuleSwitch): Block[] {
  if (!standfirst) return blocks;
  const lead: Block = { role: "body", text: standfirst };
  if (filterBlocks([lead], on).length === 0) return blocks;
  // Its opening words are enough (both texts are whitespace-collapsed): a body that has them has the standfirst,
  // perhaps split over two paragraphs.
  const opening = standfirst.slice(0, 60);
  if (blocks.some((b) => b.text.includes(opening))) return blocks;
  return [lead, ...blocks];
}

/**
 * Deepest element nesting accepted. Real news pages stay well under 100;
 * Readability's candidate scoring grows steeply with depth (1,000 nested
 * <div>s took over half a minute), so deeper markup is refused, not parsed.
 */
export const MAX_NESTING_DEPTH = 400;

function nestingDepth(doc: Document): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING_DEPTH) break;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Throws when the page is a sign-in or paywall page with little or no article on it (sign-in-wall.ts). Checked
 * before the other "no article" errors: a login page with no paragraphs at all is better described as what it is.
 */
function refuseSignInWall(blocks: readonly Block[], source: string, url: string | undefined, pageTitle: string | null | undefined): void {
  const words = blocks.reduce((sum, block) => sum + readerWordCount(block.text), 0);
  // The page is parsed again only for a short text whose address and title said nothing: the first copy is pruned.
  const clue = signInWallClue(words, { url, pageTitle, visibleText: () => visiblePageText(parse(source)) });
  if (clue) throw new ExtractionError(signInWallMessage(clue, url), "sign_in_wall");
}

export function extractArticle(html: string, url?: string, options?: ExtractOptions): ExtractedArticle {
  const on = ruleSwitch(options);
  const source = stripInertMarkup(html);
  const doc = parse(source);
  // Nothing but a comment or a CDATA section (an "<html" inside it is no element): nothing to read.
  if (!doc.documentElement) throw new ExtractionError(noTextMessage(url));
  if (nestingDepth(doc) > MAX_NESTING_DEPTH) {
    throw new ExtractionError(`The page${url ? ` at ${url}` : ""} nests its markup more than ${MAX_NESTING_DEPTH} levels deep; Lacuna does not extract such pages (no news page does this).`);
  }
  const metadata = readMetadata(doc, url);
  // The <title> as the page wrote it ("Sign in | The Ledger"); the metadata's title may come from og:title.
  const pageTitle = doc.querySelector("title")?.textContent;
  if (on("other-stories")) dropOtherStories(doc, metadata.title);
  if (on("caption-roles")) markCaptions(doc, on("image-box-captions"));
  pruneBoilerplate(doc, on);
  // Read before Readability rearranges the page: the standfirst sits next to the headline, outside the body it keeps.
  const standfirst = on("standfirst") ? findStandfirst(doc) : undefined;
  const pageUrls = [url, metadata.canonicalUrl].filter((u): u is string => Boolean(u));
  const notes: CandidateNotes = { storyList: false, lifted: {} };
  const readability = readabilityBlocks(doc, on, pageUrls, notes);
  // Most pages never need the fallback; parsing again for the few that might is cheaper than reading it on every page.
  // A page whose best container is a list of other stories is an index page: any block of it is one teaser.
  const chosen = chooseContent(readability, on("fallback") && !notes.storyList && mayNeedFallback(readability) ? fallbackBlocks(source, on, pageUrls, metadata.title, notes) : []);
  let blocks = chosen.blocks;
  // Checked before the standfirst goes in: on an index page the "standfirst" is the first teaser.
  if (blocks.length === 0 && notes.storyList) {
    if (on("sign-in-walls")) refuseSignInWall(blocks, source, url, pageTitle);
    throw new ExtractionError(
      `No article found${url ? ` at ${url}` : ""}: the page is a list of links to other stories (a section front, tag or search page), not an article. Add the link of one story instead.`,
    );
  }
  // The headline is metadata; a first heading repeating it would count as text twice. Dropped before the
  // standfirst goes in front, which would otherwise hide it from this check.
  // A label above the headline ("Analysis", "Opinion") says what kind of piece it is, not what it reports.
  if (on("kickers")) blocks = dropKickers(blocks, metadata.title);
  if (on("title-heading") && blocks[0]?.role === "heading" && metadata.title && blocks[0].text === metadata.title) blocks = blocks.slice(1);
  blocks = withStandfirst(blocks, standfirst, on);
  if (on("sign-in-walls")) refuseSignInWall(blocks, source, url, pageTitle);
  if (blocks.length === 0) {
    // The raw page, scripts and frames included: what it shows instead of an article says why, and whether a retry can help.
    const cause = noTextCause(html, url);
    throw cause ? new ExtractionError(cause.message, cause.code) : new ExtractionError(noTextMessage(url));
  }
  return {
    title: metadata.title,
    // A byline line in the body ("By Oliver Grant · 4 December 2026") names the author when the page's head does not.
    byline: metadata.byline ?? notes.lifted.byline ?? null,
    publishedAt: metadata.publishedAt ?? notes.lifted.publishedAt ?? null,
    siteName: metadata.siteName,
    lang: metadata.lang,
    canonicalUrl: metadata.canonicalUrl,
    ...(metadata.description ? { description: metadata.description } : {}),
    publisherTypes: metadata.publisherTypes,
    ...(notes.lifted.pressRelease ? { pressRelease: true as const } : {}),
    blocks,
    text: blocksToText(blocks),
    method: chosen.method,
    warnings: chosen.warning ? [chosen.warning] : [],
  };
}
