/**
 * A page that carries more than its own story: news sites append the next
 * article below the first (infinite scroll), or print a second story's full
 * text beside it. Readability keeps the container holding both, so the second
 * story would be read as the end of the first, and every passage of it would
 * become a false "only in A" omission.
 *
 * The page's own story is the <article> that holds the page's headline (the
 * metadata title, or the page's first <h1>). Other <article> elements with a
 * headline of their own are other stories and are removed. When no article
 * holds the headline (a live blog whose posts are <article>s under one page
 * heading, a section front), nothing is removed: there is no way to tell
 * which one is "the" story.
 */

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();

/** <article> elements not inside another <article>, in document order. */
function outerArticles(doc: Document): Element[] {
  return [...doc.querySelectorAll("article")].filter((el) => !el.parentElement?.closest("article"));
}

/** The first heading of an element (h1–h3), as collapsed lower-case text. */
function ownHeadline(el: Element): string | undefined {
  const heading = el.querySelector("h1, h2, h3");
  const text = heading ? collapse(heading.textContent ?? "") : "";
  return text || undefined;
}

/** Headings equal, or one the other's start (sites add " | Site" or a kicker to one of them). */
function sameHeadline(a: string, b: string): boolean {
  if (a.length < 12 || b.length < 12) return a === b;
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/**
 * Removes the other stories from the page; returns how many were removed.
 * `title`: the page's headline from its metadata, when it has one.
 */
export function dropOtherStories(doc: Document, title: string | null | undefined): number {
  const articles = outerArticles(doc);
  if (articles.length < 2) return 0;
  const firstH1 = doc.querySelector("h1");
  const headlines = [title, firstH1?.textContent].filter((t): t is string => Boolean(t && t.trim())).map(collapse);
  if (headlines.length === 0) return 0;
  const holdsHeadline = (el: Element): boolean => {
    const own = ownHeadline(el);
    return own !== undefined && headlines.some((h) => sameHeadline(own, h));
  };
  const own = articles.filter(holdsHeadline);
  // No article, or several, hold the headline: which one is the page's story is not known.
  if (own.length !== 1) return 0;
  let removed = 0;
  for (const el of articles) {
    if (el === own[0] || ownHeadline(el) === undefined) continue;
    el.remove();
    removed++;
  }
  return removed;
}
