/**
 * The story page's counted phrases, in the singular for one ("1 row", not
 * "1 rows"). A module of their own, importing nothing: the page's client
 * components use them, and the coverage model reads languages through Node's
 * require, which a browser bundle cannot hold.
 */

/** "1 report", "2 reports": a count with its noun in the right number. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** The line under "Left out across the story": what its flags are, in words that fit the number of independent reports. */
export function storyFlagsIntro(reports: number, figuresDiffer = false): string {
  // A figure the reports give differently is no gap: when the list has one, the line says what it is.
  const also = figuresDiffer ? " Figures they give differently are listed too." : "";
  // With one report there is no count to give: the line below the list says there is only one.
  if (reports <= 1) return `What most of a story's independent reports carry and some leave out, most important first.${also}`;
  if (reports === 2) return `What each of the 2 independent reports leaves out that the other carries, most important first.${also}`;
  return `What most of the ${reports} independent reports carry and some leave out, most important first.${also}`;
}

/** The note under a matrix cut short: how many rows it shows and how many more the exports hold. */
export function moreRowsNote(shown: number, more: number): string {
  return `Showing ${count(shown, "row")}, gaps first; ${count(more, "more row")} that every source or only one source reports ${more === 1 ? "is" : "are"} in the exports.`;
}

/** The note under an article's figure on the story page, or null when every other article is counted. */
export function notComparedNote(notCompared: number): string | null {
  if (notCompared === 0) return null;
  return notCompared === 1 ? "1 article in another language not counted" : `${notCompared} articles in another language not counted`;
}

/**
 * The note for reviews the story page cannot show: their item is not among
 * the story's items now (an article that joined or changed made the finding
 * go, or become another). They are kept, and show again if the item comes
 * back (the article leaves); null when every review is on an item shown.
 */
export function detachedReviewsNote(reviewKeys: readonly string[], itemKeys: readonly string[]): string | null {
  const shown = new Set(itemKeys);
  const detached = reviewKeys.filter((key) => !shown.has(key)).length;
  if (detached === 0) return null;
  const [subject, verb, items] = detached === 1 ? ["1 earlier review", "is", "an item"] : [`${detached} earlier reviews`, "are", "items"];
  return `${subject} ${verb} of ${items} this story no longer lists, since its articles changed; kept, ${detached === 1 ? "it shows" : "they show"} again if ${detached === 1 ? "the item comes" : "the items come"} back.`;
}

/**
 * What the story's count of independent reports leaves out of its articles,
 * so the numbers add up: "6 independent reports (1 syndicated copy counted
 * with its original)"; null when every article is one. `sources`: the
 * matrix's columns (a copy names its original; `compared: false`, another
 * language).
 */
export function independentReportsNote(sources: ReadonlyArray<{ copyOf: string | null; compared: boolean }>): string | null {
  const reports = sources.filter((s) => s.copyOf === null && s.compared).length;
  const copies = sources.filter((s) => s.copyOf !== null).length;
  const otherLanguage = sources.filter((s) => s.copyOf === null && !s.compared).length;
  if (copies === 0 && otherLanguage === 0) return null;
  const why = [
    ...(copies > 0 ? [copies === 1 ? "1 syndicated copy counted with its original" : `${copies} syndicated copies counted with their originals`] : []),
    ...(otherLanguage > 0 ? [`${count(otherLanguage, "article")} in another language not compared`] : []),
  ];
  return `${count(reports, "independent report")} (${why.join("; ")})`;
}
