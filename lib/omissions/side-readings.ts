/**
 * What the items of one comparison read off each side, worked out once per
 * comparison and side and shared by the grouping and the ranking
 * (omission-items.ts): the article's main subjects, the entities and the
 * speaker of each passage, the headline's words and the lede's paragraphs,
 * and where a passage stands.
 */
import type { EntityAcross } from "../entities/resolve-entities";
import type { Side } from "../types/comparison";
import type { Token } from "../text/tokens";
import type { Passage } from "../text/types";
import { speakerIn } from "./attribution";
import { sideIndex, type OmissionContext } from "./omission-input";
import { namesOutlet } from "./outlet-names";
import type { ArticleReading } from "./article-reading";

/** The names an article mentions most are its main subjects: this many of them, each mentioned at least MAIN_SUBJECT_MIN_MENTIONS times. */
const MAIN_SUBJECTS = 4;
export const MAIN_SUBJECT_MIN_MENTIONS = 3;

/**
 * The present article's most mentioned names (shared ones included: "China"
 * beside "Japan" and "United States"). A name counts the mentions of longer
 * names it is part of ("China" those of "South China Sea"): the article is
 * about China there too, though the sea is another place.
 */
export function mainSubjects(ctx: OmissionContext, side: Side): ReadonlySet<string> {
  const memo = (mainSubjectsMemo.get(ctx) ?? mainSubjectsMemo.set(ctx, {}).get(ctx)) as Partial<Record<Side, ReadonlySet<string>>>;
  return (memo[side] ??= computeMainSubjects(ctx, side));
}

const mainSubjectsMemo = new WeakMap<OmissionContext, Partial<Record<Side, ReadonlySet<string>>>>();

function computeMainSubjects(ctx: OmissionContext, side: Side): ReadonlySet<string> {
  const i = sideIndex(side);
  const named = ctx.entities.filter((e) => (e.mainCounts[i] ?? 0) > 0);
  // Each name split into words once (a name is read as the longer one of many shorter ones).
  const wordsOf = new Map(named.map((e) => [e, e.canonical.toLowerCase().split(/[\s-]+/)]));
  // Names by each of their words: a longer name containing "China" is found through "china".
  const byWord = new Map<string, typeof named>();
  for (const e of named) {
    for (const w of new Set(wordsOf.get(e))) {
      const list = byWord.get(w);
      if (list) list.push(e);
      else byWord.set(w, [e]);
    }
  }
  const mass = new Map<string, number>();
  for (const e of named) {
    const words = wordsOf.get(e) ?? [];
    let total = e.mainCounts[i] ?? 0;
    for (const longer of byWord.get(words[0] ?? "") ?? []) {
      if (longer === e || longer.canonical.length <= e.canonical.length) continue;
      if (containsRun(wordsOf.get(longer) ?? [], words)) total += longer.mainCounts[i] ?? 0;
    }
    mass.set(e.canonical, total);
  }
  const ranked = [...mass.entries()].filter(([, n]) => n >= MAIN_SUBJECT_MIN_MENTIONS).sort((x, y) => y[1] - x[1]);
  const cut = ranked[MAIN_SUBJECTS - 1]?.[1] ?? 0;
  // Ties at the cut are all main subjects: never decide between them by name.
  return new Set(ranked.filter(([, n]) => n >= cut).map(([name]) => name));
}

/** Whether `words` occur in `within` as a run ("south china sea" holds "china"). */
function containsRun(within: readonly string[], words: readonly string[]): boolean {
  for (let k = 0; k + words.length <= within.length; k++) if (words.every((w, j) => within[k + j] === w)) return true;
  return false;
}

/** Paragraphs counted as the lede. */
const LEDE_PARAGRAPHS = 2;

const entitiesByPassageMemo = new WeakMap<OmissionContext, Partial<Record<Side, Map<number, EntityAcross[]>>>>();

