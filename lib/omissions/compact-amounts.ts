/**
 * Scales written onto a number, as headlines and business pages do: "$2.1bn",
 * "£3tn", "$450m", "€20k". "$2.1bn" is the "$2.1 billion" of another outlet.
 * Read before, the token's dot was dropped with its letters ("21bn"), so it
 * matched nothing and no other amount of its currency.
 */

/** Scales no other unit writes: "2.1bn" is always a number of billions. */
const ALWAYS: Readonly<Record<string, number>> = { bn: 1e9, tn: 1e12, trn: 1e12 };
/** Scales that are also units ("10m" is ten metres, "5k" a race): read only after a currency. */
const WITH_CURRENCY: Readonly<Record<string, number>> = { m: 1e6, mn: 1e6, k: 1e3 };

const COMPACT = /^(\d+(?:\.\d+)?)([a-z]{1,3})$/;

/** The digits and the scale of a number written with its scale onto it; `money` when a currency is written before it. */
export function compactAmount(surface: string, money: boolean): { digits: string; scale: number } | undefined {
  const match = COMPACT.exec(surface.toLowerCase());
  if (!match) return undefined;
  const unit = match[2] as string;
  const scale = ALWAYS[unit] ?? (money ? WITH_CURRENCY[unit] : undefined);
  return scale === undefined ? undefined : { digits: match[1] as string, scale };
}
