/**
 * How two matched quotations differ. Outlets quote the same remark at
 * different lengths: one gives the whole sentence, the other a part of it, or
 * splits it in two around "he said". Neither is an alteration. A quotation is
 * altered only when words change inside the stretch both quote, or when each
 * side ends (or starts) the shared words differently ("a nuclear bomb" /
 * "nuclear arms").
 */
export type QuoteRelation =
  | { kind: "same" }
  /**
   * One side quotes a part of the other's quotation; `extra` are the longer side's words the
   * shorter leaves out, `spans` where they stand in its word list ([from, to), head then tail).
   */
  | { kind: "excerpt"; longer: "a" | "b"; extra: string[]; spans: Array<[number, number]> }
  /**
   * Words change inside the shared stretch; `changed` counts the words that differ (both sides),
   * `changedContent` those that carry content, `changedWords` lists them; `shared` counts the words
   * both have, in order.
   */
  | { kind: "altered"; changed: number; changedContent: number; changedWords: string[]; shared: number };

/** Word lists longer than this are compared by their start and end only (a quotation is rarely longer). */
const MAX_WORDS = 400;

/**
 * `isContent(word)`: whether a (normalised) word carries content; changes of
 * function words alone ("a", "the") do not make a quotation altered.
 */
export function compareQuotes(writtenA: readonly string[], writtenB: readonly string[], isContent: (word: string) => boolean): QuoteRelation {
  // "Sen. Reid" / "Senator Reid": an outlet's house style, not a change of the speaker's words. One word
  // for one, so positions (an excerpt's spans) stay those of the lists given.
  const fullA = writtenA.map(fullForm);
  const fullB = writtenB.map(fullForm);
  const direct = compareWords(fullA, fullB, isContent);
  if (direct.kind !== "altered" || !(fullA.some(isHyphened) || fullB.some(isHyphened))) return direct;
  // "tax-filing guidance" / "tax filing guidance", "same-sex" / "same sex": house style again. Compared
  // with hyphened words split, an excerpt's spans mapped back to the words as given.
  const a = hyphensSplit(fullA);
  const b = hyphensSplit(fullB);
  const split = compareWords(a.words, b.words, isContent);
  if (split.kind === "excerpt") {
    const at = split.longer === "a" ? a.from : b.from;
    return { ...split, spans: split.spans.map(([from, to]) => [at[from] as number, (at[to - 1] as number) + 1]) };
  }
  return split.kind === "same" || split.changed < direct.changed ? split : direct;
}

function isHyphened(word: string): boolean {
  return word.length > 2 && word.includes("-", 1);
}

/** The words with each hyphened one split in its parts, and for each part the position of its word. */
function hyphensSplit(words: readonly string[]): { words: string[]; from: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  words.forEach((w, k) => {
    for (const part of isHyphened(w) ? w.split("-").filter(Boolean) : [w]) {
      out.push(part);
      from.push(k);
    }
  });
  return { words: out, from };
}

