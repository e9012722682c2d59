/**
 * N-way coverage of one story: which entities and passages each source
 * carries, and what most sources report that some leave out. A wire story
 * reprinted by several outlets is one report, not several: near-identical
 * sources are grouped first and every "present in" count counts groups.
 */
import { countryImplied } from "./implied-country";
import { headlineReader } from "../entities/headline-names";
import type { AliasEntry } from "../entities/aliases";
import { unreadDocument } from "../entities/find-mentions";
import { entityIndexFor, resolveEntitiesAcross, type EntityAcross } from "../entities/resolve-entities";
import { sharedWeight } from "../similarity/pair-features";
import { KIND_THRESHOLDS, prepareSentence, scorePrepared, type SentenceFeatures } from "../similarity/score-pair";
import { ENGLISH, openingLanguage, sameLanguage, UNDETERMINED } from "../text/language";
import { tokenize } from "../text/tokens";
import type { Passage } from "../text/types";
import { passageSalience } from "./salience";
import { importanceOf } from "./item-salience";
import { namesOutlet } from "./outlet-names";
import type { Importance } from "../types/comparison";
import { textKey } from "./stable-key";
import { clipAtWord } from "../text/clip";
import { groupCopies, labelsByGroup } from "./copy-groups";
import { UnionFind } from "./union-find";
import { withCaptionPartiesNamed, withLongerNamesWritten, withSpellingsWritten } from "./coverage-written";
import { commonIn } from "./passage-cover";
import { TextIndex } from "./text-index";
import { speakerCarriesMatch, speakerStems } from "./speaker-words";
import { withPassagesSaid } from "./coverage-said";
import { ArticleReading } from "./article-reading";
import { figureConflicts, outvotedPassages, type FigureConflict } from "./coverage-figures";
import { figureGaps, type FigureGap, type FigureUnit } from "./coverage-figure-gaps";
import { speakerIn } from "./attribution";

export interface CoverageSource {
  id: string;
  label: string;
  /** The article's headline: a name in several headlines is what the story is about. */
  title?: string;
  passages: readonly Passage[];
  /** The article's reading, when the caller keeps one (entity scans are then not redone). */
  reading?: ArticleReading;
  /** The scorer's form of each passage (`prepareSentence`), when the caller keeps them. */
  sentences?: readonly SentenceFeatures[];
}

export interface CoverageOptions {
  aliases?: readonly AliasEntry[];
  /** Share of each source's words the other must carry (in runs of five) for the two to count as copies (copy-groups.ts). Default 0.9. */
  copyThreshold?: number;
  /**
   * Each source's group of copies (groupCopies, numbered in order of first
   * appearance), when the caller has them already: the story page groups its
   * articles to order them, and reading every pair of texts again cost a
   * second pass over all of them on a first view. One per source.
   */
  copyGroups?: readonly number[];
  /** An entity mentioned this often overall is a row even if only one report names it. Default 3. */
  frequentEntity?: number;
}

/** "figure": a figure (an amount, a share, a count, a length of time) as the sources give it (coverage-figure-gaps.ts). */
export type CoverageRowKind = "entity" | "passage" | "figure";
/** A flag is a row left out by some sources, or a figure the sources disagree on ("conflict", as a comparison calls it). */
export type CoverageFlagKind = CoverageRowKind | "conflict";

export interface CoverageRow {
  kind: CoverageRowKind;
  /** Entity name (entity rows). */
  term?: string;
  /** Entity rows: the entity's type, mentions per source that are not in passing, and its spellings. */
  entityType?: EntityAcross["type"];
  mainCounts?: number[];
  /** Entity rows: mentions per source that name it rather than refer to it ("Americans"; see aliases.ts). */
  namedCounts?: number[];
  surfaces?: string[];
  /** Representative passage text (passage rows; figure rows: the sentence of the figure that names the row). */
  text?: string;
  /** Figure rows: per source, the figure as it gives it ("more than $300 million"), null when it gives none. */
  figures?: Array<string | null>;
  /** Mentions / passages per source, in the order of `sources`. */
  counts: number[];
  /** Passage indexes per source. */
  passages: number[][];
  /** Number of independent reports (groups) that have it. */
  presentIn: number;
  key: string;
}

export interface CoverageFlag {
  kind: CoverageFlagKind;
  /** e.g. "“China” mentioned by 3 of 4 sources; absent from Fox News". */
  text: string;
  term?: string;
  /** 0–1; flags are listed by it. */
  severity: number;
  importance: Importance;
  /** Why it ranks where it does: "in 3 headlines", "11 mentions", "3 of 4 sources". */
  reasons: string[];
  /** The passages behind it, per source (in the order of `sources`): the sentences an analyst opens. */
  passages: number[][];
  /**
   * The key of the item it belongs to: a passage most sources report and a
   * name inside it, left out by the same sources, are one omission (the item
   * is its most salient flag's key). Flags are listed item by item.
   */
  item: string;
  /** Ids of the sources that leave it out (a conflict: that give another figure than most). */
  absentFrom: string[];
  /**
   * A conflict: each figure given ("Seven people") and the ids of the sources giving it, the most given first.
   * A figure left out ("figure"): each form the sources give it in ("$312.4 million", "more than $300 million").
   */
  figures?: Array<{ phrase: string; sources: string[] }>;
  presentIn: number;
  /** Number of independent reports. */
  of: number;
  key: string;
}

export interface Coverage {
  /**
   * `language`: set when the source is not in English (ISO 639-3). Names are
   * read in English text only, so such a source's entity counts are not read
   * (0) and it never leaves a name out. `compared: false`: the source is not
   * in the story's main language (most of its sources'), and as passages are
   * matched by their words, untranslated, it never leaves anything out.
   */
  sources: Array<{ id: string; label: string; group: number; language?: string; compared?: false }>;
  /** Source ids per group of near-identical copies. */
  groups: string[][];
  rows: CoverageRow[];
  flags: CoverageFlag[];
}

