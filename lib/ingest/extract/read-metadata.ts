/**
 * Article metadata from the page head: JSON-LD first (publishers fill it for
 * search engines, so it is the most reliable), then Open Graph and other meta
 * tags, then visible page markup (<time>, rel=author, <title>, <h1>).
 */
import { matchByline } from "../clean/chrome-rules";
import { parseDate } from "../clean/parse-date";

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  description: string | null;
  /** schema.org types of the publisher named in the JSON-LD ("NewsMediaOrganization", "GovernmentOrganization"): a clue to the outlet's kind. */
  publisherTypes: string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|WebPage)$/;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** CMSs often escape metadata twice ("Olive &#038; Herb"); the parser undoes only one level. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? "", 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const clean = (s: string | null | undefined): string | null => {
  const t = s ? decodeEntities(s).replace(/\s+/g, " ").trim() : undefined;
  return t ? t : null;
};

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

function flatten(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out));
  else if (isObject(value)) {
    out.push(value);
    const graph = value["@graph"];
    if (graph !== undefined) flatten(graph, out);
  }
}

function types(obj: JsonObject): string[] {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** Names from a schema.org author/publisher value: "Jane", {name}, [{name}, …]. */
function names(value: Json | undefined): string[] {
  if (typeof value === "string") return /^https?:\/\//.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return names(value["name"]);
  return [];
}

const str = (v: Json | undefined): string | null => (typeof v === "string" ? clean(v) : null);

/** The page's JSON-LD: its article object (the best ranked) and every object, for references by "@id". */
interface JsonLd {
  article: JsonObject | undefined;
  objects: JsonObject[];
}

function readJsonLd(page: PageIndex): JsonLd {
  const objects: JsonObject[] = [];
  for (const script of page.all("script")) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    const raw = (script.textContent ?? "").replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, "");
    try {
      flatten(JSON.parse(raw) as Json, objects);
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  const rank = (o: JsonObject): number => {
    const t = types(o);
    if (t.some((x) => /NewsArticle|Reportage|BlogPosting|LiveBlog/.test(x))) return 3;
    if (t.some((x) => x !== "WebPage" && ARTICLE_TYPES.test(x))) return 2;
    if (t.includes("WebPage")) return 1;
    return 0;
  };
  return { article: objects.filter((o) => rank(o) > 0).sort((a, b) => rank(b) - rank(a))[0], objects };
}

/** The publisher's types, whether given inline or as a reference ({"@id": "#org"}) to an object elsewhere in the graph. */
function publisherTypesOf(publisher: Json | undefined, objects: readonly JsonObject[]): string[] {
  const first = Array.isArray(publisher) ? publisher[0] : publisher;
  if (!isObject(first)) return [];
  const own = types(first);
  if (own.length > 0) return own;
  const id = first["@id"];
  const target = typeof id === "string" ? objects.find((o) => o !== first && o["@id"] === id) : undefined;
  return target ? types(target) : [];
}

/** All <meta> values by lower-cased property/name/itemprop, first occurrence wins (one pass instead of a query per key). */
function metaIndex(page: PageIndex): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of page.all("meta")) {
    const content = clean(el.getAttribute("content"));
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function pick(index: Map<string, string>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

const TITLE_SEPARATOR = /(\s+[|–—·:»-]\s+)/;
const loose = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const NAME_WORD = /^(?:[\p{Lu}\p{N}&]|(?:of|the|and|on|de|la|le|der|die|das|del|du|di|da|el)$)/u;

/**
 * Whether a part of a <title> reads as a site or section name ("BBC News",
 * "Reuters", "World", "halden-post.com"): a few capitalised words or a
 * domain. A headline's own second half ("‘we owe them answers’", "live
 * updates", "cinq morts dans l'explosion") starts with a quote or a small
 * letter, so it is kept.
 */
function looksLikeSiteName(part: string): boolean {
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(part)) return true;
  return part.length <= 40 && isTitleCase(part, 4);
}

/** Every word capitalised (or a short joining word), in at most `maxWords` words. */
function isTitleCase(text: string, maxWords: number): boolean {
  const words = text.split(/\s+/);
  return words.length <= maxWords && words.every((w) => NAME_WORD.test(w));
}

/**
 * "Headline | Site" / "Headline - Site": the part that is the site's name
 * dropped, else the parts at the end that read as names ("– BBC News",
 * "| World | The Halden Post"). Any other part after a dash is the
 * headline's own: "Mayor orders inquiry – ‘we owe them answers’" was cut to
 * "Mayor orders inquiry" when the first part alone had three words. For a
 * headline In Title Case, whose every part reads as a name, a <h1> showing
 * the whole <title> keeps it whole.
 */
function titleFromTitleTag(raw: string | null, siteName: string | null, heading: string | null): string | null {
  if (!raw) return null;
  // Parts at even indexes, the separators between them (as written) at odd ones.
  const pieces = raw.split(TITLE_SEPARATOR);
  if (pieces.length < 3) return raw;
  if (siteName) {
    const site = loose(siteName);
    const rest = withoutParts(pieces, (part) => loose(part) === site);
    if (rest && rest !== raw) return rest;
  }
  const parts = (pieces.length + 1) / 2;
  let end = parts;
  while (end > 1 && looksLikeSiteName(pieces[(end - 1) * 2]!)) end--;
  const head = withoutParts(pieces, (_, at) => at >= end);
  const stripped = end < parts && head.split(/\s+/).length >= 3;
  // Capitalised words after a headline in sentence case are a name; after one In Title Case they tell nothing, so the <h1> decides.
  if (stripped && !isTitleCase(head.replace(/[^\p{L}\p{N}&\s]/gu, " ").trim(), Infinity)) return head;
  if (heading && loose(heading) === loose(raw)) return raw;
  return stripped ? head : raw;
}

/** The title without some of its parts, each kept part after the separator written before it. */
function withoutParts(pieces: readonly string[], drop: (part: string, at: number) => boolean): string {
  let out = "";
  for (let i = 0; i < pieces.length; i += 2) {
    if (drop(pieces[i]!, i / 2)) continue;
    out += out ? pieces[i - 1]! + pieces[i]! : pieces[i]!;
  }
  return out;
}

/** Short texts of elements that pages use for bylines and datelines ("story-byline", "entry-meta", "dateline"). */
const META_CLASS = /byline|author|dateline|meta|date/i;

function visibleMetaLines(doc: Document): string[] {
  const lines: string[] = [];
  // A tree walk with one regex per class attribute: the equivalent selector list is compiled and matched per element by linkedom.
  const visit = (el: Element): void => {
    for (let child = el.firstElementChild; child && lines.length < 30; child = child.nextElementSibling) {
      const cls = child.getAttribute("class");
      if (cls && META_CLASS.test(cls)) {
        const text = clean(child.textContent);
        if (text && text.length <= 200) lines.push(text);
      }
      visit(child);
    }
  };
  if (doc.documentElement) visit(doc.documentElement);
  return lines;
}

const INDEXED_TAGS = new Set(["SCRIPT", "META", "TIME", "TITLE", "H1", "LINK"]);
const AUTHOR_CLASS = /(?:^|\s)(?:byline|author-name|author)(?:\s|$)/;

/**
 * The elements metadata is read from, gathered in one walk over the page
 * (each getElementsByTagName or querySelector call is a walk of its own in linkedom).
 */
class PageIndex {
  private readonly byTag = new Map<string, Element[]>();
  /** First element marked as the author ([itemprop=author], [rel=author], .byline, .author-name, .author), in document order. */
  author: Element | undefined;

  constructor(doc: Document) {
    const visit = (el: Element): void => {
      for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
        const tag = child.tagName.toUpperCase();
        if (INDEXED_TAGS.has(tag)) {
          const list = this.byTag.get(tag);
          if (list) list.push(child);
          else this.byTag.set(tag, [child]);
        }
        if (!this.author && isAuthorMarkup(child)) this.author = child;
        visit(child);
      }
    };
    if (doc.documentElement) visit(doc.documentElement);
  }

  all(tag: string): readonly Element[] {
    return this.byTag.get(tag.toUpperCase()) ?? [];
  }

  /** First element with this tag (and passing `test`). */
  first(tag: string, test?: (el: Element) => boolean): Element | undefined {
    return this.all(tag).find((el) => !test || test(el));
  }
}

