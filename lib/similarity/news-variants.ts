/**
 * Spelling variants of the same figure or word that news copy uses and that
 * the shared text normalisation (lib/text/normalize.ts) leaves apart, because
 * they need a look at neighbouring words: "per cent" / "percent",
 * "1.76bn" / "1.76 billion", "$5m" / "$5 million". Applied to a sentence
 * before tokenising, for scoring only (offsets are not needed there).
 */
const SCALE_WORDS: Readonly<Record<string, string>> = { bn: "billion", b: "billion", m: "million", mn: "million", k: "thousand", tn: "trillion" };

export function rewriteNewsVariants(text: string): string {
  return text
    .replace(/\bper\s+cent\b/gi, "percent")
    .replace(/\b(\d+(?:[.,]\d+)?)\s?(bn|mn|tn|m|b|k)\b/gi, (_, figure: string, unit: string) => `${figure} ${SCALE_WORDS[unit.toLowerCase()] ?? unit}`)
    .replace(/%/g, " percent");
}
