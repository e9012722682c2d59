/**
 * An article's "Shared with others" on the story page: the mean of its shared
 * figures with the story's other articles. A pair in two languages is not
 * compared (Lacuna matches words and does not translate), so its 0% says
 * nothing of how much they share: counted in, it pulled an English article's
 * 32% down to 19% when a French and a Japanese article joined its story.
 */
import { sameLanguage, type TextLanguage } from "../text/language";

export interface SharedWithOthers {
  /** The mean over the pairs compared; null when none is (or no figure is computed). */
  mean: number | null;
  /** Other articles left out of the mean: in another language than this one. */
  notCompared: number;
}

/** `similarity[i][j]`: the pair's figure (null when not computed); `languages[i]`: each article's language. */
export function sharedWithOthers(similarity: readonly (readonly (number | null)[])[], languages: readonly TextLanguage[], i: number): SharedWithOthers {
  const own = languages[i];
  let sum = 0;
  let compared = 0;
  let notCompared = 0;
  (similarity[i] ?? []).forEach((value, j) => {
    if (j === i || value === null) return;
    const other = languages[j];
    if (own && other && !sameLanguage(own, other)) {
      notCompared++;
      return;
    }
    sum += value;
    compared++;
  });
  return { mean: compared > 0 ? sum / compared : null, notCompared };
}
