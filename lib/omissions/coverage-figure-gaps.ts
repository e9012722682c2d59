/**
 * Figures most of a story reports and some sources leave out: "$312.4
 * million" in the wire, "$312,400,000" in the press release, "more than $300
 * million" in the newspaper, and no settlement figure at all in the utility's
 * statement. A comparison flags such a figure pair by pair (number-omissions.ts);
 * the story view had rows for names and passages only, so the statement's
 * silence on the money, the story's headline figure, never surfaced there.
 *
 * One figure across the story is the figures of the sources that say the same
 * amount: equal once canonical ("$312.4 million" = "$312,400,000", "fifteen
 * years" = "15 years", "two decades" = "20 years"), one a bound or an
 * estimate allowing the other ("more than $300 million" allows $312.4
 * million), or one a rounding of the other ("3.99 million" of 3,987,214), as
 * the comparison's `givesFigure` reads them (approximately.ts); of one unit
 * (money in one currency, a share, a length of time, a count); and nothing
 * next to them saying different things befall what they count (figure-role.ts:
 * deaths are not injuries). A small round count ("two", "7") is said of many
 * things in one story, so two of them are one figure only when they count the
 * same noun or the same event; a figure of two significant digits or more
 * ("41 parts per trillion" / "41 ppt", "86,500 households") is rarely two
 * things in one story, and is joined on its value.
 *
 * A source leaves the figure out when, as in a comparison, it gives no equal
 * or approximate figure of that unit anywhere (ArticleReading.givesFigure),
 * nor in its headline, and gives no other figure for the quantity (that is a
 * conflict, coverage-figures.ts, listed as such).
 */
import { figureOf, roundsTo } from "./approximately";
import { currencyOf } from "./currencies";
import { figureRole, sameRole, type FigureRole } from "./figure-role";
import { extractNumbers, isFigure, tellsAlone, type NumberMention } from "./numbers";
import { significantDigits } from "./approximately";
import type { ArticleReading } from "./article-reading";
import type { FigureConflict } from "./coverage-figures";
import { UnionFind } from "./union-find";
import { STOPWORDS } from "../text/stopwords";
import { tokenize, type Token } from "../text/tokens";
import type { Passage } from "../text/types";

export interface FigureGapSource {
  passages: readonly Passage[];
  /** The article's headline, which reports a figure too ("Federal judge approves $312.4 million settlement"). */
  title?: string;
  reading: () => ArticleReading;
}

/** One figure as one source gives it. */
export interface FigureGiven {
  /** As written, with what it counts when that follows it: "$312.4 million", "41 parts". */
  phrase: string;
  /** Canonical value ("$312400000"), as keys write it. */
  value: string;
}

export interface FigureGap {
  /** The figure most groups of copies give (on a tie, the earliest source's), which names the row. */
  lead: FigureGiven;
  /** Per source (in story order): the figure it gives, when it gives one in its text or headline. */
  given: Array<FigureGiven | undefined>;
  /** Per source: the passages giving it. */
  passages: number[][];
  /** Per source: whether its headline gives it. */
  headlines: boolean[];
  /** Indexes of the compared sources that leave it out. */
  absent: number[];
  unit: FigureUnit;
  /**
   * A count that counts nothing named, in every source giving it ("Lieberman, 75,", "by a vote of 134
   * to 63"): an age or a tally, which a reader can hardly tell is left out; it ranks as a detail.
   */
  bare: boolean;
}

export type FigureUnit = "money" | "percent" | "duration" | "count";

/**
 * What a figure measures, as a comparison tells figures of one quantity apart
 * (number-omissions.ts reads the same): money in one currency, a share, a
 * length of time, a count. Ordinals order more than they count and are left
 * to the passages.
 */
function unitOf(m: NumberMention): { unit: FigureUnit; key: string } | undefined {
  if (!isFigure(m) || m.kind !== "count" || !tellsAlone(m)) return undefined;
  const currency = currencyOf(m.value);
  if (currency) return { unit: "money", key: `money ${currency}` };
  if (m.value.endsWith("%")) return { unit: "percent", key: "percent" };
  // A span in words ("15 years": 180mo, "three days": 4320min) or in hours and minutes.
  if (m.duration || /^\d+(?:\.\d+)?(?:mo|min)$/.test(m.equivalent ?? "")) return { unit: "duration", key: "duration" };
  return { unit: "count", key: "count" };
}

