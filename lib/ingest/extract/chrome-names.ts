/**
 * Class and id names that mark page chrome (share bars, related boxes,
 * comments, sidebars, footers…). Shared by the pruning pass, which removes
 * such elements, and the densest-block search, which must not pick one of
 * them as the article.
 */

/** Class/id words that mark chrome. Matched against whole tokens of class and id ("post-tags" → post, tags). */
const CHROME_TOKEN =
  /^(?:share|shares|sharing|sharebar|social|socials|sociallinks|socialshare|sharedaddy|addthis|shariff|related|relatedposts|recommended|recommendations|recirculation|newsletter|newsletters|subscribe|subscription|signup|cookie|cookies|consent|gdpr|cmp|comments?|commentlist|disqus|respond|replies|tags?|taglist|tagcloud|keywords|breadcrumbs?|disclaimer|disclosure|disclosures|promo|promos|advert|adverts|advertisement|ads?|adsbygoogle|sponsor|sponsored|outbrain|taboola|popup|modal|paywall|overlay|banner|byline-share|more-stories|morestories|trending|popular|mostread|most|sidebar|footer|navbar|nav|navigation|menu|skip|print|pagination|pager|author-bio|authorbio|bio|rating|reactions|jp-relatedposts|yarpp|newsletter-signup|toolbar|utility|postmetadata)$/i;

/** Chrome words that also mark chrome at the start of a hyphenated class ("share-buttons", "comments-area"). */
const LEADING_CHROME =
  /^(?:share|sharing|social|related|advertiser|newsletter|subscribe|signup|cookie|cookies|consent|comments?|sidebar|footer|nav|navbar|menu|breadcrumbs?|promo|advert|ads?|sponsor|sponsored|outbrain|taboola|trending)$/i;

/**
 * The author box under a post (photo, short biography, "view all posts by"): about the writer, not the
 * story. Tested before the taxonomy rule below, which would otherwise skip every "author-…" class.
 */
const AUTHOR_BOX =
  /^(?:(?:entry|post|article|single)-)?(?:about-?(?:the-?)?author|author-?(?:bio|biography|box|card|info|information|description|details|about|profile)s?|entry-author(?:-info)?)(?:$|-|__)/i;

const TAXONOMY = /^(?:category|tag|post|postid|format|status|type|topic|section|author|page)-/i;

/**
 * Class and id names, whole and by their hyphen head and tail: "post-tags" →
 * tags, "share-buttons" → share. Only some words count at the head, because
 * WordPress labels the article itself with "tag-<name>" and "category-<name>".
 */
export function isChromeNamed(el: Element, cache: Map<string, boolean>): boolean {
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  if (!cls && !id) return false;
  const raw = `${cls ?? ""} ${id ?? ""}`;
  // Pages repeat the same class lists thousands of times; split and match each once.
  let named = cache.get(raw);
  if (named === undefined) {
    named = namesChrome(raw);
    cache.set(raw, named);
  }
  return named;
}

function namesChrome(raw: string): boolean {
  for (const word of raw.split(/\s+/)) {
    if (AUTHOR_BOX.test(word.replace(/_/g, "-"))) return true;
    // The date/author/category line of a post ("entry-meta", "post-meta"); not a BEM part ("content__meta"), which some sites wrap around the lead.
    if (/^[a-z]+-meta$/i.test(word)) return true;
  }
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

