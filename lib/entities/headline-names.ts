/**
 * Does a headline name this entity? A name an article carries only in its
 * headline ("Tokyo and Washington close ranks in London" over a body that
 * never says Japan) is not left out: the analyst reads the headline first.
 * The body's entity scan never sees the headline (it is the title, not a
 * passage), so this check reads it on its own: the entity's own spellings,
 * any alias of it (capitals as metonyms: "Tokyo" for Japan), and a person's
 * surname.
 */
import { tokenize } from "../text/tokens";
import { lookupAlias, nameKey, type AliasIndex } from "./alias-index";
import type { EntityType } from "./aliases";

export interface NamedEntity {
  canonical: string;
  surfaces: readonly string[];
  type: EntityType;
}

/**
 * Name keys and surnames by spelling: every comparison asks them of every
 * entity of both sides, and a spelling's key never changes. Bounded, emptied
 * when full (names repeat across an archive's comparisons).
 */
const MEMO_LIMIT = 20_000;
const keyMemo = new Map<string, string>();
const surnameMemo = new Map<string, string | undefined>();

function memo<T>(map: Map<string, T>, key: string, compute: (key: string) => T): T {
  if (map.has(key)) return map.get(key) as T;
  const value = compute(key);
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Longest run of headline words tried as one name. */
const MAX_NAME_WORDS = 6;

/** A reader of one headline: asked once per entity, it tokenises the headline once. */
export function headlineReader(title: string | undefined, index: AliasIndex): (entity: NamedEntity) => boolean {
  if (!title?.trim()) return () => false;
  const tokens = tokenize(title);
  const grams = new Set<string>();
  const aliasTargets = new Set<string>();
  const longest = Math.max(MAX_NAME_WORDS, index.maxTokens);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
      const run = tokens.slice(i, i + n);
      // A name is written with a capital (a headline's "us" is the pronoun).
      if (!run[0]?.isCapitalized) break;
      const key = run.map((t) => t.norm).join(" ");
      grams.add(key);
      const target = lookupAlias(index, key, title.slice(run[0].start, run.at(-1)?.end));
      if (target) aliasTargets.add(target.canonical);
    }
  }
  const capitalized = new Set(tokens.filter((t) => t.isCapitalized).map((t) => t.norm));
  return (entity) => {
    if (aliasTargets.has(entity.canonical)) return true;
    const forms = [entity.canonical, ...entity.surfaces.map((s) => s.replace(/['’]s$/, ""))];
    if (forms.some((form) => grams.has(memo(keyMemo, form, nameKey)))) return true;
    if (entity.type !== "person") return false;
    const surname = memo(surnameMemo, entity.canonical, (name) => tokenize(name).at(-1)?.norm);
    return surname !== undefined && surname.length >= 3 && capitalized.has(surname);
  };
}
