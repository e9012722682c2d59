/**
 * Tie-breaks that must give the same order on every machine. localeCompare
 * follows the ICU data and default locale of the process, so two servers
 * could list equal-severity flags differently; UTF-16 code-unit order cannot
 * vary.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
