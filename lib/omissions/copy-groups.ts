/**
 * Copies of one report among a story's sources: a wire story reprinted word
 * for word (or nearly: a byline, an ad line, a house spelling) is one report,
 * so coverage counts groups of copies, not sources (coverage.ts).
 *
 * Folding is not free: a copy's omissions against its original are never
 * flagged across the story, since the two count as one report. So two sources
 * are copies only when each is (nearly) the other: each carries at least
 * `threshold` of the other's words in runs of five or more, and neither lacks
 * a whole passage of the other that reports something (a sentence with a
 * name, a figure or a quote). A "near copy" that drops a paragraph (a
 * minister's resignation, a trimmed tail naming who else spoke) is a rewrite:
 * an independent report, whose omission then shows. QA round 4: a Courier
 * near-copy of a wire story (86 % shared) left out the minister's resignation,
 * was folded with the wire under the old rule (80 % of the shorter one's
 * 5-grams in the other) and the omission never showed on the story page.
 */
import { tokenize, type Token } from "../text/tokens";
import type { Passage } from "../text/types";
import type { CoverageSource } from "./coverage";

/** Words per run: five-word runs are what two copies of one wire story share and two reports of one event seldom do. */
const RUN = 5;
/**
 * Words around a figure or name that must read the same in the other text:
 * it is there with a word on either side (or two on one side), so a
 * sub-editor's touch four words off does not make it a changed fact, while
 * "Nine people were" for "Seven people were" still is.
 */
const FACT_RUN = 3;
/** Default share of each source's words the other must carry (in runs of RUN) for the two to be copies. */
export const COPY_THRESHOLD = 0.9;
/** A passage the other carries less of than this is missing from it (a rewritten sentence, not a copy-edited one). */
const PASSAGE_CARRIED = 0.5;

interface CopyText {
  /** Normalised words of all passages, in order. */
  words: string[];
  /**
   * 1 for the words a share is measured on: those of the story's sentences
   * (body and quote passages ending like a sentence), not bylines, ad lines,
   * captions or headings, which a reprint changes freely (every word when a
   * text has no such sentence).
   */
  weighed: Uint8Array;
  weight: number;
  /** Each passage's word range in `words`, and whether it reports something (reportsSomething). */
  passages: Array<{ passage: Passage; start: number; end: number; reports: boolean }>;
  /** 1 for the figures and names (isFact) of the story's sentences. */
  facts: Uint8Array;
  /** The run of RUN words starting at each word ("a b c d e"), while one fits; read once, looked up in every pair. */
  runAt: string[];
  /** Every run of RUN words; the whole text when shorter. */
  runs: Set<string>;
  /** The run of FACT_RUN words starting at each word, and all of them: where a figure or name stands in the text. */
  factRunAt: string[];
  factRuns: Set<string>;
}

