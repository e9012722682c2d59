/**
 * Numbers written with a fraction character: "6¾ per cent" is the "6.75%"
 * another outlet writes, "3½ years" three and a half. Read before as the
 * token "63⁄4" (NFKC spells ¾ with a fraction slash), such a figure matched
 * nothing and was "a figure left out" against any decimal writing of it.
 */

/** The fraction characters, by the value each adds. */
const FRACTIONS: Readonly<Record<string, number>> = { "¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875 };

const WITH_FRACTION = /^(\d*)([¼½¾⅓⅔⅛⅜⅝⅞])$/u;

/** The value of a number written with a fraction character ("6¾" is 6.75, "½" 0.5), as the surface gives it. */
export function fractionValue(surface: string): number | undefined {
  const match = WITH_FRACTION.exec(surface);
  if (!match) return undefined;
  return Number(match[1] || "0") + (FRACTIONS[match[2] as string] as number);
}
