/**
 * Figures. Two kinds of flag:
 *  - conflict: both sides give a figure for the same quantity and the figures
 *    differ ("$5 billion" / "$5.7 billion", "striking four people" / "six
 *    people were injured"). Looked for wherever the two sides report the same
 *    thing, partial pairs included: the passage and the stretch of the other
 *    article that says most of it (passage-cover.ts).
 *  - number: a passage the other side reports gives a figure the other side
 *    never gives anywhere ("1,200 troops"). A passage the other side does not
 *    report at all is a passage flag, with its figures in it.
 * Dates and weekdays are left to the passages: "Friday" against "two
 * officials" is no conflict, and a day named or not is rarely the news.
 */
import type { Omission, Side } from "../types/comparison";
import type { Token } from "../text/tokens";
import type { Passage } from "../text/types";
import { STOPWORDS } from "../text/stopwords";
import { figureOf } from "./approximately";
import { eventCountOf, eventCountsDiffer, type EventCount } from "./event-counts";
import { currencyOf } from "./currencies";
import { figureRole, sameRole, tollRole, type FigureRole } from "./figure-role";
import { isFigure, tellsAlone, type NumberMention } from "./numbers";
import { nameOf, other, SIDES, type OmissionContext } from "./omission-input";
import { COVERED } from "./passage-omissions";
import { shortHash } from "./stable-key";
import type { ArticleReading } from "./article-reading";

/** What a figure counts, for telling whether two figures measure the same thing. */
function unitOf(m: NumberMention): string | undefined {
  if (!isFigure(m)) return undefined;
  if (m.kind === "ordinal") return "ordinal";
  const currency = currencyOf(m.value);
  if (currency) return `money ${currency}`;
  if (m.value.endsWith("%")) return "percent";
  if (m.duration) return "duration";
  return "count";
}

/** What a figure is of: the word inside it ("38-word"), the first content word after it ("four people", "47 arrests") and the one before it ("cost $5 billion"). */
export interface FigureContext {
  inside?: string;
  after?: string;
  before?: string;
  /** After "the", "their", "these"…: a reference to things named before ("the two states"), not a figure reported. */
  anaphoric: boolean;
  /** What befalls what it counts, when a word next to it says: "lost nearly 60 seats" is a loss (figure-role.ts). */
  role?: FigureRole;
  /** Reached by a toll ("the death toll rose to 15"): it counts its role, deaths, whatever noun follows it. */
  toll: boolean;
}

const DETERMINERS: ReadonlySet<string> = new Set(["the", "their", "these", "those", "its", "his", "her", "our", "both"]);

/** Words that spell a figure's unit, not what it counts: "77 percent of promised benefits" counts benefits. */
const UNIT_WORDS: ReadonlySet<string> = new Set(["percent", "percentage", "pct", "cent", "point", "points"]);

function contextOf(m: NumberMention, tokens: readonly Token[], text: string): FigureContext {
  const content = (t: Token | undefined) => !!t && t.isContent && !t.isNumber && !STOPWORDS.has(t.norm) && !UNIT_WORDS.has(t.norm);
  // The noun a figure counts, past proper adjectives: "Twenty-six Russian nationals" counts nationals.
  const noun = (t: Token) => content(t) && !(t.isCapitalized && /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(t.surface));
  const previous = tokens.filter((t) => t.end <= m.start).at(-1);
  return {
    inside: /-(\p{L}+)$/u.exec(m.value)?.[1],
    // A length of time is a number of its largest unit, however written: "4 h 40" and "five hours" both of hours.
    after: m.duration ? m.duration.unit : tokens.find((t) => t.start >= m.end && noun(t))?.stem,
    before: tokens.filter((t) => t.end <= m.start && content(t)).at(-1)?.stem,
    anaphoric: !/-\p{L}+$/u.test(m.value) && previous !== undefined && DETERMINERS.has(previous.norm),
    role: figureRole(tokens, text, m.start, m.end),
    toll: tollRole(tokens, text, m.start, m.end) !== undefined,
  };
}

/**
 * Two figures measure the same thing when they are of one unit, counted
 * things agree (the noun after each when both have one, else, for sums and
 * shares, the word before; for a toll, what befell them) and nothing says different things befall them:
 * "hold 240 seats" and "lost 60 seats" count seats, but seats held against
 * seats lost is no disagreement (figure-role.ts).
 */
