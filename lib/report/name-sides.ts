/**
 * The analysis writes its explanations with the sides' names it was given,
 * and with "A" and "B" for a side it knew no name for ("only in B", "A has no
 * counterpart"); the page names outlets everywhere. This turns the side
 * letters of such a sentence into the outlets' names.
 */
export function nameSides(text: string, labels: { a: string; b: string }): string {
  // Each pass marks the side it found; the names go in last, so no pass reads a name's own words
  // (a title in a label, "Brackley Gazette (“Fire in A wing”)") as a side letter. The names already in the
  // sentence are marked first, for the same reason.
  const name = (side: string) => `\u0000${side}\u0000`;
  return markNames(text, labels, name)
    .replace(/\b([AB])'s\b/g, (_, side: string) => `${name(side)}'s`)
    .replace(/\b(in|from|than|of|by|to|and|vs|with|only) ([AB])\b(?![-.]\w)/g, (_, word: string, side: string) => `${word} ${name(side)}`)
    .replace(/(^|[;:,(]\s*)([AB]) (?=(has|have|says|gives|leaves|names|mentions|quotes|reports|writes|is|does|never|only)\b)/g, (_, lead: string, side: string) => `${lead}${name(side)} `)
    .replace(/(\d+×?) in ([AB])\b/g, (_, n: string, side: string) => `${n} in ${name(side)}`)
    .replace(/\u0000([AB])\u0000/g, (_, side: string) => (side === "A" ? labels.a : labels.b));
}

/** The sides' names as the sentence already says them, the longer first (one may hold the other: "Gazette (2)", "Gazette"). */
function markNames(text: string, labels: { a: string; b: string }, name: (side: string) => string): string {
  const sides = [["A", labels.a] as const, ["B", labels.b] as const].filter(([, label]) => label.length > 1).sort((x, y) => y[1].length - x[1].length);
  return sides.reduce((marked, [side, label]) => marked.split(label).join(name(side)), text);
}