/**
 * Which sources stand for their group of copies: the one with the smallest id.
 * Ids are cuids, which grow with time, so that is the member stored first,
 * and a syndicated copy added later never takes its place (nor changes a flag
 * key, which reviews are stored by). Without copies every source stands for itself.
 */
function representatives(sources: readonly CoverageSource[], groupOf: readonly number[]): boolean[] {
  const smallest = new Map<number, string>();
  sources.forEach((s, i) => {
    const g = groupOf[i] ?? i;
    const id = smallest.get(g);
    if (id === undefined || s.id < id) smallest.set(g, s.id);
  });
  return sources.map((s, i) => smallest.get(groupOf[i] ?? i) === s.id);
}

function presentGroups(counts: readonly number[], groupOf: readonly number[]): Set<number> {
  const groups = new Set<number>();
  counts.forEach((c, i) => {
    if (c > 0) groups.add(groupOf[i] ?? i);
  });
  return groups;
}

/** An entity row whose counts leave out each outlet's mentions of itself, and its sources counted again. */
function withoutSelfMentions(row: CoverageRow, sources: readonly CoverageSource[], groupOf: readonly number[]): CoverageRow {
  const entity = { canonical: row.term ?? "", surfaces: row.surfaces ?? [] };
  if (!sources.some((s) => namesOutlet(entity, s.label))) return row;
  const counts = row.counts.map((n, i) => (namesOutlet(entity, sources[i]?.label ?? "") ? 0 : n));
  return { ...row, counts, presentIn: presentGroups(counts, groupOf).size };
}

function entityRows(entities: readonly EntityAcross[], groupOf: readonly number[], frequent: number): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const e of entities) {
    const presentIn = presentGroups(e.counts, groupOf).size;
    const total = e.counts.reduce((s, c) => s + c, 0);
    if (presentIn < 2 && total < frequent) continue;
    rows.push({ kind: "entity", term: e.canonical, entityType: e.type, mainCounts: e.mainCounts, namedCounts: e.namedCounts, surfaces: e.surfaces, counts: e.counts, passages: e.passages, presentIn, key: `entity:${e.key}` });
  }
  return rows;
}

/**
 * Upper bound on the scorer's graded similarity: the score is the Dice of the
 * two weighted containments, 2·shared / (total A + total B), times penalties
 * ≤ 1. Nudged up so float rounding in the scorer can never exceed it.
 */
function scoreBound(a: SentenceFeatures, b: SentenceFeatures): number {
  if (a.normalized.length > 0 && a.normalized === b.normalized) return Number.POSITIVE_INFINITY;
  const totals = a.total + b.total;
  return totals > 0 ? ((2 * sharedWeight(a, b)) / totals) * (1 + 1e-9) : 0;
}


/**
 * For one passage of one source, the passage of another source it matches
 * best: the highest-scoring pair the scorer calls the same content, the
 * earliest on a tie. Scoring every pair made coverage quadratic (1.6 s for six
 * sources of 200 passages), so only plausible pairs are scored:
 * - candidates share a stem that is not common in the other source (an index
 *   of its stems, each stem's passages listed), or read identically;
 * - a candidate is scored only if its score can reach
 *   KIND_THRESHOLDS.partialMinScore — below it the scorer does not call a pair
 *   even partial (a word or two in common), and such "same" verdicts chained
 *   unrelated passages into one row ("… is not the answer" / "… could not
 *   meet …") — and can beat the best match so far. The score is bounded by the
 *   Dice of the shared stem weight (scoreBound), a merge of two short arrays,
 *   far cheaper than scoring; candidates go likeliest first so the bound soon
 *   stops the search.
 * A pair alike only for the speaker both name ("Fire Chief Daniel Okafor
 * said …" and two different facts) is no match (speaker-words.ts): the
 * search goes on to the sentence that reports the same thing, if any.
 */
class BestMatchFinder {
  private readonly postings = new Map<number, number[]>();
  private readonly byText = new Map<string, number[]>();
  private readonly seen: Uint8Array;
  private readonly touched: number[] = [];
  private readonly cap: number;

  /** `speakers[k]`: speakerStems of passage k. */
  constructor(
    private readonly passages: readonly SentenceFeatures[],
    private readonly speakers: readonly (readonly number[])[],
  ) {
    this.seen = new Uint8Array(passages.length);
    // A stem held by more passages of a source than this says little about which of them match (as in the aligner's candidates).
    this.cap = commonIn(passages.length);
    passages.forEach((p, k) => {
      for (const stem of p.stems) {
        const list = this.postings.get(stem);
        if (list) list.push(k);
        else this.postings.set(stem, [k]);
      }
      // Identical texts score 1 even without content words ("Advertisement", "Watch:").
      if (p.normalized.length === 0) return;
      const list = this.byText.get(p.normalized);
      if (list) list.push(k);
      else this.byText.set(p.normalized, [k]);
    });
  }

  best(x: SentenceFeatures, xSpeakers: readonly number[]): number {
    const { seen, touched } = this;
    for (const stem of x.stems) {
      const list = this.postings.get(stem);
      if (!list || list.length > this.cap) continue;
      for (const k of list) {
        if (seen[k]) continue;
        seen[k] = 1;
        touched.push(k);
      }
    }
    for (const k of this.byText.get(x.normalized) ?? []) {
      if (seen[k]) continue;
      seen[k] = 1;
      touched.push(k);
    }
    const bounds = touched.map((k) => {
      seen[k] = 0;
      return { k, bound: scoreBound(x, this.passages[k] as SentenceFeatures) };
    });
    touched.length = 0;
    // Likeliest first: once a match is found, every candidate that cannot beat it is skipped.
    bounds.sort((p, q) => q.bound - p.bound || p.k - q.k);
    let best = -1;
    let bestScore = 0;
    for (const { k, bound } of bounds) {
      if (bound < KIND_THRESHOLDS.partialMinScore || bound < bestScore) break;
      const y = this.passages[k] as SentenceFeatures;
      const v = scorePrepared(x, y);
      if (!v.same || !(v.score > bestScore || (v.score === bestScore && v.score > 0 && k < best))) continue;
      if (!speakerCarriesMatch(x, y, xSpeakers, this.speakers[k] ?? [])) {
        best = k;
        bestScore = v.score;
      }
    }
    return best;
  }
}