function sameQuantity(a: NumberMention, ca: FigureContext, b: NumberMention, cb: FigureContext): boolean {
  const unit = unitOf(a);
  if (!unit || unit !== unitOf(b) || ca.inside !== cb.inside || ca.anaphoric || cb.anaphoric) return false;
  if (!sameRole(ca.role, cb.role)) return false;
  // A toll counts what befell people, not the noun after it: "the death toll rose to 15" and "Twelve
  // workers were killed" are one quantity, both deaths; "the number of stores rose to 412" is no toll.
  if (ca.toll || cb.toll) return unit === "count" && ca.role !== undefined && ca.role === cb.role;
  if (ca.inside) return true;
  if (ca.after && cb.after) return ca.after === cb.after;
  return unit !== "count" && unit !== "ordinal" && ca.before !== undefined && ca.before === cb.before;
}

/** A figure where it stands: its mention, its passage and what it counts. */
export interface Located {
  mention: NumberMention;
  passage: Passage;
  context: FigureContext;
}

/** One article of a pair as the figure readers take it: its reading and its passages. */
export interface FigureSide {
  reading: ArticleReading;
  passages: readonly Passage[];
}

/** The figures of some passages (by position) of `side` that `keep` takes. */
function locatedFigures(side: FigureSide, positions: readonly number[], keep: (m: NumberMention) => boolean): Located[] {
  const { reading } = side;
  const out: Located[] = [];
  for (const k of positions) {
    const passage = side.passages[k];
    if (!passage) continue;
    const tokens = reading.tokens(passage.text);
    // A figure given only as what was wrong before is not this side's report (correction-note.ts).
    for (const mention of reading.reportedNumbers()[k] ?? []) {
      if (!unitOf(mention) || !keep(mention)) continue;
      out.push({ mention, passage, context: contextOf(mention, tokens, passage.text) });
    }
  }
  return out;
}

/** The figures of some passages (by position) of `side` that `elsewhere` gives nowhere. */
function unsharedFigures(side: FigureSide, elsewhere: ArticleReading, positions: readonly number[]): Located[] {
  return locatedFigures(side, positions, (m) => !elsewhere.givesFigure(m));
}

/**
 * The hash in figure keys: the words of the flag's passages on each side, in
 * passage order (what lib/services/swap-flag-key.ts recomputes for the swapped view).
 */
/** A figure as flag keys write it (see NumberMention.keyValue): stable across the readings of currencies. */
function keyValueOf(mention: NumberMention): string {
  return mention.keyValue ?? mention.value;
}

function passagePairHash(ctx: OmissionContext, indexesA: readonly number[], indexesB: readonly number[]): string {
  const words = (side: Side, indexes: readonly number[]) =>
    [...indexes]
      .sort((x, y) => x - y)
      .map((i) => ctx.passages[side].find((p) => p.index === i)?.text ?? "")
      .join(" ");
  return shortHash(`${ctx.readings.a.normalizedWords(words("a", indexesA))}|${ctx.readings.b.normalizedWords(words("b", indexesB))}`);
}

/**
 * One changed figure: what each side says, and every passage where each says
 * it (the headline's "12 killed" and the body's "12 people were killed"
 * against "15"). Both sides' readings are in it, so it is filed under both.
 */
interface Conflict {
  figures: Record<Side, Located>;
  passages: Record<Side, Set<number>>;
}

/**
 * A conflict as one side's item: filed under the side it is read from
 * (`present`, "missing from" the other). A changed figure is a finding about
 * both accounts, and items are read per side (each side's list is what that
 * outlet reports and the other leaves out or says otherwise, ranked within
 * the side): filed under A alone, as it was until 7 December, B's reader
 * never saw that B's figure is disputed. There is no majority to go by in a
 * pair, so each side's list carries it, with its own figure first and its
 * own passages as the evidence. The flag missing from B keeps the key format
 * of the changed-figure flags conflicts replaced (reviews made on those still
 * attach); the one missing from A is keyed the same way with its own side.
 */