/** The entities each passage of a side mentions, worked out once per comparison. */
function entitiesByPassage(ctx: OmissionContext, side: Side): Map<number, EntityAcross[]> {
  const memo = (entitiesByPassageMemo.get(ctx) ?? entitiesByPassageMemo.set(ctx, {}).get(ctx)) as Partial<Record<Side, Map<number, EntityAcross[]>>>;
  let map = memo[side];
  if (!map) {
    map = new Map();
    for (const e of ctx.entities) {
      for (const i of e.passages[sideIndex(side)] ?? []) {
        const list = map.get(i);
        if (list) list.push(e);
        else map.set(i, [e]);
      }
    }
    memo[side] = map;
  }
  return map;
}

/** The entities the passages mention, each once. */
function entitiesIn(ctx: OmissionContext, side: Side, passages: readonly Passage[]): EntityAcross[] {
  const bySentence = entitiesByPassage(ctx, side);
  const seen = new Set<EntityAcross>();
  for (const p of passages) for (const e of bySentence.get(p.index) ?? []) seen.add(e);
  return [...seen];
}

/** The unnamed source the first passage that describes one gives (unnamed-source.ts). */
export function firstUnnamedSource(reading: ArticleReading, passages: readonly Passage[]): string | undefined {
  for (const p of passages) {
    const source = reading.unnamedSource(p.text);
    if (source !== undefined) return source;
  }
  return undefined;
}

/** Who speaks in the first passage that names a speaker (attribution grammar is read only until one does). */
export function firstSpeaker(ctx: OmissionContext, side: Side, passages: readonly Passage[]): string | undefined {
  for (const p of passages) {
    const speaker = speakerOfPassage(ctx, side, p);
    if (speaker !== undefined) return speaker;
  }
  return undefined;
}

const speakerMemo = new WeakMap<OmissionContext, Map<string, string | null>>();

/** A passage's speaker, read once per comparison (the groupings and the ranking both ask). */
function speakerOfPassage(ctx: OmissionContext, side: Side, p: Passage): string | undefined {
  let memo = speakerMemo.get(ctx);
  if (!memo) speakerMemo.set(ctx, (memo = new Map()));
  const key = `${side}${p.index}`;
  let speaker = memo.get(key);
  if (speaker === undefined) {
    // Most passages have no speech verb: their entities are not looked up.
    const verbs = ctx.readings[side].speechVerbs(p.text);
    speaker = verbs.length === 0 ? null : (speakerIn(p.text, entitiesIn(ctx, side, [p]), verbs, ctx.outlets[side]) ?? null);
    memo.set(key, speaker);
  }
  return speaker ?? undefined;
}

const entitiesByNameMemo = new WeakMap<OmissionContext, Map<string, EntityAcross[]>>();

/** The comparison's entities of a canonical name, found by one lookup (an item per name would otherwise scan them all). */
export function entitiesNamed(ctx: OmissionContext, canonical: string): readonly EntityAcross[] {
  let byName = entitiesByNameMemo.get(ctx);
  if (!byName) {
    byName = new Map();
    for (const e of ctx.entities) {
      const list = byName.get(e.canonical);
      if (list) list.push(e);
      else byName.set(e.canonical, [e]);
    }
    entitiesByNameMemo.set(ctx, byName);
  }
  return byName.get(canonical) ?? [];
}

/** Worked out once per comparison and side: the headline's content words and the lede's paragraphs. */
const sideMemo = new WeakMap<OmissionContext, Partial<Record<Side, { headline: ReadonlySet<string>; lede: ReadonlySet<number> }>>>();

function sideFacts(ctx: OmissionContext, side: Side): { headline: ReadonlySet<string>; lede: ReadonlySet<number> } {
  const memo = (sideMemo.get(ctx) ?? sideMemo.set(ctx, {}).get(ctx)) as Partial<Record<Side, { headline: ReadonlySet<string>; lede: ReadonlySet<number> }>>;
  let facts = memo[side];
  if (!facts) {
    const lede: number[] = [];
    for (const q of ctx.passages[side]) {
      if (q.role !== "body" && q.role !== "quote") continue;
      if (lede.at(-1) !== q.paragraph) lede.push(q.paragraph);
      if (lede.length >= LEDE_PARAGRAPHS) break;
    }
    const headline = new Set(ctx.tokens(ctx.titles[side] ?? "").filter((t) => t.isContent && !HEADLINE_FILLER.has(t.norm)).map((t) => t.norm));
    facts = memo[side] = { headline, lede: new Set(lede) };
  }
  return facts;
}

