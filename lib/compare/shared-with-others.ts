/**
 * An article's "Shared with others" on the story page: the mean of its shared
 * figures with the story's other articles, and each pair's figure beside its
 * "Compare with" link. A pair in two languages is not compared (Lacuna
 * matches words and does not translate), so its 0% says nothing of how much
 * they share: counted in, it pulled an English article's 32% down to 19%
 * when a French and a Japanese article joined its story, and shown beside
 * the link it read as "reports nothing in common".
 */
import { sameLanguage, type TextLanguage } from "../text/language";

export interface SharedWithOthers {
  /** The mean over the pairs compared; null when none is (or no figure is computed). */
  mean: number | null;
  /** Other articles left out of the mean: in another language than this one. */
  notCompared: number;
}

/** One pair's figure: its share (0–1), "other-language" when the two are in different languages (not compared), null when not computed. */
export type PairShare = number | "other-language" | null;

function crossLanguage(languages: readonly TextLanguage[], i: number, j: number): boolean {
  const [own, other] = [languages[i], languages[j]];
  return own !== undefined && other !== undefined && !sameLanguage(own, other);
}

/** Article i's figure with each article j (null for itself), as the story page shows it beside "Compare with". */
export function pairShares(similarity: readonly (readonly (number | null)[])[], languages: readonly TextLanguage[], i: number): PairShare[] {
  return languages.map((_, j) => (j === i ? null : crossLanguage(languages, i, j) ? "other-language" : (similarity[i]?.[j] ?? null)));
}

/** `similarity[i][j]`: the pair's figure (null when not computed); `languages[i]`: each article's language. */
export function sharedWithOthers(similarity: readonly (readonly (number | null)[])[], languages: readonly TextLanguage[], i: number): SharedWithOthers {
  let sum = 0;
  let compared = 0;
  let notCompared = 0;
  (similarity[i] ?? []).forEach((value, j) => {
    if (j === i || value === null) return;
    if (crossLanguage(languages, i, j)) {
      notCompared++;
      return;
    }
    sum += value;
    compared++;
  });
  return { mean: compared > 0 ? sum / compared : null, notCompared };
}