function compareWords(a: readonly string[], b: readonly string[], isContent: (word: string) => boolean): QuoteRelation {
  // One quotation word for word inside the other: an excerpt, however the longest common subsequence
  // would scatter its words ("this", "is" matched early in "Unfortunately this letter is nothing new…").
  const inside = a.length <= b.length ? excerptOf(a, b, "b") : excerptOf(b, a, "a");
  if (inside) return inside.extra.some(isContent) ? inside : { kind: "same" };
  const matches = commonSubsequence(a.slice(0, MAX_WORDS), b.slice(0, MAX_WORDS));
  if (matches.length === 0) {
    const changedWords = [...a.filter(isContent), ...b.filter(isContent)];
    return { kind: "altered", changed: a.length + b.length, changedContent: changedWords.length, changedWords, shared: 0 };
  }
  const [firstA, firstB] = matches[0] as [number, number];
  const [lastA, lastB] = matches[matches.length - 1] as [number, number];
  const matchedA = new Set(matches.map(([i]) => i));
  const matchedB = new Set(matches.map(([, j]) => j));
  const innerA = range(firstA, lastA).filter((i) => !matchedA.has(i)).map((i) => a[i] as string);
  const innerB = range(firstB, lastB).filter((j) => !matchedB.has(j)).map((j) => b[j] as string);
  const headA = a.slice(0, firstA);
  const headB = b.slice(0, firstB);
  const tailA = a.slice(lastA + 1);
  const tailB = b.slice(lastB + 1);
  const content = (ws: readonly string[]) => ws.filter(isContent);
  // Both sides put different words at the same edge: a substitution, not a cut.
  const swappedHead = content(headA).length > 0 && content(headB).length > 0;
  const swappedTail = content(tailA).length > 0 && content(tailB).length > 0;
  // A quotation is verbatim: any word changed inside the shared stretch is an alteration, "also" included.
  const changedInside = innerA.length + innerB.length;
  if (changedInside > 0 || swappedHead || swappedTail) {
    const edges = [...(swappedHead ? [...headA, ...headB] : []), ...(swappedTail ? [...tailA, ...tailB] : [])];
    const changedWords = [...content(innerA), ...content(innerB), ...content(edges)];
    return { kind: "altered", changed: changedInside + edges.length, changedContent: changedWords.length, changedWords, shared: matches.length };
  }
  const extraA = content([...headA, ...tailA]);
  const extraB = content([...headB, ...tailB]);
  if (extraA.length === 0 && extraB.length === 0) return { kind: "same" };
  const spans = (first: number, last: number, length: number): Array<[number, number]> =>
    [[0, first] as [number, number], [last + 1, length] as [number, number]].filter(([from, to]) => to > from);
  return extraA.length >= extraB.length
    ? { kind: "excerpt", longer: "a", extra: [...headA, ...tailA], spans: spans(firstA, lastA, a.length) }
    : { kind: "excerpt", longer: "b", extra: [...headB, ...tailB], spans: spans(firstB, lastB, b.length) };
}

/** Titles and words that house styles abbreviate, as normalised words, with their full form. */
const FULL_FORMS: ReadonlyMap<string, string> = new Map([
  ["sen", "senator"], ["sens", "senators"], ["rep", "representative"], ["reps", "representatives"], ["gov", "governor"],
  ["gen", "general"], ["lt", "lieutenant"], ["col", "colonel"], ["sgt", "sergeant"], ["capt", "captain"], ["adm", "admiral"],
  ["prof", "professor"], ["dept", "department"], ["govt", "government"], ["pres", "president"],
]);

function fullForm(word: string): string {
  return FULL_FORMS.get(word) ?? word;
}

/** Where `short` stands word for word in `long` as an excerpt of it (at least three words, and not all of it). */
function excerptOf(short: readonly string[], long: readonly string[], longer: "a" | "b"): Extract<QuoteRelation, { kind: "excerpt" }> | undefined {
  if (short.length < 3 || short.length === long.length) return undefined;
  const first = short[0];
  for (let k = long.indexOf(first as string); k >= 0 && k + short.length <= long.length; k = long.indexOf(first as string, k + 1)) {
    if (!short.every((w, n) => long[k + n] === w)) continue;
    const end = k + short.length;
    const spans = [[0, k] as [number, number], [end, long.length] as [number, number]].filter(([from, to]) => to > from);
    return { kind: "excerpt", longer, extra: [...long.slice(0, k), ...long.slice(end)], spans };
  }
  return undefined;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Index pairs of a longest common subsequence of two word lists, in order. */
function commonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[at(i, j)] = a[i] === b[j] ? (table[at(i + 1, j + 1)] as number) + 1 : Math.max(table[at(i + 1, j)] as number, table[at(i, j + 1)] as number);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if ((table[at(i + 1, j)] as number) >= (table[at(i, j + 1)] as number)) i++;
    else j++;
  }
  return out;
}
