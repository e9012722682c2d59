/**
 * What a found name is not, or is only in passing, decided on the scanned
 * passage's text: names inside a photo credit, a fragment cut out of a quoted
 * title or slogan, and places named in passing ("Sen. Sheldon Whitehouse of
 * Rhode Island", a list of states).
 */
import type { Mention } from "./find-mentions";

/** Photo credits and agency tags: "Credit: AP", "Photo Credit: Japan's Ministry of Defense", "(Pool photo)", "(Kyodo)". */
const CREDIT = /\b(?:photo\s+)?credits?\s*:[^.\]\n]*|\b(?:photo|image|file photo)\s*:[^.\]\n]*|\((?:pool\s+)?photo[^)]*\)|\(\s*(?:AP|AFP|Reuters|Kyodo|Yonhap|Xinhua|EPA|Getty Images?|Bloomberg)\s*\)/giu;

/** Names inside a credit are who took or sent a picture, not a party to the story. */
export function withoutCredits(text: string, mentions: Mention[]): Mention[] {
  const credits = [...text.matchAll(CREDIT)].map((m) => [m.index, m.index + m[0].length] as const);
  if (credits.length === 0) return mentions;
  return mentions.filter((m) => !credits.some(([start, end]) => m.start >= start && m.end <= end));
}

/**
 * A quoted title or slogan: 2–6 words, each capitalised or a small function word, nothing else but
 * the comma or point American style puts inside the quotation marks ("Make America Great Again",
 * "Fox News Sunday", 'ABC's “This Week,” Sen. John McCain said'), in a headline's single quotation
 * marks too ("Obama: ‘In God We Trust' Vote Not Creating Jobs").
 */
const QUOTED_TITLE =
  /["“‘]((?:[\p{Lu}\d][\p{L}\d]*(?:['’-][\p{L}\d]+)*|a|an|the|of|and|or|to|in|on|for|at|by)(?: (?:[\p{Lu}\d][\p{L}\d]*(?:['’-][\p{L}\d]+)*|a|an|the|of|and|or|to|in|on|for|at|by)){1,5})[,.]?["”’']/gu;

/**
 * Drops a name the recogniser cut out of a quoted title or slogan ("America Great" from “Make
 * America Great Again”): only a known name inside it ("Fox News" in “Fox News Sunday”), or the
 * whole title, is one.
 */
export function withoutTitleFragments(text: string, mentions: Mention[]): Mention[] {
  if (!text.includes('"') && !text.includes("“") && !text.includes("‘")) return mentions;
  const titles = [...text.matchAll(QUOTED_TITLE)].map((m) => [m.index + 1, m.index + 1 + (m[1] as string).length] as const);
  if (titles.length === 0) return mentions;
  return mentions.filter((m) => m.alias !== undefined || !titles.some(([start, end]) => m.start >= start && m.end <= end && (m.start > start || m.end < end)));
}

/** "Sen. Sheldon Whitehouse of Rhode Island", "from Ohio, Michigan and Wisconsin": places named in passing. */
export function markPeripheral(text: string, mentions: Mention[]): void {
  mentions.forEach((m, k) => {
    if (m.type !== "place" && m.type !== "other") return;
    const prev = mentions[k - 1];
    if (prev && prev.type !== "place" && /^,?\s+of\s+$/.test(text.slice(prev.end, m.start))) m.peripheral = true;
  });
  // Lists: three or more places in a row, separated by commas or "and".
  let runStart = 0;
  for (let k = 1; k <= mentions.length; k++) {
    const prev = mentions[k - 1] as Mention;
    const cur = mentions[k];
    const continues = cur && cur.type === "place" && prev.type === "place" && /^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(text.slice(prev.end, cur.start));
    if (continues) continue;
    if (k - runStart >= 3) for (let r = runStart; r < k; r++) (mentions[r] as Mention).peripheral = true;
    runStart = k;
  }
}
