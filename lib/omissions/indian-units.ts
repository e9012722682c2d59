/**
 * Amounts as Indian English writes them: a lakh is 100,000 and a crore
 * 10,000,000, so "₹4.2 lakh crore" is ₹4,200,000,000,000 (₹4.2 trillion) and
 * "₹42 lakh crore" is the "₹42 trillion" another outlet writes; "Rs 800",
 * "Rs. 800" and "INR 800" are the "₹800" of another. Read before, every such
 * amount lost its unit: "₹4.2 lakh crore" was the bare figure 4.2, shown as
 * "figures 4.2" in an item's reasons, while "$2.1bn" kept its sign.
 *
 * "Rs" is also Pakistan's, Sri Lanka's and Nepal's rupee; a story that
 * compares two countries' rupees in one sum is rare, and the amounts read
 * here carry the Indian sign.
 */
import type { Token } from "../text/tokens";

/** The Indian rupee's sign, which canonical amounts start with (currencies.ts). */
export const RUPEE_SIGN = "₹";

/** Scale words after a number, in either number. */
export const INDIAN_SCALES: Readonly<Record<string, number>> = { lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

/** Whether a token is a crore, the only scale written after another ("lakh crore", a trillion). */
function isCrore(t: Token | undefined): boolean {
  return t !== undefined && (t.norm === "crore" || t.norm === "crores");
}

/**
 * A crore written after the scale word at `scaleAt` ("4.2 lakh crore"): the
 * index of the crore and the factor it adds, when it follows one space on.
 */
export function croreAfter(tokens: readonly Token[], scaleAt: number, text: string): { last: number; factor: number } | undefined {
  const scale = tokens[scaleAt];
  const next = tokens[scaleAt + 1];
  if (!scale || !next || INDIAN_SCALES[scale.norm] === undefined || !isCrore(next)) return undefined;
  return /^[ \u00a0\u202f]$/.test(text.slice(scale.end, next.start)) ? { last: scaleAt + 1, factor: 1e7 } : undefined;
}

/** "Rs", "RS" or "INR" before an amount, as written (not "rs", nor "Inr"). */
const RUPEE_CODES = /^(?:Rs|RS|INR)$/;

/**
 * The rupee code written before the amount that starts at `first`: "Rs 800",
 * "Rs. 800", "INR 800". Where it starts, for the amount's surface.
 */
export function rupeeCodeBefore(tokens: readonly Token[], first: number, text: string): { start: number } | undefined {
  const code = tokens[first - 1];
  const amount = tokens[first];
  if (!code || !amount || !RUPEE_CODES.test(code.surface)) return undefined;
  return /^\.?[ \u00a0\u202f]?$/.test(text.slice(code.end, amount.start)) ? { start: code.start } : undefined;
}