/** A row's passage: its source, the passage and its position in the source. */
type Member = readonly [number, Passage, number];

/** Passages that report the same thing across sources, joined by the sentence-pair scorer. */
function passageRows(sources: readonly CoverageSource[], groupOf: readonly number[], outvoted: readonly ReadonlySet<number>[]): CoverageRow[] {
  const offsets: number[] = [];
  let total = 0;
  for (const s of sources) {
    offsets.push(total);
    total += s.passages.length;
  }
  const features: (readonly SentenceFeatures[])[] = sources.map((s) => s.sentences ?? s.passages.map((p) => prepareSentence(p.text)));
  const speakers = sources.map((s) => s.passages.map((p) => speakerStems(p.text)));
  const finders = features.map((f, si) => new BestMatchFinder(f, speakers[si] ?? []));
  const uf = new UnionFind(total);
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const finder = finders[j];
      if (!finder) continue;
      (features[i] ?? []).forEach((x, pi) => {
        const best = finder.best(x, speakers[i]?.[pi] ?? []);
        if (best >= 0) uf.union((offsets[i] ?? 0) + pi, (offsets[j] ?? 0) + best);
      });
    }
  }
  const clusters = new Map<number, Member[]>();
  sources.forEach((s, si) => {
    s.passages.forEach((p, pi) => {
      const root = uf.find((offsets[si] ?? 0) + pi);
      const list = clusters.get(root) ?? [];
      list.push([si, p, pi]);
      clusters.set(root, list);
    });
  });
  const groupCount = new Set(groupOf).size;
  const standsFor = representatives(sources, groupOf);
  const rows: CoverageRow[] = [];
  for (const members of clusters.values()) {
    const counts = sources.map(() => 0);
    const passages: number[][] = sources.map(() => []);
    for (const [si, p] of members) {
      counts[si] = (counts[si] ?? 0) + 1;
      passages[si]?.push(p.index);
    }
    const presentIn = presentGroups(counts, groupOf).size;
    if (presentIn < 2 || presentIn >= groupCount) continue;
    // The row's text (and key) is its first passage in a source standing for its group: a copy
    // sorted first (undated) would otherwise rename the row and orphan its reviews.
    const first = (members.find(([si]) => standsFor[si]) ?? members[0])?.[1];
    if (!first) continue;
    const text = rowText(members, features, standsFor, outvoted) ?? first.text;
    rows.push({ kind: "passage", text, counts, passages, presentIn, key: `passage:${textKey(first.text)}` });
  }
  return rows;
}

/**
 * The wording a row shows: the sentence most like the row's other sentences
 * (the most of their weighted words in common), of the sources standing for
 * their groups, the earliest on a tie; never one giving a figure the other
 * reports contradict (the Gazette's "Nine people were killed" in a row of
 * "Seven people were killed"), unless every one does. Only the text: the
 * row's key stays named by its first passage, so reviews keep their finding.
 */
function rowText(
  members: ReadonlyArray<Member>,
  features: ReadonlyArray<readonly SentenceFeatures[]>,
  standsFor: readonly boolean[],
  outvoted: readonly ReadonlySet<number>[],
): string | undefined {
  const candidates = members.filter(([si]) => standsFor[si]);
  const fair = candidates.filter(([si, p]) => !outvoted[si]?.has(p.index));
  const pool = fair.length > 0 ? fair : candidates;
  let best: Member | undefined;
  let bestScore = -1;
  for (const m of pool) {
    const x = features[m[0]]?.[m[2]];
    if (!x) continue;
    let score = 0;
    for (const o of candidates) {
      if (o === m || o[0] === m[0]) continue;
      const y = features[o[0]]?.[o[2]];
      if (y && x.total + y.total > 0) score += (2 * sharedWeight(x, y)) / (x.total + y.total);
    }
    if (score > bestScore + 1e-9) {
      best = m;
      bestScore = score;
    }
  }
  return best?.[1].text;
}