interface Node {
  source: number;
  mention: NumberMention;
  unit: { unit: FigureUnit; key: string };
  /** The content word after it (what it counts), and what befalls that. */
  noun?: string;
  role?: FigureRole;
  phrase: string;
  passages: Set<number>;
}

/** Words that spell a figure's unit, not what it counts ("41 percent of households" counts households). */
const UNIT_WORDS: ReadonlySet<string> = new Set(["percent", "percentage", "pct", "cent", "point", "points", "million", "billion", "thousand", "hundred", "trillion"]);

/** Words before a round figure that make it a bound or an estimate (approximately.ts reads the values they allow). */
const QUALIFIER = /\b(?:more than|over|at least|upwards of|in excess of|nearly|almost|close to|just under|less than|fewer than|under|about|around|roughly|approximately|some|an estimated|estimated)\s+$/i;

/** The figure as written, with its bound when it has one: "more than $300 million" (not "$300 million"). */
function writtenFigure(m: NumberMention, text: string): string {
  const qualifier = m.approx ? QUALIFIER.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[0] : undefined;
  return `${qualifier ?? ""}${m.surface}`;
}

/**
 * The first content word after the figure within two words (what it counts),
 * and the figure's words up to it ("41 parts", "86,500 households"). An
 * amount of money or a share is written alone: the word after "$45 million"
 * is as often a verb ("will fund") as what it buys.
 */
function countedNoun(m: NumberMention, unit: FigureUnit, tokens: readonly Token[], text: string): { noun?: string; phrase: string } {
  const written = writtenFigure(m, text);
  // "a two-year grand jury inquiry": the span is the figure, whatever it qualifies.
  if (/-\p{L}+$/u.test(m.value)) return { phrase: written };
  const after = tokens.filter((t) => t.start >= m.end).slice(0, 3);
  const noun = after.find((t) => t.isContent && !t.isNumber && !STOPWORDS.has(t.norm) && !UNIT_WORDS.has(t.norm) && !t.isCapitalized);
  // Only what follows in the same phrase: "Lieberman, 75, who served" counts nothing, nor does "16 and 13 respectively".
  const between = noun ? text.slice(m.end, noun.start) : "";
  if (!noun || noun.start - m.end > 14 || /[,;:()\u2013\u2014]|\.\s/.test(between) || after.some((t) => t.isNumber && t.start < noun.start)) return { phrase: written };
  return { noun: noun.stem, phrase: unit === "money" || unit === "percent" ? written : `${written}${text.slice(m.end, noun.end)}` };
}

/** Words before a figure that make it a reference to things named before ("the two states"), not a figure reported. */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "their", "these", "those", "its", "his", "her", "our", "both"]);

/** Whether two figures are one amount said two ways: equal, one within the other's bound or estimate, or one a rounding of the other. */
function sameAmount(a: Pick<NumberMention, "value" | "equivalent" | "approx" | "rounding">, b: Pick<NumberMention, "value" | "equivalent" | "approx" | "rounding">): boolean {
  // Spans compare by their length: "24 years" is not "24 hours", "two years" is "24 months".
  const [spanA, spanB] = [spanOf(a), spanOf(b)];
  if (spanA !== undefined && spanB !== undefined) return spanA === spanB;
  const valuesA = [a.value, a.equivalent].filter((v) => v !== undefined);
  const valuesB = [b.value, b.equivalent].filter((v) => v !== undefined);
  if (valuesA.some((v) => valuesB.includes(v))) return true;
  return sameBound(a, b);
}

/** A span's canonical length ("180mo", "1440min"), when the figure is one. */
function spanOf(m: Pick<NumberMention, "equivalent">): string | undefined {
  return m.equivalent !== undefined && /^\d+(?:\.\d+)?(?:mo|min)$/.test(m.equivalent) ? m.equivalent : undefined;
}