function isAuthorMarkup(el: Element): boolean {
  if (el.getAttribute("itemprop") === "author" || el.getAttribute("rel") === "author") return true;
  const cls = el.getAttribute("class");
  return cls !== null && AUTHOR_CLASS.test(cls);
}

/** A byline element's text, when it reads as names rather than a block of text or a date line. */
function bylineFromMarkup(text: string | null): string | null {
  return text && text.length <= 100 && !/\d{4}/.test(text) ? text.replace(/^by\s+/i, "") : null;
}

export function readMetadata(doc: Document, url?: string): PageMetadata {
  const page = new PageIndex(doc);
  const metas = metaIndex(page);
  const meta = (...keys: string[]): string | null => pick(metas, ...keys);
  const jsonLd = readJsonLd(page);
  const ld = jsonLd.article;
  const publisher = ld?.["publisher"];
  const siteName =
    meta("og:site_name", "application-name") ?? (isObject(publisher) ? str(publisher["name"]) : null);

  const ldAuthors = names(ld?.["author"] ?? ld?.["creator"]).map((n) => n.trim()).filter(Boolean);
  const metaAuthor = meta("author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "article:author");
  // Selector queries scan the whole page, so the markup sources are read only when the structured ones fall short.
  const markupAuthor = (): string | null =>
    clean(page.author?.textContent);
  // Scanning the page for byline/dateline elements is the slow part, so only done when the structured sources fall short.
  let metaLines: string[] | undefined;
  const pageLines = (): string[] => (metaLines ??= visibleMetaLines(doc));
  const byline =
    (ldAuthors.length > 0 ? [...new Set(ldAuthors)].join(", ") : null) ??
    (metaAuthor && !/^https?:\/\//.test(metaAuthor) ? metaAuthor : null) ??
    bylineFromMarkup(markupAuthor()) ??
    pageLines().map((line) => matchByline(line)).find((name) => name !== undefined) ??
    null;

  const dateSources: (() => string | null | undefined)[] = [
    () => str(ld?.["datePublished"]),
    () => str(ld?.["dateCreated"]),
    () => meta("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published", "og:updated_time", "article:modified_time"),
    () => clean(page.first("time", (el) => el.hasAttribute("datetime"))?.getAttribute("datetime")),
    () => clean(page.first("time")?.textContent),
    () => pageLines().map((line) => parseDate(line)).find((d) => d !== undefined),
    () => str(ld?.["dateModified"]),
  ];
  let publishedAt: string | null = null;
  for (const source of dateSources) {
    const value = source();
    const parsed = value ? parseDate(value) : undefined;
    if (parsed) {
      publishedAt = parsed;
      break;
    }
  }

  const title =
    str(ld?.["headline"]) ??
    meta("og:title", "twitter:title", "dc.title", "headline") ??
    titleFromTitleTag(clean(page.first("title")?.textContent), siteName, clean(page.first("h1")?.textContent)) ??
    clean(page.first("h1")?.textContent);

  const lang =
    clean(doc.documentElement?.getAttribute("lang")) ??
    str(ld?.["inLanguage"]) ??
    meta("og:locale", "content-language", "language", "dc.language")?.replace("_", "-") ??
    clean(page.first("meta", (el) => el.getAttribute("http-equiv")?.toLowerCase() === "content-language")?.getAttribute("content"));

  const mainEntity = ld?.["mainEntityOfPage"];
  const canonicalUrl = absolute(
    clean(page.first("link", (el) => el.getAttribute("rel")?.toLowerCase() === "canonical")?.getAttribute("href")) ??
      meta("og:url") ??
      str(ld?.["url"]) ??
      (isObject(mainEntity) ? str(mainEntity["@id"]) : str(mainEntity)) ??
      url ??
      null,
    url,
  );

  const description = meta("description", "og:description", "twitter:description") ?? str(ld?.["description"]);
  const publisherTypes = publisherTypesOf(publisher, jsonLd.objects);
  return { title, byline, publishedAt, siteName, lang, canonicalUrl, description, publisherTypes };
}
