/**
 * Below this many words a text is more likely a fragment (a headline, a
 * teaser, a failed extraction) than an article: Lacuna stores it but says so,
 * because a comparison of it says little.
 */
export const SHORT_ARTICLE_WORDS = 50;

export function shortArticleMessage(words: number): string | null {
  if (words >= SHORT_ARTICLE_WORDS) return null;
  return `Only ${words} word${words === 1 ? "" : "s"}: this reads like a fragment (a headline or teaser) rather than a whole article, so comparisons with it will say little. Check that the whole text came through.`;
}