/** One figure within the other's bound or estimate, or one a rounding of the other (approximately.ts). */
function sameBound(a: Pick<NumberMention, "value" | "approx" | "rounding">, b: Pick<NumberMention, "value" | "approx" | "rounding">): boolean {
  const [x, y] = [figureOf(a.value), figureOf(b.value)];
  if (!x || !y || x.unit !== y.unit) return false;
  const within = (amount: number, range: { low: number; high: number } | undefined) => range !== undefined && amount >= range.low && amount <= range.high;
  if (within(x.amount, b.approx) || within(y.amount, a.approx)) return true;
  return (a.rounding !== undefined && roundsTo(y.amount, a.rounding)) || (b.rounding !== undefined && roundsTo(x.amount, b.rounding));
}

/**
 * A count said with one significant digit ("two", "7", "300") is said of
 * many things in one story; others are rarely two things (see the header).
 */
function telling(m: NumberMention, unit: FigureUnit): boolean {
  if (unit !== "count") return true;
  const figure = figureOf(m.value);
  return figure !== undefined && significantDigits(String(figure.amount)) >= 2;
}

/** "The two states", "their three children": small counts of things named before, no figure reported (as a comparison reads them). */
function referring(m: NumberMention, unit: FigureUnit, tokens: readonly Token[]): boolean {
  const previous = tokens.filter((t) => t.end <= m.start).at(-1);
  return !telling(m, unit) && previous !== undefined && DETERMINERS.has(previous.norm);
}

function sameFigure(x: Node, y: Node): boolean {
  if (x.unit.key !== y.unit.key || !sameAmount(x.mention, y.mention) || !sameRole(x.role, y.role)) return false;
  if (telling(x.mention, x.unit.unit) && telling(y.mention, y.unit.unit)) return true;
  // Small counts: of one noun, or one event ("Seven people died" / "killing 7").
  return (x.noun !== undefined && x.noun === y.noun) || (x.role !== undefined && x.role === y.role);
}

/**
 * Every figure that sources of at least `quorum` groups of copies give and
 * some compared source leaves out, in no particular order. `conflicts`: the
 * story's figure conflicts, whose sources give another figure for the
 * quantity rather than none.
 */
