/**
 * The standfirst (lead, dek, subtitle, "chapô", "bajada"): the sentence or
 * two under the headline that sums up the story. Sites print it in the
 * article header, next to the headline, and Readability usually keeps only
 * the body container below it, so the standfirst is lost even though it is
 * often the one place where an outlet states its angle. It is found before
 * Readability runs (by the class names sites give it, close to the page's
 * headline) and put back in front of the body when Readability left it out.
 */
import { isChromeNamed } from "./chrome-names";
import { descendantElements } from "./descendant-elements";

/** Class/id parts naming a standfirst, in the languages of the sites Lacuna reads (en, fr, es, it, de). */
const STANDFIRST_PART =
  /^(?:standfirst|stand-first|subtitle|subtitulo|sottotitolo|subheadline|subhead|sub-headline|dek|deck|lead|lede|excerpt|chapo|chapeau|bajada|entradilla|teaser-text|intro|introduction|summary|abstract|description)$/i;
/** Elements that can hold a standfirst's text. */
const TEXT_TAGS = new Set(["P", "DIV", "H2", "H3", "SPAN", "SECTION"]);
/** How far above the standfirst the headline's container may sit: the header block, not the page. */
const MAX_LEVELS_TO_HEADLINE = 4;
const MIN_WORDS = 8;
const MAX_CHARS = 800;

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

function namesStandfirst(el: Element, cache: Map<string, boolean>): boolean {
  if (el.getAttribute("itemprop") === "description") return true;
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (raw.trim() === "") return false;
  let named = cache.get(raw);
  if (named === undefined) {
    // "entry__subtitle" → entry, subtitle; "article-deck" → article, deck; "a-lead" → a, lead.
    named = raw.split(/[\s_-]+/).some((part) => STANDFIRST_PART.test(part)) || /\bteaser-text\b/i.test(raw);
    cache.set(raw, named);
  }
  return named;
}

/** Share of the element's text inside links: a teaser link list is not a standfirst. */
function linkShare(el: Element, textLength: number): number {
  let links = 0;
  for (const a of el.getElementsByTagName("a")) links += collapse(a.textContent ?? "").length;
  return textLength === 0 ? 1 : links / textLength;
}

/** Whether one of `headlines` (all before `el`) sits in an ancestor of `el` at most a few levels up (the same header block). */
function nearHeadline(el: Element, headlines: readonly Element[]): boolean {
  let up: Element | null = el.parentElement;
  for (let level = 1; up && level <= MAX_LEVELS_TO_HEADLINE; level++, up = up.parentElement) {
    const tag = up.tagName.toUpperCase();
    if (tag === "BODY" || tag === "HTML") return false;
    const container = up;
    if (headlines.some((h) => container.contains(h))) return true;
  }
  return false;
}

/** The story's headline: an <h1> with text (a logo <h1> is often empty), or an <h2> the page classes as the title. */
function isHeadline(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== "H1" && tag !== "H2") return false;
  if (tag === "H2" && !/(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])/i.test(el.getAttribute("class") ?? "")) return false;
  return collapse(el.textContent ?? "") !== "";
}

/** A "description" in an author box ("m-author__description", "byline-summary") is the writer's biography. */
const ABOUT_WRITER = /author|byline|profile|\bbio\b/i;

function insideChrome(el: Element, names: Map<string, boolean>): boolean {
  for (let up: Element | null = el, level = 0; up; up = up.parentElement, level++) {
    if (up !== el && isChromeNamed(up, names)) return true;
    if (level <= MAX_LEVELS_TO_HEADLINE && ABOUT_WRITER.test(`${up.getAttribute("class") ?? ""} ${up.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

/** The page's standfirst text, or undefined when no element near the headline is marked as one. */
export function findStandfirst(doc: Document): string | undefined {
  if (!doc.body) return undefined;
  const standfirstNames = new Map<string, boolean>();
  const chromeNames = new Map<string, boolean>();
  // Headlines met so far in document order: the standfirst comes after the headline, in the same header block.
  const headlines: Element[] = [];
  for (const el of descendantElements(doc.body)) {
    if (isHeadline(el)) {
      headlines.push(el);
      continue;
    }
    if (headlines.length === 0 || !TEXT_TAGS.has(el.tagName.toUpperCase()) || !namesStandfirst(el, standfirstNames)) continue;
    if (!nearHeadline(el, headlines)) continue;
    const text = collapse(el.textContent ?? "");
    if (text.length > MAX_CHARS || text.split(" ").length < MIN_WORDS) continue;
    if (linkShare(el, text.length) > 0.5 || insideChrome(el, chromeNames)) continue;
    return text;
  }
  return undefined;
}
