/**
 * The analysis writes its explanations with "A" and "B" ("only in B", "A has
 * no counterpart"); the page names outlets everywhere. This turns the side
 * letters of such a sentence into the outlets' names.
 */
export function nameSides(text: string, labels: { a: string; b: string }): string {
  // Each pass marks the side it found; the names go in last, so no pass reads a name's own words
  // (a title in a label, "Brackley Gazette (“Fire in A wing”)") as a side letter.
  const name = (side: string) => `\u0000${side}\u0000`;
  return text
    .replace(/\b([AB])'s\b/g, (_, side: string) => `${name(side)}'s`)
    .replace(/\b(in|from|than|of|by|to|and|vs|with|only) ([AB])\b(?![-.]\w)/g, (_, word: string, side: string) => `${word} ${name(side)}`)
    .replace(/(^|[;:,(]\s*)([AB]) (?=(has|have|says|gives|leaves|names|mentions|quotes|reports|writes|is|does|never|only)\b)/g, (_, lead: string, side: string) => `${lead}${name(side)} `)
    .replace(/(\d+×?) in ([AB])\b/g, (_, n: string, side: string) => `${n} in ${name(side)}`)
    .replace(/\u0000([AB])\u0000/g, (_, side: string) => (side === "A" ? labels.a : labels.b));
}
