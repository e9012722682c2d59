/**
 * Canonical entities of one or several documents, resolved jointly so that
 * "Antony Blinken", "Blinken", "Secretary Blinken" and "Mr. Blinken" are one
 * entity across a whole comparison, and "U.S." / "United States" /
 * "Washington" are one across both sides.
 */
import { STOPWORDS } from "../text/stopwords";
import { aliasIndexFor, lookupAlias, nameKey, type AliasIndex } from "./alias-index";
import type { AliasEntry, EntityType } from "./aliases";
import { scanDocument, type Mention, type MentionLookup, type ScannedDocument } from "./find-mentions";
import { compareCodeUnits } from "../text/code-unit-order";
import { ORGANIZATION_WORDS } from "./name-words";
import { ordinaryPlural } from "./ordinary-openers";
import { bestCanonical, mergeNameForms, type Cluster, type Located } from "./name-forms";
import { isGivenName } from "./given-names";
import { placeAdjective } from "./place-adjectives";
import { countryBeforeBody, countryWords, opensWithCountry } from "./institution-forms";
import { companyStems } from "./company-forms";

/** The part of a Passage entity recognition needs. */
export interface PassageText {
  index: number;
  text: string;
  role?: string;
}

export interface ResolveOptions {
  /** An analyst's aliases; they override the built-in ones. */
  aliases?: readonly AliasEntry[];
  /**
   * Fold spellings into one entity (alias data, gazetteer, surname and title
   * forms). Default true; false is the evaluation's baseline where every
   * distinct spelling is an entity of its own.
   */
  foldAliases?: boolean;
  /**
   * Each document already scanned with this alias index (see
   * find-mentions.ts): an article compared with several others is scanned once.
   */
  scanned?: ReadonlyArray<ScannedDocument | undefined>;
  /** The alias index the scans were made with (default: the one `aliases` and `foldAliases` give). */
  index?: AliasIndex;
}

/** One entity across several documents: counts and passage indexes per document. */
export interface EntityAcross {
  canonical: string;
  /** Normalised canonical name: stable across runs, used in flag keys. */
  key: string;
  type: EntityType;
  counts: number[];
  /** Mentions per document that are not in passing (see Mention.peripheral). */
  mainCounts: number[];
  /** Mentions per document that name it, leaving out demonyms and capitals ("Americans", "Beijing"; see aliases.ts). */
  namedCounts: number[];
  passages: number[][];
  /** Passages per document that name it (as namedCounts): where it is written, not only referred to. */
  namedPassages: number[][];
  /** The spellings met, most frequent first. */
  surfaces: string[];
}

export interface ResolvedEntity {
  canonical: string;
  key: string;
  type: EntityType;
  count: number;
  passages: number[];
  surfaces: string[];
}

type DocInput = string | readonly PassageText[];

/**
 * The alias entity a mention names, if any ("Mr. Jordan" is a person even
 * though "Jordan" is also a country, so a titled place is none), and the key
 * of the cluster it joins.
 */
function lookUp(m: Mention, index: AliasIndex): MentionLookup {
  const found = m.alias ?? lookupAlias(index, m.words.join(" "), m.surface);
  const alias = found && m.titled && found.type === "place" ? undefined : found;
  return alias ? { alias, key: `alias:${alias.canonical}` } : { alias: undefined, key: `name:${m.words.join(" ")}` };
}

function toPassages(input: DocInput): readonly PassageText[] {
  if (typeof input !== "string") return input;
  return input
    .split(/\n\s*\n/)
    .map((text, index) => ({ index, text, role: "body" }));
}

export function resolveEntities(input: DocInput, options: ResolveOptions = {}): ResolvedEntity[] {
  return resolveEntitiesAcross([input], options).map((e) => ({
    canonical: e.canonical,
    key: e.key,
    type: e.type,
    count: e.counts[0] ?? 0,
    passages: e.passages[0] ?? [],
    surfaces: e.surfaces,
  }));
}

