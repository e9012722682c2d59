/**
 * Lookup from a normalised name ("us", "south china sea") to its entity. Built
 * from the alias data, the country gazetteer and an analyst's extra aliases
 * (which win over the defaults, so an analyst can re-point a name).
 */
import { tokenize } from "../text/tokens";
import { DEFAULT_ALIASES, type AliasEntry, type EntityType } from "./aliases";
import { COUNTRIES, US_STATES } from "./gazetteer";

export interface AliasTarget {
  canonical: string;
  type: EntityType;
  /** Written in capitals ("US", "ROK"): only matches capitalised text, never the pronoun "us". */
  capsOnly: boolean;
  /** A demonym or a capital ("Americans", "Beijing"): refers to the entity without naming it (see aliases.ts). */
  indirect: boolean;
}

export interface AliasIndex {
  byKey: Map<string, AliasTarget[]>;
  /** Longest alias in tokens, to bound the longest-match scan. */
  maxTokens: number;
  /** Every key's leading words ("south", "south china", "south china sea"): a longer match is only worth trying after one of these. */
  prefixes: Set<string>;
  /** `nameKey` of every canonical name the index points to, worked out once with the index. */
  canonicalKeys: Map<string, string>;
}

export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.norm)
    .join(" ");
}

function isAllCaps(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase();
}

/**
 * Indexes built so far. Building one tokenises every gazetteer and alias
 * spelling (≈1 ms), which used to be paid on every comparison; the index is
 * read-only once built, so it is shared: one per built-in flag for no extra
 * aliases, and one per analyst alias list, recognised by its content (the
 * app reads the list afresh for every request, and articles prepared for
 * comparison keep their entity scans per index: see lib/compare/prepared-document.ts).
 */
const builtInIndexes = new Map<boolean, AliasIndex>();
const extraIndexes = new Map<string, AliasIndex>();
/** Alias lists kept at once; an analyst edits one list, so a few cover every recent version. */
const EXTRA_INDEX_LIMIT = 8;

/** The alias index for these extra aliases, built once per list (see buildAliasIndex). */
export function aliasIndexFor(extra: readonly AliasEntry[] | undefined, builtIn = true): AliasIndex {
  if (!extra || extra.length === 0) {
    let index = builtInIndexes.get(builtIn);
    if (!index) {
      index = buildAliasIndex([], builtIn);
      builtInIndexes.set(builtIn, index);
    }
    return index;
  }
  const key = `${builtIn}:${JSON.stringify(extra.map((e) => [e.canonical, e.aliases, e.indirect ?? null, e.type ?? null]))}`;
  let index = extraIndexes.get(key);
  if (!index) {
    index = buildAliasIndex(extra, builtIn);
    if (extraIndexes.size >= EXTRA_INDEX_LIMIT) extraIndexes.delete(extraIndexes.keys().next().value as string);
    extraIndexes.set(key, index);
  }
  return index;
}

/** `builtIn: false` leaves out the alias data and gazetteer (the evaluation's "no alias handling" baseline). */
export function buildAliasIndex(extra: readonly AliasEntry[] = [], builtIn = true): AliasIndex {
  const byKey = new Map<string, AliasTarget[]>();
  let maxTokens = 1;
  const add = (surface: string, canonical: string, type: EntityType, indirect = false): void => {
    const key = nameKey(surface);
    if (!key) return;
    maxTokens = Math.max(maxTokens, key.split(" ").length);
    const target: AliasTarget = { canonical, type, capsOnly: isAllCaps(surface) && surface.replace(/[^\p{L}]/gu, "").length <= 5, indirect };
    // Later sources override earlier ones for the same spelling and case class.
    const list = (byKey.get(key) ?? []).filter((t) => t.capsOnly !== target.capsOnly);
    list.push(target);
    byKey.set(key, list);
  };
  for (const c of builtIn ? COUNTRIES : []) {
    for (const s of [c.name, ...c.otherNames]) add(s, c.name, "place");
    for (const s of c.demonyms) add(s, c.name, "place", true);
  }
  for (const state of builtIn ? US_STATES : []) add(state, state, "place");
  for (const entry of [...(builtIn ? DEFAULT_ALIASES : []), ...extra]) {
    const type = entry.type ?? "other";
    for (const s of [entry.canonical, ...entry.aliases]) add(s, entry.canonical, type);
    for (const s of entry.indirect ?? []) add(s, entry.canonical, type, true);
  }
  const prefixes = new Set<string>();
  const canonicalKeys = new Map<string, string>();
  for (const [key, targets] of byKey) {
    const words = key.split(" ");
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(" "));
    for (const t of targets) if (!canonicalKeys.has(t.canonical)) canonicalKeys.set(t.canonical, nameKey(t.canonical));
  }
  return { byKey, maxTokens, prefixes, canonicalKeys };
}

/** The alias target for these words as written, honouring capitals-only aliases. */
export function lookupAlias(index: AliasIndex, key: string, surface: string): AliasTarget | undefined {
  const targets = index.byKey.get(key);
  if (!targets) return undefined;
  const caps = isAllCaps(surface);
  return targets.find((t) => t.capsOnly && caps) ?? targets.find((t) => !t.capsOnly);
}