function conflictFlag(ctx: OmissionContext, conflict: Conflict, present: Side): Omission {
  const absent = other(present);
  const sorted = (side: Side) => [...conflict.passages[side]].sort((x, y) => x - y);
  const passagesA = sorted("a");
  const passagesB = sorted("b");
  const mine = conflict.figures[present];
  const theirs = conflict.figures[absent];
  return {
    kind: "conflict",
    missingFrom: absent,
    term: `${mine.mention.surface} → ${theirs.mention.surface}`,
    text: mine.passage.text,
    countA: 1,
    countB: 1,
    severity: 0.75,
    passagesA,
    passagesB,
    note: `${nameOf(ctx, present)} says ${mine.mention.surface}; ${nameOf(ctx, absent)} says ${theirs.mention.surface}`,
    key: `number:${absent}:${keyValueOf(conflict.figures.a.mention)}>${keyValueOf(conflict.figures.b.mention)}:${passagePairHash(ctx, passagesA, passagesB)}`,
  };
}

/**
 * The figures of passage `position` of `from` that contradict the stretch
 * `by` (positions) of `to`, the stretch of `to` that says most of it: pairs
 * measuring the same quantity ("Seven people" / "Nine people"), each a figure
 * the other article gives nowhere. A mention in `taken` is already in a
 * conflict and is not paired again; the pairs found are added to it. The
 * comparison and the story (coverage-figures.ts) read conflicts with this one
 * rule.
 */
export function conflictingFigures(from: FigureSide, position: number, to: FigureSide, by: readonly number[], taken: Set<NumberMention>): Array<[Located, Located]> {
  const mine = unsharedFigures(from, to.reading, [position]);
  if (mine.length === 0) return [];
  const theirs = unsharedFigures(to, from.reading, by);
  const pairs: Array<[Located, Located]> = [];
  // Figures whose words say the same thing befell them are paired first: with "140 people were working" and
  // "Twelve people died" on one side, "Fifteen people have died" is the toll's other figure, whatever the order.
  // A toll before them: against "Twelve workers were killed", "the death toll rose to 15" is the other count
  // of all the dead, not "Three workers died in hospital overnight" said before it.
  for (const pass of ["toll", "known role", "any"] as const) {
    const knownRoleOnly = pass !== "any";
    for (const x of mine) {
      if (taken.has(x.mention) || (knownRoleOnly && x.context.role === undefined)) continue;
      const y = theirs.find(
        (c) =>
          !taken.has(c.mention) &&
          (!knownRoleOnly || c.context.role === x.context.role) &&
          (pass !== "toll" || x.context.toll || c.context.toll) &&
          sameQuantity(x.mention, x.context, c.mention, c.context),
      );
      if (!y) continue;
      taken.add(x.mention).add(y.mention);
      pairs.push([x, y]);
    }
  }
  return pairs;
}

/**
 * Stems of nouns that count people whatever an outlet calls them in a total:
 * "3,987,214 customers" and "more than 4.2 million people" whose records were
 * taken are one count, said two ways.
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(["peopl", "person", "individu", "resid", "custom", "patient", "user", "consum"]);
/** Totals this large are rarely two different counts of the same noun in one story; small counts often are (two arrests, five arrests). */
const LARGE_TOTAL = 1000;
/** Two totals further apart than this are not one figure reported two ways. */
const TOTAL_RATIO = 1.5;

/** Whether two large counts, wherever each stands, are one total told differently (see totalConflicts). */
function sameTotal(x: Located, y: Located): boolean {
  const [a, b] = [figureOf(x.mention.value), figureOf(y.mention.value)];
  if (!a || !b || unitOf(x.mention) !== "count" || unitOf(y.mention) !== "count" || x.mention.kind !== "count" || y.mention.kind !== "count") return false;
  if (a.amount < LARGE_TOTAL || b.amount < LARGE_TOTAL || Math.max(a.amount, b.amount) > TOTAL_RATIO * Math.min(a.amount, b.amount)) return false;
  if (x.context.anaphoric || y.context.anaphoric || x.context.inside || y.context.inside || !sameRole(x.context.role, y.context.role)) return false;
  const [nx, ny] = [x.context.after, y.context.after];
  return nx !== undefined && ny !== undefined && (nx === ny || (PEOPLE_NOUNS.has(nx) && PEOPLE_NOUNS.has(ny)));
}