export function buildCoverage(sources: readonly CoverageSource[], options: CoverageOptions = {}): Coverage {
  if (options.copyGroups && options.copyGroups.length !== sources.length) throw new Error(`copyGroups names ${options.copyGroups.length} groups for ${sources.length} sources.`);
  const groupOf = options.copyGroups ? [...options.copyGroups] : groupCopies(sources, options.copyThreshold);
  const groupCount = new Set(groupOf).size;
  const groups: string[][] = Array.from({ length: groupCount }, () => []);
  sources.forEach((s, i) => groups[groupOf[i] ?? 0]?.push(s.id));

  const index = entityIndexFor({ aliases: options.aliases });
  const read = sources.map((s) => s.reading?.language ?? openingLanguage(s.passages.map((p) => p.text)));
  const languages = read.map((l) => l.code);
  const main = mainLanguage(languages);
  const compared = (i: number) => sameLanguage(read[i] ?? UNDETERMINED, { code: main, english: main === ENGLISH.code });
  // In a story in another language, even its undetermined sources are not read for names: the others are not.
  const readsNames = (i: number) => compared(i) && main === ENGLISH.code && read[i]?.english !== false;
  const entities = resolveEntitiesAcross(
    sources.map((s) => s.passages),
    { aliases: options.aliases, index, scanned: sources.map((s, i) => (readsNames(i) ? s.reading?.scanned(index) : unreadDocument(s.passages.length))) },
  );
  // The whole text of each source, indexed when a name is first looked up in it.
  const written = sources.map((s) => {
    let index: TextIndex | undefined;
    return { passages: s.passages, textIndex: () => (index ??= s.reading?.textIndex() ?? new TextIndex(s.passages.map((p) => p.text).join("\n"))) };
  });
  // Each source's reading, made when a passage is first covered against it (the caller's, when it keeps one).
  const said = written.map((w, i) => {
    let reading = sources[i]?.reading;
    let sentences = sources[i]?.sentences;
    return {
      ...w,
      readsNames: readsNames(i),
      reading: () => (reading ??= new ArticleReading(w.passages)),
      sentences: () => (sentences ??= w.passages.map((p) => prepareSentence(p.text))),
    };
  });
  // Figures the sources disagree on where they report the same thing, read pair by pair as their comparisons read them.
  const comparedSources = sources.map((_, i) => i).filter((i) => compared(i));
  const conflicts = figureConflicts(said, comparedSources, groupOf);
  const rows = [...entityRows(entities, groupOf, options.frequentEntity ?? 3), ...passageRows(sources, groupOf, outvotedPassages(conflicts, groupOf))];

  const inHeadline = sources.map((s) => headlineReader(s.title, index));
  const standsFor = representatives(sources, groupOf);
  const flags: Array<CoverageFlag & { mentions: number; first: number }> = [];
  // Independent reports in the story's language: the ones whose coverage is compared.
  const reports = new Set(groupOf.filter((_, i) => compared(i))).size;
  // Flag only what a majority of independent reports carry: the rest is each outlet's own angle.
  const quorum = Math.max(2, Math.ceil(reports / 2));
  for (let r = 0; r < rows.length; r++) {
    const recognised = rows[r] as CoverageRow;
    if (recognised.presentIn < quorum || recognised.presentIn >= reports) continue;
    // A name the recogniser missed in a source is written there after all: it is not absent (nor in the matrix);
    // nor is a name the source only ever writes inside a longer one ("Hollins Creek" in "Hollins Creek Dam").
    // Nor is a passage a source says in a longer sentence, or over two: the comparison of the two does not flag it.
    const checked =
      recognised.kind === "entity"
        ? withCaptionPartiesNamed(
            withLongerNamesWritten(
              withSpellingsWritten(recognised, written, sources.map((_, i) => i).filter((i) => readsNames(i)), entities),
              entities,
              sources.map((_, i) => i).filter((i) => readsNames(i)),
            ),
            entities,
            sources.map((_, i) => i).filter((i) => readsNames(i)),
          )
        : withPassagesSaid(recognised, said, sources.map((_, i) => i).filter((i) => compared(i)), entities);
    const headlined = withHeadlineNames(checked, sources.map((_, i) => readsNames(i) && !!inHeadline[i]?.({ canonical: checked.term ?? "", surfaces: checked.surfaces ?? [], type: checked.entityType ?? "other" })));
    const listed = headlined === recognised ? recognised : { ...headlined, presentIn: presentGroups(headlined.counts, groupOf).size };
    rows[r] = listed;
    if (listed.presentIn >= reports) continue;
    // An outlet naming itself ("Fox News" in Fox News's report) is not one of the sources reporting that name.
    const row = listed.kind === "entity" ? withoutSelfMentions(listed, sources, groupOf) : listed;
    if (row.presentIn < quorum) continue;
    // Only sources that refer to a country ("Americans", "Beijing") and none that names it: no name to report missing.
    if (row.namedCounts && !row.namedCounts.some((n) => n > 0)) continue;
    const absent = sources.filter(
      (s, i) =>
        (row.counts[i] ?? 0) === 0 &&
        !presentGroups(row.counts, groupOf).has(groupOf[i] ?? i) &&
        // A source in another language may well report it in its own words (or spelling, for a name).
        compared(i) &&
        !(row.kind === "entity" && !readsNames(i)) &&
        // An outlet does not leave out its own name.
        !(row.kind === "entity" && namesOutlet({ canonical: row.term ?? "", surfaces: row.surfaces ?? [] }, s.label)) &&
        // A name in the source's headline is not left out ("Tokyo and Washington close ranks" names Japan).
        !(row.kind === "entity" && inHeadline[i]?.({ canonical: row.term ?? "", surfaces: row.surfaces ?? [], type: row.entityType ?? "other" })) &&
        // Nor a country the source is set in, naming one of its states ("FERGUSON, Mo." … "Missouri").
        !(row.kind === "entity" && countryImplied(row.term ?? "", entities, i)),
    );
    if (absent.length === 0) continue;
    // A passage flag quotes its passage, so it reads on its own in a list or a report.
    const what = row.kind === "entity" ? `“${row.term}” mentioned` : `“${clipAtWord(row.text ?? "", 140)}” reported`;
    const ranked = row.kind === "entity" ? entitySalience(row, sources, groupOf, reports) : passageRowSalience(row, sources, groupOf, reports);
    // Each absent report named once, its copies beside it, so the names add up to the count.
    const absentNames = labelsByGroup(absent.map((s) => sources.indexOf(s)), groupOf, (i) => sources[i]?.label ?? "");
    flags.push({
      kind: row.kind,
      text: `${what} by ${row.presentIn} of ${reports} sources; absent from ${absentNames}`,
      term: row.term ?? row.text,
      severity: round(ranked.salience),
      importance: importanceOf(ranked.salience),
      reasons: [...ranked.reasons, `${row.presentIn} of ${reports} sources`, `absent from ${absentNames}`],
      passages: row.passages.map((list) => [...list]),
      absentFrom: absent.map((s) => s.id),
      presentIn: row.presentIn,
      of: reports,
      // Absent groups, not sources, by the source standing for each: a copy of an absent source
      // is the same report left out, and adding one must not change the key (reviews hang on it).
      key: `coverage:${row.key}:absent:${absentGroupIds(absent, sources, groupOf, standsFor).join(",")}`,
      item: "",
      mentions: perGroup(row.counts, groupOf).reduce((n, c) => n + c, 0),
      first: Math.min(...row.passages.flatMap((list) => list), Number.MAX_SAFE_INTEGER),
    });
  }
  for (const conflict of conflicts) flags.push(conflictFlag(conflict, sources, groupOf, reports, standsFor));
  // Figures most reports give and some leave out: a row each, and a flag (coverage-figure-gaps.ts).
  const gaps = figureGaps(
    sources.map((s, i) => ({ passages: s.passages, title: s.title, reading: (said[i] as (typeof said)[number]).reading })),
    comparedSources,
    groupOf,
    quorum,
    conflicts,
  );
  const figureKeys = new Set<string>();
  for (const gap of gaps) {
    const row = figureRow(gap, sources, groupOf, figureKeys);
    rows.push(row);
    flags.push(figureGapFlag(gap, row, sources, groupOf, reports, standsFor));
  }
  flags.sort(byRank);
  return {
    sources: sources.map((s, i) => ({ id: s.id, label: s.label, group: groupOf[i] ?? i, ...(read[i]?.english !== false ? {} : { language: languages[i] }), ...(compared(i) ? {} : { compared: false as const }) })),
    groups,
    rows,
    flags: groupFlags(flags, { sources, entities }).map(withoutSortKeys),
  };
}

