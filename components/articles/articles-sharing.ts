/**
 * The articles that carry passages of this one, counted: the summary above
 * "where else these passages appear", so a rewrite of wire copy reads as
 * "mostly AP's text" at a glance instead of passage by passage.
 */

export interface SharingSource {
  articleId: string;
  title: string;
  outlet: string;
}

export interface SharingArticle extends SharingSource {
  /** Passages of this article that the other one carries (among the ones listed per passage). */
  passages: number;
  /**
   * True when the count may be short: a passage lists only the first few of
   * the articles that carry it, and this one is not among them, so it may
   * carry that passage too.
   */
  atLeast: boolean;
}

/** Articles by the number of this article's passages they carry, most first; ties keep the order they were first met in. */
export function articlesSharingPassages(passages: ReadonlyArray<{ foundIn: readonly SharingSource[]; total?: number }>): SharingArticle[] {
  const byId = new Map<string, SharingArticle>();
  for (const p of passages) {
    for (const s of new Map(p.foundIn.map((f) => [f.articleId, f])).values()) {
      const known = byId.get(s.articleId);
      if (known) known.passages++;
      else byId.set(s.articleId, { articleId: s.articleId, title: s.title, outlet: s.outlet, passages: 1, atLeast: false });
    }
  }
  // A passage whose list was cut may be carried by an article it does not name.
  for (const p of passages) {
    if ((p.total ?? 0) <= p.foundIn.length) continue;
    const listed = new Set(p.foundIn.map((f) => f.articleId));
    for (const article of byId.values()) if (!listed.has(article.articleId)) article.atLeast = true;
  }
  return [...byId.values()].sort((x, y) => y.passages - x.passages);
}
