/**
 * The common subsequence of two token strings with the most weight, not the
 * most tokens: one shared name outweighs one shared common word, so when the
 * two only share either (they sit in another order) the reader is shown the
 * name. A plain dynamic programme, used only while both strings are short
 * (sentences, a paragraph); longer ones go to diff-match-patch instead.
 */

/** Above this many table cells (about 1 MB), the caller falls back to diff-match-patch's unweighted subsequence. */
export const MAX_CELLS = 250_000;

/**
 * Index pairs [i in a, j in b] of the matched code units, in order, or null
 * when the table would exceed MAX_CELLS. `weight(code)` must be positive.
 */
export function heaviestCommonSubsequence(a: string, b: string, weight: (code: number) => number): Array<[number, number]> | null {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  if ((n + 1) * width > MAX_CELLS) return null;
  // best[i * width + j]: the heaviest common subsequence of a[0, i) and b[0, j).
  const best = new Int32Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    const wa = weight(ca);
    const row = i * width;
    const above = row - width;
    for (let j = 1; j <= m; j++) {
      let v = best[above + j] as number;
      const left = best[row + j - 1] as number;
      if (left > v) v = left;
      if (b.charCodeAt(j - 1) === ca) {
        const diagonal = (best[above + j - 1] as number) + wa;
        if (diagonal > v) v = diagonal;
      }
      best[row + j] = v;
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = best[i * width + j] as number;
    if (here === best[(i - 1) * width + j]) i--;
    else if (here === best[i * width + j - 1]) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}