/**
 * The alias index these options resolve with when none is given: the one
 * place that decides it, so a caller that scans documents beforehand (and
 * passes the scans with `index`) scans with the same index the resolver would use.
 */
export function entityIndexFor(options: Pick<ResolveOptions, "aliases" | "foldAliases"> = {}): AliasIndex {
  return aliasIndexFor(options.aliases, options.foldAliases !== false);
}

export function resolveEntitiesAcross(docs: readonly DocInput[], options: ResolveOptions = {}): EntityAcross[] {
  const fold = options.foldAliases !== false;
  const index = options.index ?? entityIndexFor(options);
  const located: Located[] = [];
  const scannedDocs = docs.map((input, doc) => {
    const passages = toPassages(input);
    const scanned = options.scanned?.[doc] ?? scanDocument(passages.map((p) => p.text), index);
    // Kept for the index the scan is normally used with; a scan resolved with another index is looked up afresh.
    const memo = scanned.lookupMemo;
    const lookups =
      memo?.index === index ? memo.lookups : scanned.passages.map((scan) => scan.mentions.map((m) => lookUp(m, index)));
    if (!memo) scanned.lookupMemo = { index, lookups };
    passages.forEach((p, k) => {
      const scan = scanned.passages[k];
      if (!scan) return;
      const heading = p.role === "heading" || scan.titleCase;
      scan.mentions.forEach((mention, n) => located.push({ doc, passage: p.index, mention, heading, lookup: lookups[k]?.[n] }));
    });
    return scanned;
  });
  // Evidence from every document of the comparison, asked of each document's own set.
  const midCaps = {
    inName: anyOf(scannedDocs.map((d) => d.midSentenceCaps)),
    alone: anyOf(scannedDocs.map((d) => d.midSentenceAlone)),
  };
  const lower = anyOf(scannedDocs.map((d) => d.lowerCase));

  const clusters = new Map<string, Cluster>();
  const clusterFor = (key: string, init: () => Cluster): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      c = init();
      clusters.set(key, c);
    }
    return c;
  };

  const headingNames: Located[] = [];
  // "Green River Valley Water" (river, valley, water are ordinary words) is a company's name, not a quoted
  // headline, where the comparison also writes it with a legal form ("Green River Valley Water Co.").
  const companyNames = companyStems(located.map((loc) => loc.mention.words));
  const bodyEndsOnly = pluralsEndingBodiesOnly(located);
  const adjectiveOf = placeAdjectiveReader(located, index);
  const prefixed = fold ? countryBeforeBody(located) : { countries: new Set<Mention>(), bodies: new Set<Mention>() };
  const country = fold ? lookupAlias(index, "united states", "United States") : undefined;
  for (const loc of located) {
    if (bodyEndsOnly.has(loc.mention)) continue;
    // "U.S. Environmental Protection Agency": the body's first word follows the country's point, no sentence's end.
    const scanned = prefixed.bodies.has(loc.mention) && loc.mention.sentenceInitial ? { ...loc.mention, sentenceInitial: false } : loc.mention;
    const m = dropOrdinaryOpening(scanned, midCaps, lower);
    if (!m) continue;
    // A mention as scanned was looked up once for its document; only a shortened one is looked up here.
    const { alias, key } = m === loc.mention ? (loc.lookup as MentionLookup) : lookUp(m, index);
    const item: Located = m === loc.mention ? loc : { ...loc, mention: m };
    // "Midwestern", "Texans": a place's adjective or demonym refers to the place without naming it (place-adjectives.ts).
    const adjective = !alias && fold ? adjectiveOf(m) : undefined;
    if (adjective) {
      item.indirect = true;
      const c = clusterFor(adjective.key, () => ({ canonical: adjective.canonical, type: "place", fromAlias: adjective.fromAlias, words: adjective.words, items: [] }));
      if (c.type === "other") c.type = "place";
      c.items.push(item);
      continue;
    }
    if (alias) {
      item.indirect = alias.indirect || prefixed.countries.has(m);
      const c = clusterFor(key, () => ({
        canonical: alias.canonical,
        type: alias.type,
        fromAlias: true,
        words: (index.canonicalKeys.get(alias.canonical) ?? nameKey(alias.canonical)).split(" "),
        items: [],
      }));
      c.items.push(item);
      continue;
    }
    if (loc.heading || (looksLikeHeadline(m, lower) && !companyNames.has(m.words.join(" ")))) {
      headingNames.push(item);
      continue;
    }
    // "US Environmental Protection Agency", "9th U.S. Circuit": the body's name refers to its country without naming it (institution-forms.ts).
    if (country && !m.titled && opensWithCountry(m.words)) {
      const c = clusterFor(`alias:${country.canonical}`, () => ({
        canonical: country.canonical,
        type: country.type,
        fromAlias: true,
        words: (index.canonicalKeys.get(country.canonical) ?? nameKey(country.canonical)).split(" "),
        items: [],
      }));
      c.items.push({ ...item, mention: countryWords(m), indirect: true });
    }
    // "Mr. Clinton" and "Mrs. Clinton" may be two people of one family: kept apart until folded (mergeNameForms).
    const honorific = fold && m.words.length === 1 ? m.honorific : undefined;
    const c = clusterFor(honorific ? `${key}|${honorific}` : key, () => ({ canonical: m.surface, type: m.type, fromAlias: false, words: m.words, items: [], honorific }));
    if (m.type === "person" || (c.type === "other" && m.type !== "other")) c.type = m.type;
    c.items.push(item);
  }

  const merged = fold ? mergeNameForms([...clusters.values()]) : [...clusters.values()].map((c) => ({ ...c, canonical: bestCanonical(c) }));
  const byLastWord = indexByLastWord(merged);
  for (const loc of headingNames) attachHeadingName(loc, merged, byLastWord);
  const kept = merged.filter((c) => !isOrdinaryWord(c, lower));
  const keyOf = (c: Cluster): string => {
    const known = index.canonicalKeys.get(c.canonical);
    if (known !== undefined) return known;
    // Any document's memo serves (the key depends on the name alone): the one the entity was first met in.
    const memo = (scannedDocs[c.items[0]?.doc ?? 0] as ScannedDocument).nameKeyMemo;
    let key = memo.get(c.canonical);
    if (key === undefined) {
      key = nameKey(c.canonical);
      memo.set(c.canonical, key);
    }
    return key;
  };
  const result: EntityAcross[] = [];
  for (const c of kept) {
    const items = c.items;
    if (items.length === 0) continue;
    const counts = docs.map(() => 0);
    const mainCounts = docs.map(() => 0);
    const namedCounts = docs.map(() => 0);
    const passages: number[][] = docs.map(() => []);
    const namedPassages: number[][] = docs.map(() => []);
    const surfaceCounts = new Map<string, number>();
    for (const it of items) {
      counts[it.doc] = (counts[it.doc] ?? 0) + 1;
      if (!it.mention.peripheral && !it.indirect) mainCounts[it.doc] = (mainCounts[it.doc] ?? 0) + 1;
      if (!it.indirect) {
        namedCounts[it.doc] = (namedCounts[it.doc] ?? 0) + 1;
        const named = namedPassages[it.doc];
        if (named && !named.includes(it.passage)) named.push(it.passage);
      }
      const list = passages[it.doc];
      if (list && !list.includes(it.passage)) list.push(it.passage);
      surfaceCounts.set(it.mention.surface, (surfaceCounts.get(it.mention.surface) ?? 0) + 1);
    }
    for (const list of passages) list.sort((x, y) => x - y);
    for (const list of namedPassages) list.sort((x, y) => x - y);
    const surfaces = [...surfaceCounts.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
    result.push({ canonical: c.canonical, key: keyOf(c), type: c.type, counts, mainCounts, namedCounts, passages, namedPassages, surfaces });
  }
  return result.sort((x, y) => sum(y.counts) - sum(x.counts) || compareCodeUnits(x.canonical, y.canonical));
}