/** Ends like a sentence: bylines, datelines, timestamps and "Advertisement" lines do not. */
const SENTENCE_END = /[.!?…]["”’)\]]*$/u;
/** Quotation marks (not the apostrophe ’, which is in "minister’s"). */
const QUOTE_MARK = /["“”«»„]/u;

/** A sentence of the story itself: a body or quote passage that ends like a sentence. */
function isStorySentence(passage: Passage): boolean {
  return (passage.role === "body" || passage.role === "quote") && SENTENCE_END.test(passage.text.trim());
}

/**
 * A passage that reports something a reader would miss: a body or quote
 * sentence with a figure, a quote, or a name (isFact). Headings, captions
 * and credits lines are kept out: a reprint changes them freely.
 */
function reportsSomething(passage: Passage, tokens: readonly Token[], names: ReadonlySet<string>): boolean {
  if (!isStorySentence(passage)) return false;
  return QUOTE_MARK.test(passage.text) || tokens.some((t, i) => isFact(t, i, names));
}

/**
 * A word's parts as copies of one text spell them whatever the house style:
 * compounds split at their hyphens ("U.S.-Israel" is read "us", "israel" and
 * "US-Israel" "us-israel"; "long-standing" and "long standing").
 */
function houseStyleFree(norm: string): string[] {
  return norm.includes("-") ? norm.split("-").filter((part) => part.length > 0) : [norm];
}

/**
 * A figure, or a name: a capitalised word after a passage's first, or its
 * first when the text writes it capitalised inside a sentence too (`names`):
 * "Varga, who had been criticised…" names Varga when "Helen Varga" is there.
 */
function isFact(t: Token, i: number, names: ReadonlySet<string>): boolean {
  return t.isNumber || (t.isCapitalized && t.isContent && (i > 0 || names.has(t.norm)));
}

/** The words a text writes capitalised inside its passages (not first): its names. */
function namesIn(tokenized: ReadonlyArray<readonly Token[]>): Set<string> {
  const names = new Set<string>();
  for (const tokens of tokenized) tokens.forEach((t, i) => i > 0 && t.isCapitalized && t.isContent && names.add(t.norm));
  return names;
}

function readForCopies(passages: readonly Passage[]): CopyText {
  const words: string[] = [];
  const spans: CopyText["passages"] = [];
  const sentence: boolean[] = [];
  const facts: number[] = [];
  const tokenized = passages.map((p) => tokenize(p.text));
  const names = namesIn(tokenized);
  passages.forEach((passage, k) => {
    const tokens = tokenized[k] ?? [];
    const start = words.length;
    const inSentence = isStorySentence(passage);
    tokens.forEach((t, i) => {
      const fact = inSentence && isFact(t, i, names) ? 1 : 0;
      for (const word of houseStyleFree(t.norm)) {
        // "per cent" is one word, as "percent" is.
        if (word === "cent" && words.at(-1) === "per" && words.length > start) {
          words[words.length - 1] = "percent";
          continue;
        }
        words.push(word);
        sentence.push(inSentence);
        facts.push(fact);
      }
    });
    spans.push({ passage, start, end: words.length, reports: reportsSomething(passage, tokens, names) });
  });
  const anySentence = sentence.some(Boolean);
  const weighed = Uint8Array.from(sentence, (inSentence) => (inSentence || !anySentence ? 1 : 0));
  const runsOf = (length: number) => Array.from({ length: Math.max(0, words.length - length + 1) }, (_, i) => words.slice(i, i + length).join(" "));
  const runAt = runsOf(RUN);
  const runs = new Set(runAt);
  if (runs.size === 0 && words.length > 0) runs.add(words.join(" "));
  const factRunAt = runsOf(FACT_RUN);
  return { words, weighed, weight: weighed.reduce((n, w) => n + w, 0), passages: spans, facts: Uint8Array.from(facts), runAt, runs, factRunAt, factRuns: new Set(factRunAt) };
}

/**
 * Which of `x`'s words `y` carries in a run of RUN words or more (or, for a
 * text shorter than a run, all of it at once); null as soon as more than
 * `allowedMissing` weighed words are not carried (the pair cannot be copies).
 */
function carriedWords(x: CopyText, y: CopyText, allowedMissing: number): Uint8Array | null {
  const carried = new Uint8Array(x.words.length);
  if (x.words.length < RUN) {
    if (y.runs.has(x.words.join(" ")) || ` ${y.words.join(" ")} `.includes(` ${x.words.join(" ")} `)) carried.fill(1);
    return carried[0] ? carried : x.weight > allowedMissing ? null : carried;
  }
  let missing = 0;
  for (let i = 0; i < x.words.length; i++) {
    const run = x.runAt[i];
    if (run !== undefined && y.runs.has(run)) carried.fill(1, i, i + RUN);
    // No later run starts at or before word i, so whether it is carried is settled.
    if (!carried[i] && x.weighed[i] && ++missing > allowedMissing) return null;
  }
  return carried;
}

/** Share of `x`'s weighed words that are carried. */
function carriedShare(x: CopyText, carried: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < carried.length; i++) n += (carried[i] ?? 0) & (x.weighed[i] ?? 0);
  return x.weight > 0 ? n / x.weight : 0;
}

/**
 * The passages of `x` that report something the other text does not
 * (`carried`: x's words it carries): it lacks most of the passage, or one of
 * its figures or names ("Seven" made "Nine", a quote given to someone else).
 */
function lackedPassages(x: CopyText, carried: Uint8Array, other: CopyText): Passage[] {
  return x.passages
    .filter((p) => {
      if (!p.reports || p.end === p.start) return false;
      let n = 0;
      for (let i = p.start; i < p.end; i++) {
        if (x.facts[i] && !carried[i] && !standsIn(x, i, other)) return true;
        n += carried[i] ?? 0;
      }
      return n / (p.end - p.start) < PASSAGE_CARRIED;
    })
    .map((p) => p.passage);
}

/** Word `i` of `x` stands in `y` among the same words: a run of FACT_RUN words holding it is in `y`. */
function standsIn(x: CopyText, i: number, y: CopyText): boolean {
  for (let start = Math.max(0, i - FACT_RUN + 1); start <= i; start++) {
    const run = x.factRunAt[start];
    if (run !== undefined && y.factRuns.has(run)) return true;
  }
  return false;
}

export interface CopyVerdict {
  copies: boolean;
  /** Share of each one's sentence words the other carries (0 when the measure stopped early: below the threshold). */
  aInB: number;
  bInA: number;
  /** Passages of each whose report the other lacks, or gives with another figure or name (filled only when the shares reach the threshold). */
  onlyInA: Passage[];
  onlyInB: Passage[];
}

function verdictOf(a: CopyText, b: CopyText, threshold: number): CopyVerdict {
  const allowed = (t: CopyText) => Math.floor((1 - threshold) * t.weight + 1e-9);
  const none: CopyVerdict = { copies: false, aInB: 0, bInA: 0, onlyInA: [], onlyInB: [] };
  if (a.words.length === 0 || b.words.length === 0) return none;
  const inB = carriedWords(a, b, allowed(a));
  const inA = inB && carriedWords(b, a, allowed(b));
  if (!inB || !inA) return none;
  const onlyInA = lackedPassages(a, inB, b);
  const onlyInB = lackedPassages(b, inA, a);
  return { copies: onlyInA.length === 0 && onlyInB.length === 0, aInB: carriedShare(a, inB), bInA: carriedShare(b, inA), onlyInA, onlyInB };
}

/** Whether two texts are copies of one report, and why not (the passages each lacks). */
export function copyVerdict(a: readonly Passage[], b: readonly Passage[], threshold = COPY_THRESHOLD): CopyVerdict {
  return verdictOf(readForCopies(a), readForCopies(b), threshold);
}

/**
 * Sources grouped as copies of one report: every two members of a group are
 * copies of each other (copyVerdict), so a chain of small edits never joins
 * two texts that differ by more. The groups do not depend on the order the
 * sources come in (they are formed in the order of their ids), so a caller
 * ordering a story by its copies gets the same groups back. Returns each
 * source's group number, in order of first appearance.
 */
export function groupCopies(sources: readonly CoverageSource[], threshold = COPY_THRESHOLD): number[] {
  const texts = sources.map((s) => readForCopies(s.passages));
  const n = sources.length;
  const copies: boolean[][] = texts.map(() => new Array<boolean>(n).fill(false));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const same = verdictOf(texts[i] as CopyText, texts[j] as CopyText, threshold).copies;
      (copies[i] as boolean[])[j] = same;
      (copies[j] as boolean[])[i] = same;
    }
  }
  // By id, each source joins the first group all of whose members it copies.
  const byId = sources.map((_, i) => i).sort((x, y) => compareIds(sources[x]?.id ?? "", sources[y]?.id ?? "") || x - y);
  const groups: number[][] = [];
  const formed = new Array<number>(n).fill(-1);
  for (const i of byId) {
    const g = groups.findIndex((members) => members.every((m) => copies[i]?.[m]));
    if (g >= 0) groups[g]?.push(i);
    else groups.push([i]);
    formed[i] = g >= 0 ? g : groups.length - 1;
  }
  // Numbered in the order the sources come in.
  const numbers = new Map<number, number>();
  return formed.map((g) => {
    if (!numbers.has(g)) numbers.set(g, numbers.size);
    return numbers.get(g) ?? 0;
  });
}

