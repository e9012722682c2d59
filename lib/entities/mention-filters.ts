/**
 * What a found name is not, or is only in passing, decided on the scanned
 * passage's text: names inside a photo credit, a fragment cut out of a quoted
 * title or slogan, a time zone ("2:05 PM UTC"), and places named in passing
 * ("Sen. Sheldon Whitehouse of Rhode Island", a list of states).
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

/**
 * Time zones as news writes them in capitals: "2:05 PM UTC", "9 a.m. EST", "(0800 GMT)". A wire's
 * timestamp had put "UTC" among the names a source leaves out. Alone and in capitals they are dropped
 * wherever they stand: the rare firm with such initials is lost, every timestamp's zone was a false name.
 */
const TIME_ZONES: ReadonlySet<string> = new Set([
  "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT",
  "PST", "PDT", "AKST", "AKDT", "HST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST", "KST", "HKT",
]);

/** "8 p.m. ET", "5 a.m. PT": the short zones are also letters of other names, so only after a clock time. */
const SHORT_TIME_ZONES: ReadonlySet<string> = new Set(["ET", "PT", "CT", "MT"]);

/** Ends with a clock time: "2:05", "08:47", "9 a.m.", "2:05 PM", "0800". */
const CLOCK_BEFORE = /(?:\d{1,2}[:.]\d{2}|\d{3,4}|\d{1,2}\s*(?:[ap]\.?m\.?|[AP]M))\s*$/u;

/**
 * Drops a name that is a time zone: one of TIME_ZONES in capitals, or one of SHORT_TIME_ZONES right
 * after a clock time. The "PM" of "2:05 PM UTC" was already cut from the run's edge (NOT_NAMES).
 */
export function withoutTimeZones(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.alias || m.words.length !== 1) return true;
    if (TIME_ZONES.has(m.surface)) return false;
    return !(SHORT_TIME_ZONES.has(m.surface) && CLOCK_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
  });
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