/** The cluster a place's adjective goes to: the place's. */
interface AdjectiveTarget {
  key: string;
  canonical: string;
  words: string[];
  fromAlias: boolean;
}

/**
 * Reads one-word mentions as places' adjectives (place-adjectives.ts): the
 * place must be one the alias index knows ("Texan" → Texas) or one the
 * comparison writes as a one-word name of its own ("Toledoan" → Toledo); a
 * compass region is read as written ("Midwestern" → Midwest). A titled word,
 * a person's name or a given name is nobody's adjective ("Mr. Morgan").
 */
function placeAdjectiveReader(located: readonly Located[], index: AliasIndex): (m: Mention) => AdjectiveTarget | undefined {
  const oneWordNames = new Set<string>();
  for (const { mention: m } of located) if (m.words.length === 1 && !m.alias && !m.titled && m.type !== "person") oneWordNames.add(m.words[0] ?? "");
  const aliasPlace = (base: string) => {
    const found = lookupAlias(index, base, base.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase()));
    return found && found.type === "place" && !found.indirect ? found : undefined;
  };
  return (m) => {
    const word = m.words[0];
    if (m.words.length !== 1 || word === undefined || m.alias || m.titled || m.type === "person" || isGivenName(word)) return undefined;
    const read = placeAdjective(word, (base, strict) => aliasPlace(base) !== undefined || (!strict && base !== word && oneWordNames.has(base)));
    if (!read) return undefined;
    const place = aliasPlace(read.base);
    if (place) return { key: `alias:${place.canonical}`, canonical: place.canonical, words: (index.canonicalKeys.get(place.canonical) ?? nameKey(place.canonical)).split(" "), fromAlias: true };
    const canonical = read.base.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
    return { key: `name:${read.base}`, canonical, words: read.base.split(" "), fromAlias: false };
  };
}