const compareIds = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The groups of the same sources put in another order (`order[k]`: the index
 * of the source that comes k-th), numbered in order of first appearance as
 * groupCopies numbers them. Groups do not depend on the order (see above), so
 * this is what groupCopies would return for the reordered sources: a caller
 * that ordered a story by its copies hands these to the coverage instead of
 * reading every pair of texts a second time (buildCoverage's copyGroups).
 */
export function groupsInOrder(groupOf: readonly number[], order: readonly number[]): number[] {
  const numbers = new Map<number, number>();
  return order.map((i) => {
    const g = groupOf[i] ?? -1 - i;
    if (!numbers.has(g)) numbers.set(g, numbers.size);
    return numbers.get(g) ?? 0;
  });
}

/**
 * The labels of sources that leave something out, each group of copies named
 * once: "Gazette, Meridian Press (with its copy Daily Courier)". Counts are
 * of groups ("3 of 6 sources"), so a list naming a copy as one more source
 * did not add up. The first listed member of a group names it (a story lists
 * an original before its copies).
 */
export function labelsByGroup(absent: readonly number[], groupOf: readonly number[], labelOf: (i: number) => string): string {
  const members = new Map<number, number[]>();
  for (const i of absent) {
    const g = groupOf[i] ?? -1 - i;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  return [...members.values()]
    .map(([first, ...copies]) => {
      const name = labelOf(first as number);
      if (copies.length === 0) return name;
      return `${name} (with its ${copies.length === 1 ? "copy" : "copies"} ${copies.map(labelOf).join(", ")})`;
    })
    .join(", ");
}