/** Every figure an article reports, where it stands: a story reads each source against every other one. */
const EVERY_FIGURE = new WeakMap<ArticleReading, readonly Located[]>();

/**
 * The event counts (event-counts.ts: the dead, the injured, the arrested…)
 * among `figures`, each only when its role is given with one value on its
 * side, `all` (every figure the side reports, shared, paired or not): a side
 * saying "Twelve workers were killed" and elsewhere "Three workers died in
 * hospital" gives two counts of the dead, and which of them another toll
 * answers is a guess.
 */
function loneEventCounts(all: readonly Located[], figures: readonly Located[], reading: ArticleReading): Map<Located, EventCount> {
  const values = new Map<FigureRole, Set<string>>();
  for (const f of all) {
    if (f.context.role === undefined || unitOf(f.mention) !== "count") continue;
    const set = values.get(f.context.role) ?? new Set<string>();
    values.set(f.context.role, set.add(f.mention.value));
  }
  const out = new Map<Located, EventCount>();
  for (const f of figures) {
    const { role } = f.context;
    const amount = figureOf(f.mention.value)?.amount;
    if (role === undefined || amount === undefined || values.get(role)?.size !== 1 || f.context.anaphoric || f.context.inside) continue;
    if (unitOf(f.mention) !== "count" || f.mention.kind !== "count") continue;
    const count = eventCountOf(reading.tokens(f.passage.text), f.passage.text, f.mention.start, f.mention.end, role, amount);
    if (count) out.set(f, count);
  }
  return out;
}

/**
 * Conflicts between totals the two sides give in sentences reworded too far
 * to be paired ("hackers stole the records of 3,987,214 customers" / "took
 * files on more than 4.2 million people"): a large count of the same people
 * or things, given by neither side as the other does, and the only such count
 * on each side, so that no two totals of one story (customers and stores,
 * patients this year and last) are paired by guess. A count of any size is
 * paired when it is what befell people in the story's event ("Twelve workers
 * were killed" / "the death toll had risen to 15"), the one count of that
 * role its side gives, and nothing says it is another time's, an increment,
 * a part or a bound the other meets (loneEventCounts, event-counts.ts).
 */
export function totalConflicts(a: FigureSide, b: FigureSide, taken: Set<NumberMention>): Array<[Located, Located]> {
  const everyFigure = (side: FigureSide): readonly Located[] => {
    let all = EVERY_FIGURE.get(side.reading);
    if (!all) EVERY_FIGURE.set(side.reading, (all = locatedFigures(side, side.passages.map((_, k) => k), () => true)));
    return all;
  };
  // A value already in a conflict ("12 killed" in the headline, 12 → 15 in the body) is that conflict's, given again.
  const unshared = (side: FigureSide, elsewhere: FigureSide, all: readonly Located[]) => {
    const paired = new Set(all.filter((f) => taken.has(f.mention)).map((f) => f.mention.value));
    return all.filter((f) => !paired.has(f.mention.value) && !elsewhere.reading.givesFigure(f.mention));
  };
  const [allA, allB] = [everyFigure(a), everyFigure(b)];
  const [inA, inB] = [unshared(a, b, allA), unshared(b, a, allB)];
  const [eventsA, eventsB] = [loneEventCounts(allA, inA, a.reading), loneEventCounts(allB, inB, b.reading)];
  const same = (x: Located, y: Located): boolean => {
    if (sameTotal(x, y)) return true;
    const [ex, ey] = [eventsA.get(x), eventsB.get(y)];
    return ex !== undefined && ey !== undefined && eventCountsDiffer(ex, ey);
  };
  const pairs: Array<[Located, Located]> = [];
  for (const x of inA) {
    const matches = inB.filter((y) => same(x, y));
    const y = matches[0];
    if (matches.length !== 1 || !y || inA.filter((z) => same(z, y)).length !== 1) continue;
    taken.add(x.mention).add(y.mention);
    pairs.push([x, y]);
  }
  return pairs;
}