type RankedFlag = CoverageFlag & { mentions: number; first: number };

/** Most salient first; between equals, the more mentioned and the earlier — never the alphabet. */
function byRank(x: RankedFlag, y: RankedFlag): number {
  return y.severity - x.severity || y.mentions - x.mentions || x.first - y.first || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}

/**
 * A figure's row: per source, the passages giving it (a headline giving it
 * counts one, with no passage, as a name in a headline does), keyed by the
 * figure most groups give ("figure:$312400000"); a second figure of one value
 * (two counts of 2, of different things) is numbered on.
 */
function figureRow(gap: FigureGap, sources: readonly CoverageSource[], groupOf: readonly number[], taken: Set<string>): CoverageRow {
  const counts = gap.passages.map((list, i) => (list.length > 0 ? list.length : gap.headlines[i] || gap.given[i] ? 1 : 0));
  let key = `figure:${gap.lead.value}`;
  for (let n = 2; taken.has(key); n++) key = `figure:${gap.lead.value}~${n}`;
  taken.add(key);
  const leadSource = gap.given.findIndex((g) => g?.value === gap.lead.value);
  const text = sources[leadSource]?.passages.find((p) => p.index === gap.passages[leadSource]?.[0])?.text;
  return {
    kind: "figure",
    term: gap.lead.phrase,
    ...(text !== undefined ? { text } : {}),
    figures: gap.given.map((g, i) => g?.phrase ?? (gap.headlines[i] ? "in its headline" : null)),
    counts,
    passages: gap.passages.map((list) => [...list]),
    presentIn: presentGroups(counts, groupOf).size,
    key,
  };
}

/** What a figure's unit adds to its rank: money is most often the news of a figure. */
const FIGURE_UNIT_WEIGHT: Readonly<Record<FigureUnit, number>> = { money: 0.1, percent: 0.06, count: 0.05, duration: 0.03 };

/**
 * A figure most reports give and some leave out, as one flag: "“$312.4
 * million” reported by 3 of 4 sources; absent from Green River Valley Water",
 * the reasons saying how each source gives it. It weighs by the share of
 * reports giving it (0.3 × share), the headlines (up to 0.2: a figure in the
 * headlines is what the story is about) and ledes (up to 0.1) it is in, and
 * its unit, on a base of 0.15: the settlement a statement leaves out, in
 * three headlines, ranks with the story's first names; a count in the body
 * that two of three reports give is of medium weight, and a bare one (an
 * age, a tally: it counts nothing named) weighs 0.6 of that, a detail.
 */
function figureGapFlag(gap: FigureGap, row: CoverageRow, sources: readonly CoverageSource[], groupOf: readonly number[], reports: number, standsFor: readonly boolean[]): RankedFlag {
  const label = (i: number) => sources[i]?.label ?? "";
  const names = (given: readonly number[]) => labelsByGroup(given, groupOf, label);
  const groupsOf = (given: readonly number[]) => new Set(given.map((i) => groupOf[i] ?? i)).size;
  const headlines = groupsWhere(sources, groupOf, (_, i) => gap.headlines[i] === true);
  const ledes = groupsWhere(sources, groupOf, (s, i) => (gap.passages[i] ?? []).some((index) => inLede(s.passages, index)));
  const share = row.presentIn / Math.max(1, reports);
  const weighed = 0.15 + 0.3 * share + 0.2 * Math.min(1, headlines / 2) + 0.1 * Math.min(1, ledes / 2) + FIGURE_UNIT_WEIGHT[gap.unit];
  const salience = clamp01(gap.bare ? weighed * 0.6 : weighed);
  const forms = new Map<string, number[]>();
  gap.given.forEach((g, i) => {
    if (g) forms.set(g.phrase, [...(forms.get(g.phrase) ?? []), i]);
  });
  const absentNames = names(gap.absent);
  const absent = gap.absent.map((i) => sources[i] as CoverageSource);
  return {
    kind: "figure",
    text: `“${gap.lead.phrase}” reported by ${row.presentIn} of ${reports} sources${row.text ? ` (“${clipAtWord(row.text, 120)}”)` : ""}; absent from ${absentNames}`,
    term: gap.lead.phrase,
    severity: round(salience),
    importance: importanceOf(salience),
    reasons: [
      ...(headlines > 0 ? [`in ${headlines} headline${headlines === 1 ? "" : "s"}`] : []),
      ...(ledes > 0 ? [`in ${ledes} lede${ledes === 1 ? "" : "s"}`] : []),
      ...[...forms.entries()].map(([phrase, given]) => `${names(given)} ${groupsOf(given) === 1 ? "says" : "say"} ${phrase}`),
      `${row.presentIn} of ${reports} sources`,
      `absent from ${absentNames}`,
    ],
    passages: gap.passages.map((list) => [...list]),
    absentFrom: absent.map((s) => s.id),
    figures: [...forms.entries()].map(([phrase, given]) => ({ phrase, sources: given.map((i) => sources[i]?.id ?? "") })),
    presentIn: row.presentIn,
    of: reports,
    // As every flag left out by some sources: the row, then the groups absent (reviews follow it when articles come and go).
    key: `coverage:${row.key}:absent:${absentGroupIds(absent, sources, groupOf, standsFor).join(",")}`,
    item: "",
    mentions: gap.passages.reduce((n, list) => n + list.length, 0),
    first: Math.min(...gap.passages.flatMap((list) => list), Number.MAX_SAFE_INTEGER),
  };
}