/**
 * Prepositions and linking words a headline uses to join its news ("derails
 * near Kessingford", "resigns after crash", "talks amid protests"). The
 * aligner keeps them as words (stopwords.ts), but a passage sharing one with
 * the headline shares none of its news: "a man near me" is not in a headline
 * "… derails near Kessingford".
 */
const HEADLINE_FILLER: ReadonlySet<string> = new Set(
  `near after before amid amidst against during since until till without within across along around outside inside
  among amongst between through throughout toward towards behind beyond despite following ahead upon onto while
  because though although unless whether like unlike beside besides except`.split(/\s+/).filter(Boolean),
);

export function headlineWords(ctx: OmissionContext, side: Side): ReadonlySet<string> {
  return sideFacts(ctx, side).headline;
}

/** A figure written as a word, as headlines do ("kills four", "dozens hurt"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/;

const headlineKeysMemo = new WeakMap<OmissionContext, Partial<Record<Side, ReadonlySet<string>>>>();

/**
 * The headline's words that carry its news on their own: its figures ("23",
 * "four") and the words of the names it has ("Halden" of "Port Halden"), as
 * the comparison's entities of that side spell them, leaving out the outlet's own.
 */
export function headlineNamesAndFigures(ctx: OmissionContext, side: Side): ReadonlySet<string> {
  const memo = (headlineKeysMemo.get(ctx) ?? headlineKeysMemo.set(ctx, {}).get(ctx)) as Partial<Record<Side, ReadonlySet<string>>>;
  let keys = memo[side];
  if (!keys) {
    const found = new Set<string>();
    const title = ctx.titles[side] ?? "";
    for (const t of ctx.tokens(title)) if (t.isContent && (/\d/.test(t.norm) || NUMBER_WORD.test(t.norm))) found.add(t.norm);
    for (const e of ctx.entities) {
      // The outlet's own name ("the Courier has learned") is no news of the headline's.
      if ((e.counts[sideIndex(side)] ?? 0) === 0 || !titleHas(ctx, side, e.canonical) || namesOutlet(e, ctx.outlets[side])) continue;
      for (const t of ctx.tokens(e.canonical)) if (t.isContent) found.add(t.norm);
    }
    keys = memo[side] = found;
  }
  return keys;
}

/** The passage's paragraph is among the first body paragraphs of its article. */
export function inLede(ctx: OmissionContext, side: Side, p: Passage): boolean {
  return (p.role === "body" || p.role === "quote") && sideFacts(ctx, side).lede.has(p.paragraph);
}

/** The normalised words of a text, by its tokens (shared, so kept as long as they are): a headline is asked of every entity. */
const wordSetMemo = new WeakMap<readonly Token[], ReadonlySet<string>>();

export function wordSetOf(tokens: readonly Token[]): ReadonlySet<string> {
  let words = wordSetMemo.get(tokens);
  if (!words) wordSetMemo.set(tokens, (words = new Set(tokens.map((t) => t.norm))));
  return words;
}

export function titleHas(ctx: OmissionContext, side: Side, term: string): boolean {
  const title = ctx.titles[side];
  if (!title || !term) return false;
  const titleWords = wordSetOf(ctx.tokens(title));
  let content = 0;
  for (const t of ctx.tokens(term)) {
    if (!t.isContent) continue;
    if (!titleWords.has(t.norm)) return false;
    content++;
  }
  return content > 0;
}

export function positionOf(ctx: OmissionContext, side: Side, index: number): number {
  const passages = ctx.passages[side];
  return passages[index]?.index === index ? index : passages.findIndex((p) => p.index === index);
}

export function passageAt(ctx: OmissionContext, side: Side, index: number): Passage | undefined {
  return ctx.passages[side][positionOf(ctx, side, index)];
}
