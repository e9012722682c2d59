/**
 * The cover of a passage by the sentence the comparison paired it with, when
 * the article-wide cover missed that sentence because of a speaker's name.
 *
 * The cover index leaves out the name of a speaker at a speech verb
 * (ArticleReading.coverIndex): "Fire Chief Ann Ruiz said …" says nothing
 * about what else the chief did. But a passage that names the same person
 * in what it reports ("That did not satisfy the state treasurer, Lena Marsh,
 * whose office has opened an audit") says the name, and its partner ("State
 * Treasurer Lena Marsh said her office had opened an audit") says it too.
 * Read without the name, the partner said too little, the best window fell
 * below RELATED or on an unrelated stretch, and the flag read "has nothing
 * like it" against the comparison's own pair. So the aligned partner (only
 * it: the aligner judged it to report the same thing) is read with those of
 * its speaker's words that the passage writes as names.
 */
import { CoverIndex, type PassageCover, type CoverWord } from "./passage-cover";
import type { ArticleReading } from "./article-reading";
import type { Passage } from "../text/types";

/**
 * `cover`: the passage's cover by the other article's index; `words`: the
 * passage's words as covered (ArticleReading.saidWords of `text`, read by
 * `reading`); `partners`: positions (in the other article, `passages`, read
 * by `elsewhere`) of the passages the aligner paired it with. Returns `cover`
 * unless the partners, read with the names the passage reports, say more of
 * it than its best window: then their cover, with their positions as `by` and
 * the words they say struck from `novel`.
 */
export function withPartnerCover(
  cover: PassageCover,
  text: string,
  words: { words: readonly CoverWord[] },
  reading: ArticleReading,
  partners: readonly number[],
  elsewhere: ArticleReading,
  passages: readonly Passage[],
): PassageCover {
  if (partners.length === 0) return cover;
  const texts = partners.map((j) => passages[j]?.text ?? "");
  const setAside = texts.map((t) => setAsideStems(elsewhere, t));
  if (setAside.every((s) => s.size === 0)) return cover;
  const names = reading.reportedNames(text);
  const readBack = setAside.map((s) => new Set([...s].filter((k) => names.has(k))));
  if (readBack.every((s) => s.size === 0)) return cover;
  const said = texts.map((t, k) => {
    const keep = new Set([...elsewhere.saidWords(t).words.map((w) => w.key), ...(readBack[k] ?? [])]);
    return elsewhere.tokens(t).filter((tok) => keep.has(tok.stem));
  });
  const byPartner = new CoverIndex(said).cover(words);
  if (byPartner.window <= cover.window) return cover;
  const unsaid = new Set(byPartner.novel);
  return {
    window: byPartner.window,
    by: byPartner.by.map((k) => partners[k] as number),
    article: Math.max(cover.article, byPartner.window),
    novel: cover.novel.filter((w) => unsaid.has(w)),
    weight: cover.weight,
  };
}

/** The stems of a text's speaker's name at a speech verb, which the cover index leaves out (ArticleReading.saidWords). */
function setAsideStems(reading: ArticleReading, text: string): ReadonlySet<string> {
  const said = new Set(reading.saidWords(text).words.map((w) => w.key));
  return new Set(reading.coverWords(text).words.map((w) => w.key).filter((k) => !said.has(k)));
}