/**
 * A figure the story's sources disagree on, as one flag: who gives which
 * figure ("Seven people" by six sources, "Nine people" by the Gazette), with
 * the reasons a comparison gives ("Kessingford Gazette says Nine people"). A
 * contradicted figure is a finding about every account that gives it, so it
 * ranks high whatever the count: 0.55, more as more of the story gives a
 * figure for it (0.3 × share) and when it is in the ledes (up to 0.08). Its
 * key names the figures and the passage of the most given one (its first
 * source standing for its group), so reviews stay with it.
 */
function conflictFlag(
  conflict: FigureConflict,
  sources: readonly CoverageSource[],
  groupOf: readonly number[],
  reports: number,
  standsFor: readonly boolean[],
): CoverageFlag & { mentions: number; first: number } {
  const label = (i: number) => sources[i]?.label ?? "";
  const names = (given: readonly number[]) => labelsByGroup(given, groupOf, label);
  const groupsOf = (given: readonly number[]) => new Set(given.map((i) => groupOf[i] ?? i)).size;
  const [lead, ...others] = conflict.figures;
  const leadSources = lead?.sources ?? [];
  const giving = conflict.figures.flatMap((f) => f.sources);
  const ledes = groupsWhere(sources, groupOf, (s, i) => (conflict.passages[i] ?? []).some((index) => inLede(s.passages, index)));
  const salience = clamp01(0.55 + 0.3 * (groupsOf(giving) / Math.max(1, reports)) + 0.08 * Math.min(1, ledes / 2));
  const keyed = leadSources.find((i) => standsFor[i]) ?? leadSources[0] ?? 0;
  const keyPassage = sources[keyed]?.passages.find((p) => p.index === conflict.passages[keyed]?.[0]);
  const says = (f: { phrase: string; sources: readonly number[] }) => `${names(f.sources)} ${groupsOf(f.sources) === 1 ? "says" : "say"} ${f.phrase}`;
  const minority = others.flatMap((f) => f.sources);
  return {
    kind: "conflict",
    // Every view labels it "Figures differ" beside this text.
    text: capitalised(`${conflict.figures.map((f) => `${f.phrase} in ${names(f.sources)}`).join("; ")}${keyPassage ? ` (“${clipAtWord(keyPassage.text, 120)}”)` : ""}`),
    term: conflict.figures.map((f) => f.phrase).join(" → "),
    severity: round(salience),
    importance: importanceOf(salience),
    reasons: [...(ledes > 0 ? [`in ${ledes} lede${ledes === 1 ? "" : "s"}`] : []), ...conflict.figures.map(says)],
    passages: conflict.passages.map((list) => [...list]),
    absentFrom: minority.map((i) => sources[i]?.id ?? ""),
    figures: conflict.figures.map((f) => ({ phrase: f.phrase, sources: f.sources.map((i) => sources[i]?.id ?? "") })),
    presentIn: groupsOf(leadSources),
    of: reports,
    key: `coverage:figure:${conflict.figures.map((f) => f.value).join(">")}:${textKey(keyPassage?.text ?? "")}`,
    item: "",
    mentions: giving.length,
    first: Math.min(...conflict.passages.flatMap((list) => list), Number.MAX_SAFE_INTEGER),
  };
}

/**
 * An entity row with the sources whose headline names it (`named[i]`) counted
 * as carrying it (one mention, no passage: the headline is none): a name in a
 * headline is not left out, and the matrix must not show "absent" for a
 * source its row's flag does not list ("Hollins Creek" was flagged as left out
 * by one source, and its row showed three).
 */
function withHeadlineNames(row: CoverageRow, named: readonly boolean[]): CoverageRow {
  if (row.kind !== "entity" || !row.counts.some((n, i) => n === 0 && named[i])) return row;
  const counted = (n: number, i: number) => (n === 0 && named[i] ? 1 : n);
  return {
    ...row,
    counts: row.counts.map(counted),
    ...(row.mainCounts ? { mainCounts: row.mainCounts.map(counted) } : {}),
    ...(row.namedCounts ? { namedCounts: row.namedCounts.map(counted) } : {}),
  };
}

/** The ids standing for the groups of the absent sources, sorted (without copies: the absent sources' ids). */
function absentGroupIds(absent: readonly CoverageSource[], sources: readonly CoverageSource[], groupOf: readonly number[], standsFor: readonly boolean[]): string[] {
  const absentGroups = new Set(absent.map((s) => groupOf[sources.indexOf(s)]));
  return sources.filter((_, i) => standsFor[i] && absentGroups.has(groupOf[i])).map((s) => s.id).sort();
}

/** Independent reports whose coverage is compared: groups of copies, less those in another language than the story's. */
export function comparedReports(coverage: Pick<Coverage, "sources">): number {
  return new Set(coverage.sources.filter((s) => s.compared !== false).map((s) => s.group)).size;
}