export function numberOmissions(ctx: OmissionContext, covered: (side: Side, position: number) => boolean): Omission[] {
  const conflicting = new Set<NumberMention>();
  /** One conflict per changed figure (A's value > B's value), wherever it is found again. */
  const conflicts = new Map<string, Conflict>();
  const sides: Record<Side, FigureSide> = { a: { reading: ctx.readings.a, passages: ctx.passages.a }, b: { reading: ctx.readings.b, passages: ctx.passages.b } };
  // Conflicts, looked for from each side (where a passage is mostly said by the other side's stretch),
  // so that A vs B and B vs A find the same pairs.
  for (const from of SIDES) {
    const to = other(from);
    ctx.passages[from].forEach((_, k) => {
      // Only where the two report the same thing: most of the passage is said there.
      const cover = ctx.cover[from][k];
      if (!cover || cover.window < COVERED || cover.by.length === 0) return;
      for (const [x, y] of conflictingFigures(sides[from], k, sides[to], cover.by, conflicting)) {
        const [inA, inB] = from === "a" ? [x, y] : [y, x];
        const key = `${inA.mention.value}>${inB.mention.value}`;
        const found = conflicts.get(key);
        if (found) {
          found.passages.a.add(inA.passage.index);
          found.passages.b.add(inB.passage.index);
        } else {
          conflicts.set(key, { figures: { a: inA, b: inB }, passages: { a: new Set([inA.passage.index]), b: new Set([inB.passage.index]) } });
        }
      }
    });
  }
  // Totals told differently in sentences too far apart in their words to be paired.
  for (const [inA, inB] of totalConflicts(sides.a, sides.b, conflicting)) {
    const key = `${inA.mention.value}>${inB.mention.value}`;
    if (!conflicts.has(key)) conflicts.set(key, { figures: { a: inA, b: inB }, passages: { a: new Set([inA.passage.index]), b: new Set([inB.passage.index]) } });
  }
  /** Each side's values that stand in a conflict, and the first conflict each is in. */
  const conflictOf: Record<Side, Map<string, Conflict>> = { a: new Map(), b: new Map() };
  for (const conflict of conflicts.values()) {
    for (const side of SIDES) if (!conflictOf[side].has(conflict.figures[side].mention.value)) conflictOf[side].set(conflict.figures[side].mention.value, conflict);
  }
  // Figures left out of a passage the other side does report.
  const numbers: Omission[] = [];
  for (const present of SIDES) {
    const absent = other(present);
    ctx.passages[present].forEach((passage, k) => {
      if (!covered(present, k)) return;
      const figures = unsharedFigures(sides[present], ctx.readings[absent], [k]).filter((f) => {
        if (conflicting.has(f.mention) || !tellsAlone(f.mention)) return false;
        // A figure this side gives again where the other side gives another ("12 killed" in the headline, a
        // conflict 12 → 15 in the body) is that changed figure once more, not a figure reported without:
        // it joins the conflict's passages.
        const conflict = conflictOf[present].get(f.mention.value);
        if (conflict) conflict.passages[present].add(passage.index);
        return conflict === undefined;
      });
      if (figures.length === 0) return;
      const related = (ctx.cover[present][k]?.by ?? []).map((j) => ctx.passages[absent][j]?.index ?? j);
      const list = figures.map((f) => f.mention.surface).join(", ");
      const values = figures.map((f) => keyValueOf(f.mention)).sort().join(",");
      numbers.push({
        kind: "number",
        missingFrom: absent,
        term: list,
        text: passage.text,
        countA: present === "a" ? figures.length : 0,
        countB: present === "b" ? figures.length : 0,
        // An ordinal alone ("their second meeting") tells less than a count or an amount.
        severity: figures.every((f) => f.mention.kind === "ordinal") ? 0.25 : 0.4,
        passagesA: present === "a" ? [passage.index] : related,
        passagesB: present === "b" ? [passage.index] : related,
        note: `${nameOf(ctx, present)} gives ${list}; ${nameOf(ctx, absent)} reports this passage without ${figures.length === 1 ? "that figure" : "those figures"}`,
        key: `number:${absent}:${present === "a" ? values : ""}>${present === "b" ? values : ""}:${passagePairHash(ctx, present === "a" ? [passage.index] : related, present === "b" ? [passage.index] : related)}`,
      });
    });
  }
  const changed = [...conflicts.values()].flatMap((c) => SIDES.map((present) => conflictFlag(ctx, c, present)));
  return [...changed, ...numbers];
}
