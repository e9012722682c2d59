/**
 * What an article is described by when grouping. Outlets word the same event
 * very differently, so besides content-word stems we keep the things they
 * cannot reword: multi-word names ("Chuck Schumer"), the words inside quotation
 * marks (a quote is copied, not paraphrased) and figures.
 */
import { MAX_RARITY, wordRarity } from "../similarity/word-rarity";
import { normalizePunctuation } from "../text/normalize";
import { tokenize, type Token } from "../text/tokens";
import type { GroupParams } from "./params";

/** Feature → raw weight before IDF. Prefixes keep families apart: "s:" stem, "n:" name, "q:" quote shingle, "#:" figure. */
export type FeatureCounts = Map<string, number>;

export interface GroupableText {
  title: string;
  text: string;
}

const QUOTE_SHINGLE = 3;

/** A capitalised word opening a sentence says nothing about names; one inside a sentence usually does. */
function startsSentence(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 3), token.start).trimEnd();
  return before === "" || /[.!?"'\n:]$/.test(before);
}

function nameRuns(text: string, tokens: Token[]): string[] {
  const names: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    // Drop leading function words ("The", "But", "In") so "The White House" and "White House" meet.
    while (run.length > 1 && !run[0]!.isContent) run = run.slice(1);
    if (run.length >= 2 || (run.length === 1 && run[0]!.isContent && !startsSentence(text, run[0]!) && !run[0]!.isNumber)) {
      names.push(run.map((t) => t.norm).join(" "));
    }
    run = [];
  };
  let previousEnd = -1;
  for (const token of tokens) {
    const gap = previousEnd < 0 ? "" : text.slice(previousEnd, token.start);
    if (token.isCapitalized && (run.length === 0 || /^ $/.test(gap))) run.push(token);
    else {
      flush();
      if (token.isCapitalized) run.push(token);
    }
    previousEnd = token.end;
  }
  flush();
  return names;
}

function quotedSpans(text: string): string[] {
  return [...text.matchAll(/"([^"\n]{8,600})"/g)].map((m) => m[1]!);
}

/** wordRarity of a normalised word, a number when it starts with a digit. */
function rarityOf(word: string): number {
  return wordRarity(word, /^\d/.test(word));
}

function rarities(words: readonly string[]): number[] {
  return words.map(rarityOf);
}

/** A name is as rare as its rarest word, a little more for each further word ("Mitt Romney" over "Romney"). */
function nameRarity(words: readonly string[]): number {
  const each = rarities(words);
  return Math.max(...each) + Math.min(2, each.length - 1);
}

/** A quote fragment is as rare as its words on average: "ryan and the" is common, "denounce this dangerous" is not. */
function quoteRarity(words: readonly string[]): number {
  const each = rarities(words);
  return each.reduce((x, y) => x + y, 0) / Math.max(1, each.length);
}

/**
 * A figure's rarity: two-digit figures and years recur by chance in unrelated
 * news, a long exact figure ("1,347", "$4.2bn") rarely does.
 */
function figureRarity(norm: string): number {
  const digits = norm.replace(/\D/g, "").length;
  return Math.min(MAX_RARITY, 3 * digits);
}

/**
 * Raw feature counts of one article, each family scaled by its weight and
 * damped (1 + ln tf) so one repeated word cannot dominate. When `rarity` is
 * given it receives each feature's everyday rarity (lib/similarity/word-rarity,
 * for a name its rarest word, for a quote fragment the mean of its words): a prior that does not depend on the
 * collection, used to choose an article's index keys (rare-keys.ts).
 */
export function extractFeatures(doc: GroupableText, weights: GroupParams["weights"], rarity?: Map<string, number>): FeatureCounts {
  const text = normalizePunctuation(doc.text);
  const title = normalizePunctuation(doc.title);
  // Stems, the bulk of the features, are counted by the stem itself (the word-form memo's string, whose hash V8 keeps):
  // no "s:" string per token, only one per distinct stem at the end.
  const stemTf = new Map<string, number>();
  const countStems = (tokens: readonly Token[], by: number) => {
    for (const t of tokens) {
      if (!t.isContent || t.isNumber) continue;
      const tf = stemTf.get(t.stem);
      stemTf.set(t.stem, (tf ?? 0) + by);
      // A stem's rarity is that of the first word written with it.
      if (tf === undefined && rarity) rarity.set(`s:${t.stem}`, rarityOf(t.norm));
    }
  };
  const raw = new Map<string, number>();
  const family = new Map<string, number>();
  const note = (key: string, weight: number, by: number, prior: () => number) => {
    const count = raw.get(key);
    raw.set(key, (count ?? 0) + by);
    if (count === undefined) {
      family.set(key, weight);
      rarity?.set(key, prior());
    }
  };

  const bodyTokens = tokenize(text);
  countStems(bodyTokens, 1);
  countStems(tokenize(title), weights.title);
  for (const name of nameRuns(text, bodyTokens)) note(`n:${name}`, weights.name, 1, () => nameRarity(name.split(" ")));
  for (const span of quotedSpans(text)) {
    const words = tokenize(span).map((t) => t.norm);
    for (let i = 0; i + QUOTE_SHINGLE <= words.length; i++) {
      const shingle = words.slice(i, i + QUOTE_SHINGLE);
      note(`q:${shingle.join(" ")}`, weights.quote, 1, () => quoteRarity(shingle));
    }
  }
  for (const t of bodyTokens) if (t.isNumber && t.norm.replace(/\D/g, "").length >= 2) note(`#:${t.norm}`, weights.number, 1, () => figureRarity(t.norm));

  const counts: FeatureCounts = new Map();
  for (const [stem, tf] of stemTf) counts.set(`s:${stem}`, weights.stem * (1 + Math.log(tf)));
  for (const [key, tf] of raw) counts.set(key, (family.get(key) ?? 1) * (1 + Math.log(tf)));
  return counts;
}