/**
 * A title-case headline capitalises every word ("Leaders Agree To Meet
 * Biden"), so its runs are not names; count only the known names inside them.
 */
function attachHeadingName(loc: Located, clusters: readonly Cluster[], byLastWord: ReadonlyMap<string, number[]>): void {
  const words = loc.mention.words;
  let best: { cluster: Cluster; length: number } | undefined;
  // Only a name whose last word the heading has can match it: try those, in list order.
  const candidates = new Set<number>();
  for (const w of words) for (const i of byLastWord.get(w) ?? []) candidates.add(i);
  for (const at of [...candidates].sort((x, y) => x - y)) {
    const c = clusters[at];
    if (!c) continue;
    if (c.fromAlias) continue;
    for (const form of [c.words, c.words.slice(-1)]) {
      if (form.length === 0 || (best && best.length >= form.length)) continue;
      for (let i = 0; i + form.length <= words.length; i++) {
        if (form.every((w, k) => words[i + k] === w)) {
          best = { cluster: c, length: form.length };
          break;
        }
      }
    }
  }
  best?.cluster.items.push(loc);
}

/** Positions of the name clusters by their last word (alias clusters are never matched in headings). */
function indexByLastWord(clusters: readonly Cluster[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const last = c.words.at(-1);
    if (c.fromAlias || last === undefined) return;
    const list = index.get(last);
    if (list) list.push(i);
    else index.set(last, [i]);
  });
  return index;
}

/** A set of words as the rules below ask it: only membership. */
type WordSet = Pick<ReadonlySet<string>, "has">;

function anyOf(sets: readonly WordSet[]): WordSet {
  return sets.length === 1 ? (sets[0] as WordSet) : { has: (w) => sets.some((s) => s.has(w)) };
}

/** A title-case headline quoted in the body: most of its words are written in lower case elsewhere. */
function looksLikeHeadline(m: Mention, lower: WordSet): boolean {
  if (m.words.length < 4 || m.type === "organization") return false;
  const ordinary = m.words.filter((w) => lower.has(w) || STOPWORDS.has(w)).length;
  return ordinary * 2 >= m.words.length;
}

/**
 * A lone capitalised word that the comparison also writes in lower case and
 * that no full name claims ("Congressional", "Office", "Deal") is an ordinary
 * word, not an entity.
 */