export function figureGaps(
  sources: readonly FigureGapSource[],
  compared: readonly number[],
  groupOf: readonly number[],
  quorum: number,
  conflicts: readonly FigureConflict[],
): FigureGap[] {
  const nodes: Node[] = [];
  const byKey = new Map<string, number>();
  for (const i of compared) {
    const source = sources[i] as FigureGapSource;
    const reading = source.reading();
    reading.reportedNumbers().forEach((mentions, k) => {
      const passage = source.passages[k];
      if (!passage) return;
      // A span in two units ("a year and seven months") comes read as one figure (span-parts.ts).
      for (const mention of mentions) {
        const tokens = reading.tokens(passage.text);
        const unit = unitOf(mention);
        if (!unit || referring(mention, unit.unit, tokens)) continue;
        const role = figureRole(tokens, passage.text, mention.start, mention.end);
        const { noun, phrase } = countedNoun(mention, unit.unit, tokens, passage.text);
        // One node per source, value and thing counted: the lede's and the body's "$312.4 million" are one figure given twice.
        const key = `${i}|${mention.value}|${noun ?? ""}|${role ?? ""}`;
        let id = byKey.get(key);
        if (id === undefined) {
          id = nodes.length;
          byKey.set(key, id);
          nodes.push({ source: i, mention, unit, noun, role, phrase, passages: new Set() });
        }
        nodes[id]?.passages.add(passage.index);
      }
    });
  }
  const joined = new UnionFind(nodes.length);
  // Nodes by unit: only figures of one unit can be one figure.
  const byUnit = new Map<string, number[]>();
  nodes.forEach((n, id) => byUnit.set(n.unit.key, [...(byUnit.get(n.unit.key) ?? []), id]));
  for (const ids of byUnit.values()) {
    for (let p = 0; p < ids.length; p++) {
      for (let q = p + 1; q < ids.length; q++) {
        const [x, y] = [nodes[ids[p] as number] as Node, nodes[ids[q] as number] as Node];
        if (x.source !== y.source && sameFigure(x, y)) joined.union(ids[p] as number, ids[q] as number);
      }
    }
  }
  const components = new Map<number, Node[]>();
  nodes.forEach((n, id) => {
    const root = joined.find(id);
    components.set(root, [...(components.get(root) ?? []), n]);
  });
  const headlineFigures = sources.map((s) => (s.title ? extractNumbers(s.title, tokenize(s.title)).filter((m) => unitOf(m)) : []));
  const reports = new Set(compared.map((i) => groupOf[i] ?? i)).size;
  const gaps: FigureGap[] = [];
  for (const members of components.values()) {
    const giving = new Set(members.map((n) => n.source));
    // Headlines give a figure too, and are read only for figures the texts give (a headline's figure alone is no row).
    const inHeadline = sources.map((_, i) => (compared.includes(i) ? headlineFigures[i]?.find((h) => members.some((n) => unitOf(h)?.key === n.unit.key && sameAmount(h, n.mention))) : undefined));
    const headlines = inHeadline.map((h) => h !== undefined);
    const groups = new Set([...giving, ...headlines.flatMap((h, i) => (h ? [i] : []))].map((i) => groupOf[i] ?? i));
    if (groups.size < quorum || groups.size >= reports) continue;
    const values = new Set(members.flatMap((n) => [n.mention.value, n.mention.keyValue].filter((v) => v !== undefined)));
    const inConflict = new Set(conflicts.filter((c) => c.figures.some((f) => values.has(f.value))).flatMap((c) => c.figures.flatMap((f) => f.sources)));
    const absent = compared.filter(
      (i) =>
        !groups.has(groupOf[i] ?? i) &&
        !inConflict.has(i) &&
        // As a comparison reads it: an equal or approximate figure anywhere in the article is the figure given.
        !members.some((n) => sources[i]?.reading().givesFigure(n.mention)),
    );
    if (absent.length === 0) continue;
    const headlineGiven = inHeadline.map((h, i) => (h ? { phrase: writtenFigure(h, sources[i]?.title ?? ""), value: h.keyValue ?? h.value } : undefined));
    gaps.push(gapOf(members, sources, groupOf, headlineGiven, absent));
  }
  return gaps;
}

function gapOf(members: readonly Node[], sources: readonly FigureGapSource[], groupOf: readonly number[], inHeadline: ReadonlyArray<FigureGiven | undefined>, absent: number[]): FigureGap {
  const given: Array<FigureGiven | undefined> = sources.map(() => undefined);
  const headlines = inHeadline.map((h) => h !== undefined);
  const passages: number[][] = sources.map(() => []);
  // Each source's figure: the one it gives in most passages, the earliest on a tie.
  const ordered = [...members].sort((x, y) => x.source - y.source || y.passages.size - x.passages.size || Math.min(...x.passages) - Math.min(...y.passages));
  for (const n of ordered) {
    given[n.source] ??= { phrase: n.phrase, value: n.mention.keyValue ?? n.mention.value };
    const list = passages[n.source] as number[];
    for (const p of n.passages) if (!list.includes(p)) list.push(p);
  }
  passages.forEach((list) => list.sort((p, q) => p - q));
  // A source giving it in its headline alone gives it as its headline writes it.
  inHeadline.forEach((h, i) => (given[i] ??= h));
  // The value most groups give names the figure; exact before a bound, then story order.
  const groupsGiving = new Map<string, Set<number>>();
  ordered.forEach((n) => groupsGiving.set(n.mention.value, (groupsGiving.get(n.mention.value) ?? new Set()).add(groupOf[n.source] ?? n.source)));
  const lead = [...ordered].sort(
    (x, y) => (groupsGiving.get(y.mention.value)?.size ?? 0) - (groupsGiving.get(x.mention.value)?.size ?? 0) || Number(x.mention.approx !== undefined) - Number(y.mention.approx !== undefined) || x.source - y.source,
  )[0] as Node;
  return {
    lead: { phrase: lead.phrase, value: lead.mention.keyValue ?? lead.mention.value },
    given,
    passages,
    headlines,
    absent,
    unit: lead.unit.unit,
    bare: members.every((n) => n.unit.unit === "count" && n.noun === undefined && n.role === undefined),
  };
}