/** The language most sources are in (of those that can tell); on a tie English, else the first source's. */
function mainLanguage(languages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const code of languages) if (code !== UNDETERMINED.code) counts.set(code, (counts.get(code) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  if ((counts.get(ENGLISH.code) ?? 0) === most) return ENGLISH.code;
  return languages.find((code) => counts.get(code) === most) ?? ENGLISH.code;
}

/** The ranking's tie-breakers (mention count, first position) stay out of the result. */
function withoutSortKeys(flag: CoverageFlag & { mentions: number; first: number }): CoverageFlag {
  const copy: CoverageFlag & { mentions?: number; first?: number } = { ...flag };
  delete copy.mentions;
  delete copy.first;
  return copy;
}

/**
 * One omission, one item: a passage flag joins the first (most salient) flag
 * left out by the same sources whose passages it shares in some source (the
 * sentence that names "Xinjiang" joins "Xinjiang"), or, for a passage lead,
 * that sits in one paragraph with it in every source carrying both, as a
 * comparison makes a left-out paragraph one item: a sentence one source
 * splits in two, or a witness's account over three sentences, is one thing
 * left out. Names stay items of their own: two names in one sentence are two
 * things left out; so does a figure conflict.
 *
 * A figure left out joins the item of a passage flag left out by the same
 * sources that carries it (the sentence giving "$45 million" and the figure
 * are one omission), whatever leads that item: the item keeps its key, where
 * its review is, and takes the figure's rank when that is higher (its lead's
 * severity raised, the figure named in its reasons). Else the figure is an
 * item of its own. Flags come back item by item, items by their lead's rank.
 */
function groupFlags<T extends RankedFlag>(ranked: readonly T[], story: StoryNames): T[] {
  const leads: T[] = [];
  const members = new Map<T, T[]>();
  const absentKey = (f: CoverageFlag) => [...f.absentFrom].sort().join(",");
  for (const f of ranked) {
    if (f.kind === "figure") continue;
    const lead =
      f.kind === "passage"
        ? leads.find(
            (l) =>
              l.kind !== "conflict" &&
              absentKey(l) === absentKey(f) &&
              (belongsWith(l, f, story) || (l.kind === "passage" && (members.get(l) ?? [l]).some((m) => oneParagraph(m.passages, f.passages, story.sources)))),
          )
        : undefined;
    if (lead) members.get(lead)?.push(f);
    else {
      leads.push(f);
      members.set(f, [f]);
    }
  }
  const raised = new Map<T, T>();
  for (const f of ranked) {
    if (f.kind !== "figure") continue;
    const lead = leads.find((l) => l.kind !== "figure" && (members.get(l) ?? []).some((m) => m.kind === "passage" && absentKey(m) === absentKey(f) && sharesPassage(m.passages, f.passages)));
    if (!lead) {
      leads.push(f);
      members.set(f, [f]);
      continue;
    }
    members.get(lead)?.push(f);
    const now = raised.get(lead) ?? lead;
    if (f.severity > now.severity) raised.set(lead, { ...now, severity: f.severity, importance: f.importance, reasons: [...now.reasons, `gives ${f.term ?? ""}`] });
  }
  const ordered = leads.map((l) => raised.get(l) ?? l).sort(byRank);
  const original = new Map([...raised.entries()].map(([l, r]) => [r, l]));
  return ordered.flatMap((lead) => (members.get(original.get(lead) ?? lead) ?? [lead]).map((f) => ({ ...(f === (original.get(lead) ?? lead) ? lead : f), item: lead.key })));
}

/** In every source that carries both, the two are in one paragraph (and some source carries both). */
function oneParagraph(a: readonly number[][], b: readonly number[][], sources: readonly CoverageSource[]): boolean {
  let both = 0;
  for (let i = 0; i < sources.length; i++) {
    const [x, y] = [a[i] ?? [], b[i] ?? []];
    if (x.length === 0 || y.length === 0) continue;
    const paragraphOf = (index: number) => sources[i]?.passages.find((p) => p.index === index)?.paragraph;
    const paragraphs = new Set([...x, ...y].map(paragraphOf));
    if (paragraphs.size !== 1 || paragraphs.has(undefined)) return false;
    both++;
  }
  return both > 0;
}

/** The story's sources and the names resolved across them: who speaks in a passage. */
interface StoryNames {
  sources: readonly CoverageSource[];
  entities: readonly EntityAcross[];
}

/**
 * Whether passage flag `f` is part of the omission `lead` stands for: one
 * source writes both in one passage. Under a person, not when more of the
 * reports carrying the passage give it to someone else than to them:
 * Channel 9 gave Wren's "We will not speculate…" to Paul Hendry, the other
 * reports to Tomasz Wren, and the quotation is no part of "Paul Hendry"
 * left out. The opening sentence of Dev Rao's quotation, which names
 * nobody, still joins "Dev Rao" through the report that writes "Dev Rao
 * told us: …".
 */
function belongsWith(lead: CoverageFlag, f: CoverageFlag, story: StoryNames): boolean {
  if (!sharesPassage(lead.passages, f.passages)) return false;
  const person = lead.kind === "entity" && story.entities.some((e) => e.type === "person" && e.canonical === lead.term) ? lead.term : undefined;
  if (person === undefined) return true;
  let theirs = 0;
  let others = 0;
  f.passages.forEach((list, i) => {
    const passages = story.sources[i]?.passages ?? [];
    const speakers = list.map((p) => passages[p]?.text ?? "").map((text) => speakerIn(text, story.entities)).filter((x) => x !== undefined);
    if (speakers.includes(person) || (speakers.length === 0 && list.some((p) => (lead.passages[i] ?? []).includes(p)))) theirs++;
    else if (speakers.length > 0) others++;
  });
  return others <= theirs;
}

function sharesPassage(a: readonly number[][], b: readonly number[][]): boolean {
  return a.some((list, i) => list.some((p) => (b[i] ?? []).includes(p)));
}

interface RankedRow {
  salience: number;
  reasons: string[];
}

const ENTITY_TYPE_WEIGHT = { person: 0.15, organization: 0.12, place: 0.1, other: 0.05 } as const;

/**
 * A name most reports carry and some leave out: it weighs by how much of the
 * story carries it (share of reports), how much they make of it (mentions
 * not in passing, headlines, ledes) and what it is.
 */
function entitySalience(row: CoverageRow, sources: readonly CoverageSource[], groupOf: readonly number[], groupCount: number): RankedRow {
  const mentions = row.mainCounts ?? row.counts;
  const main = perGroup(mentions, groupOf).reduce((n, c) => n + c, 0);
  const { weighed, dominant } = weighedMentions(mentions, groupOf);
  const headlines = groupsWhere(sources, groupOf, (s, i) => (row.counts[i] ?? 0) > 0 && s.title !== undefined && titleNames(s.title, row.term ?? ""));
  const ledes = groupsWhere(sources, groupOf, (s, i) => (row.passages[i] ?? []).some((index) => inLede(s.passages, index)));
  const share = row.presentIn / groupCount;
  const salience =
    0.3 * share +
    ENTITY_TYPE_WEIGHT[row.entityType ?? "other"] +
    0.12 * Math.log2(1 + weighed) +
    0.15 * Math.min(1, headlines / 2) +
    0.08 * Math.min(1, ledes / 2);
  const reasons = [
    ...(headlines > 0 ? [`in ${headlines} headline${headlines === 1 ? "" : "s"}`] : []),
    ...(ledes > 0 ? [`in ${ledes} lede${ledes === 1 ? "" : "s"}`] : []),
    `${main} mention${main === 1 ? "" : "s"}${dominant ? ` (${dominant.mentions} in ${sources[dominant.source]?.label ?? ""})` : ""}`,
  ];
  // Named only in passing everywhere ("of Kentucky", a list of states): a detail.
  return { salience: clamp01(main === 0 ? salience * 0.4 : salience), reasons: main === 0 ? ["named only in passing", ...reasons] : reasons };
}

function passageRowSalience(row: CoverageRow, sources: readonly CoverageSource[], groupOf: readonly number[], groupCount: number): RankedRow {
  const share = row.presentIn / groupCount;
  const weight = passageWeight(row, sources, groupOf);
  const ledes = groupsWhere(sources, groupOf, (s, i) => (row.passages[i] ?? []).some((index) => inLede(s.passages, index)));
  return { salience: clamp01(0.35 * share + 0.6 * weight + 0.05 * Math.min(1, ledes / 2)), reasons: ledes > 0 ? [`in ${ledes} lede${ledes === 1 ? "" : "s"}`] : [] };
}

/**
 * The mentions an entity ranks by: each group's (its most in any one member),
 * one group's counted up to three times the most of any other group, and at
 * least MENTIONS_UNCAPPED. How much the story makes of a name is how much its
 * reports do, not how often one of them repeats it: a live blog naming "the
 * Hollins Reservoir" in 100 of its updates (the others once each) ranked it
 * the story's first item, "104 mentions", above a named official left out.
 * `dominant`: the source whose mentions were cut, and how many it has, for
 * the reason ("104 mentions (100 in KVBN News)").
 */
function weighedMentions(counts: readonly number[], groupOf: readonly number[]): { weighed: number; dominant?: { source: number; mentions: number } } {
  const most = new Map<number, { source: number; mentions: number }>();
  counts.forEach((c, i) => {
    const g = groupOf[i] ?? i;
    if (c > (most.get(g)?.mentions ?? -1)) most.set(g, { source: i, mentions: c });
  });
  const groups = [...most.values()];
  let weighed = 0;
  let dominant: { source: number; mentions: number } | undefined;
  for (const g of groups) {
    const others = Math.max(0, ...groups.filter((o) => o !== g).map((o) => o.mentions));
    const cap = Math.max(MENTIONS_UNCAPPED, 3 * others);
    weighed += Math.min(g.mentions, cap);
    if (g.mentions > cap) dominant = g;
  }
  return dominant ? { weighed, dominant } : { weighed };
}

/** A group's mentions up to this many always count in full (six against others' one is a report's emphasis, no outlier). */
const MENTIONS_UNCAPPED = 6;

/**
 * Per group of copies, its most mentions in any one member (in group order): a
 * syndicated copy repeats its original's mentions, it does not add to them.
 * Without copies, the counts as they are.
 */
function perGroup(counts: readonly number[], groupOf: readonly number[]): number[] {
  const most = new Map<number, number>();
  counts.forEach((c, i) => {
    const g = groupOf[i] ?? i;
    most.set(g, Math.max(most.get(g) ?? 0, c));
  });
  return [...most.values()];
}

/** How many groups of copies have a source that passes the test: a headline or lede reprinted is still one. */
function groupsWhere(sources: readonly CoverageSource[], groupOf: readonly number[], test: (s: CoverageSource, i: number) => boolean): number {
  return new Set(sources.map((s, i) => (test(s, i) ? (groupOf[i] ?? i) : -1)).filter((g) => g >= 0)).size;
}

/** The passage is in the article's first two body paragraphs. */
function inLede(passages: readonly Passage[], index: number): boolean {
  const paragraphs: number[] = [];
  for (const p of passages) {
    if (p.role !== "body" && p.role !== "quote") continue;
    if (paragraphs.at(-1) !== p.paragraph) paragraphs.push(p.paragraph);
    if (paragraphs.length >= 2) break;
  }
  const p = passages.find((x) => x.index === index);
  return !!p && (p.role === "body" || p.role === "quote") && paragraphs.includes(p.paragraph);
}

/** Every word of the name is in the headline. */
function titleNames(title: string, name: string): boolean {
  const words = new Set(tokenize(title).map((t) => t.norm));
  const nameWords = tokenize(name).filter((t) => t.isContent).map((t) => t.norm);
  return nameWords.length > 0 && nameWords.every((w) => words.has(w));
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function passageWeight(row: CoverageRow, sources: readonly CoverageSource[], groupOf: readonly number[]): number {
  // One source per group of copies (the one with the most of the row's passages, the first on a tie):
  // a reprint is the same passage again, not more weight. Without copies every source is its own group.
  const chosen = new Map<number, number>();
  row.passages.forEach((list, si) => {
    const g = groupOf[si] ?? si;
    const best = chosen.get(g);
    if (best === undefined || list.length > (row.passages[best]?.length ?? 0)) chosen.set(g, si);
  });
  const values: number[] = [];
  row.passages.forEach((list, si) => {
    if (chosen.get(groupOf[si] ?? si) !== si) return;
    const all = sources[si]?.passages ?? [];
    for (const index of list) {
      const p = all.find((x) => x.index === index);
      if (p) values.push(passageSalience({ text: p.text, role: p.role, index: p.index, total: all.length, entities: 1 }));
    }
  });
  return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}
