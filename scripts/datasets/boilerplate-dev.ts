/**
 * The boilerplate development set (../shared/datasets/boilerplate-dev): news
 * pages with a few strings per page that must stay in the article ("with") and
 * a few that must not ("without"). One loader and one scorer for the
 * evaluation scripts.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeHtmlFile } from "../../lib/ingest/extract/decode-html-file";

export interface BoilerplatePage {
  file: string;
  url: string;
  with: string[];
  without: string[];
  html: string;
}

export function loadBoilerplateDev(dir: string): BoilerplatePage[] {
  const goldPath = path.join(dir, "gold.json");
  if (!existsSync(goldPath)) throw new Error(`boilerplate-dev not found at ${dir} (expected gold.json and html/*.html.gz). Pass --dataset <dir>.`);
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Record<string, { url: string; with: string[]; without: string[] }>;
  return Object.entries(gold)
    .filter(([file]) => existsSync(path.join(dir, "html", `${file}.gz`)))
    .map(([file, entry]) => ({
      file,
      url: entry.url,
      with: entry.with,
      without: entry.without,
      html: decodeHtmlFile(gunzipSync(readFileSync(path.join(dir, "html", `${file}.gz`)))),
    }));
}

export const normalizeSpace = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Word 4-grams (lower-cased letter/digit runs). */
function fourGrams(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) grams.push(words.slice(i, i + 4).join(" "));
  return grams;
}

/** Must-keep / must-drop counts over a set of pages; add one page at a time with `scorePage`. */
export interface KeepDropScore {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
  /** 4-grams of "with" strings found in the output / all of them; the same for "without" strings (leaked). */
  withGrams: number;
  withGramsFound: number;
  withoutGrams: number;
  withoutGramsLeaked: number;
}

export const newKeepDropScore = (): KeepDropScore => ({
  withFound: 0, withTotal: 0, withoutAbsent: 0, withoutTotal: 0, withGrams: 0, withGramsFound: 0, withoutGrams: 0, withoutGramsLeaked: 0,
});

/** A "with" string missed or a "without" string kept. */
export interface KeepDropMiss {
  kind: "MISSING" | "KEPT";
  text: string;
}

/** Adds one page's output `text` (whitespace-normalised) to `score`; returns what it got wrong. */
export function scorePage(score: KeepDropScore, page: Pick<BoilerplatePage, "with" | "without">, text: string): KeepDropMiss[] {
  const misses: KeepDropMiss[] = [];
  const grams = new Set(fourGrams(text));
  for (const s of page.with) {
    for (const g of fourGrams(s)) {
      score.withGrams++;
      if (grams.has(g)) score.withGramsFound++;
    }
    score.withTotal++;
    if (text.includes(normalizeSpace(s))) score.withFound++;
    else misses.push({ kind: "MISSING", text: s });
  }
  for (const s of page.without) {
    for (const g of fourGrams(s)) {
      score.withoutGrams++;
      if (grams.has(g)) score.withoutGramsLeaked++;
    }
    score.withoutTotal++;
    if (!text.includes(normalizeSpace(s))) score.withoutAbsent++;
    else misses.push({ kind: "KEPT", text: s });
  }
  return misses;
}

/** The mean of the must-keep share found and the must-drop share absent (0–1). */
export function keepDropMean(s: KeepDropScore): number {
  return (s.withFound / s.withTotal + s.withoutAbsent / s.withoutTotal) / 2;
}