function isOrdinaryWord(c: Cluster, lower: WordSet): boolean {
  if (c.fromAlias || c.words.length !== 1 || c.type === "person") return false;
  const w = c.words[0] ?? "";
  return lower.has(w) && !c.items.some((it) => it.mention.titled);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

/** Words written capitalised mid-sentence: anywhere in a name, and alone or ending one (see WordEvidence). */
interface MidSentenceCaps {
  inName: WordSet;
  alone: WordSet;
}

/**
 * "Engineers from the Army Corps of Engineers arrived…": a sentence-opening
 * ordinary plural (ordinary-openers.ts) that the comparison writes as a name
 * only as the last word of a body's name ("Army Corps of Engineers", "Bureau
 * of Prisons": an organisation, or after "of"/"for") and never alone is the
 * common noun, not a name of its own. (midSentenceAlone counts a word ending
 * a longer name, as a surname does, so dropOrdinaryOpening kept it.) A
 * surname ending a person's name ("Tiger Woods", then "Woods said") is not
 * a body's last word, and stays.
 */
function pluralsEndingBodiesOnly(located: readonly Located[]): Set<Mention> {
  const openers = located.filter(({ mention: m }) => m.sentenceInitial && !m.alias && !m.titled && m.words.length === 1 && ordinaryPlural(m.words[0] ?? ""));
  if (openers.length === 0) return new Set();
  const bodyEnds = new Set<string>();
  const alone = new Set<string>();
  for (const { mention: m } of located) {
    if (m.words.length === 1 && !m.sentenceInitial) alone.add(m.words[0] ?? "");
    else if (m.words.length > 1 && (m.type === "organization" || BODY_CONNECTORS.has(m.words.at(-2) ?? ""))) bodyEnds.add(m.words.at(-1) ?? "");
  }
  return new Set(openers.filter(({ mention: m }) => bodyEnds.has(m.words[0] ?? "") && !alone.has(m.words[0] ?? "")).map((loc) => loc.mention));
}

const BODY_CONNECTORS: ReadonlySet<string> = new Set(["of", "for"]);

/**
 * A sentence-opening capital proves nothing: "Surprisingly", "Affirming". Keep
 * the word only when it is also written capitalised mid-sentence somewhere in
 * the comparison and never in lower case. A lone word needs to be written so on
 * its own (or ending a name, as a surname is): '"Safety is our highest
 * priority," she said' names nothing because another sentence names the
 * "Industrial Safety Board"; "Weekly Standard Editor Bill Kristol" opens with
 * a name because "the Weekly Standard" is written mid-sentence.
 */
function dropOrdinaryOpening(m: Mention, midCaps: MidSentenceCaps, lower: WordSet): Mention | undefined {
  if (!m.sentenceInitial || m.alias || m.titled) return m;
  const first = m.words[0];
  if (first === undefined) return undefined;
  const looksLikeName = (m.words.length === 1 ? midCaps.alone : midCaps.inName).has(first) && !lower.has(first);
  if (looksLikeName) return m;
  if (m.words.length === 1) return undefined;
  // "Antony Blinken said…": a first name never written in lower case stays.
  if (!lower.has(first) && !/(?:ly|ing|ed)$/.test(first)) return m;
  // "News of the Clinton conversation": the words joining the dropped opening to the rest go with it.
  let drop = 1;
  while (drop < m.words.length - 1 && STOPWORDS.has(m.words[drop] ?? "")) drop++;
  const rest = m.words.slice(drop);
  if (rest.every((w) => STOPWORDS.has(w))) return undefined;
  let surface = m.surface;
  for (let k = 0; k < drop; k++) surface = surface.replace(/^\S+\s+/, "");
  // The organisation word may have gone with the opening ("News of the Clinton…"): then nothing says organisation.
  const type = m.type === "organization" && !rest.some((w) => ORGANIZATION_WORDS.has(w)) ? "other" : m.type;
  return { ...m, words: rest, surface, type, start: m.end - surface.length, sentenceInitial: false };
}
