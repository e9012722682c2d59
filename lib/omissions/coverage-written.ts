/**
 * The pairwise entity flags' raw-text check, for a story: before a source is
 * said to leave a name out, its text is searched for the name's spellings,
 * as the comparison of two articles does. The recogniser can miss a name in
 * one source ("Japan's foreign ministry said" for the Foreign Ministry), and
 * the story page must not report as absent what its own comparison of the
 * same two articles does not. A source found to write the name counts the
 * passages that do, so the coverage matrix shows them instead of "absent".
 */
import { spellingsOf } from "./entity-omissions";
import { TextIndex } from "./text-index";
import { longerNamesOf, writesShortName } from "./longer-names";
import { captionPartiesNamed } from "./case-captions";
import type { Passage } from "../text/types";
import type { CoverageRow } from "./coverage";
import type { EntityAcross } from "../entities/resolve-entities";

export interface WrittenSource {
  passages: readonly Passage[];
  /** The whole text's index (an article reading's, when the caller keeps one): built once per source. */
  textIndex: () => TextIndex;
}

type Named = Pick<EntityAcross, "canonical" | "surfaces" | "type">;

/**
 * Whether an index holds a spelling as the pairwise check reads it: on its own, or (for names of two words or
 * more) in any case; or as a dateline's place; or the organisation's short name (longer-names.ts).
 */
function writes(index: TextIndex, spellings: readonly string[], entity: Named, entities: readonly Named[]): boolean {
  return spellings.some((form) => index.hasAlone(form) || (form.includes(" ") && index.hasIgnoringCase(form)) || index.inDateline(form)) || writesShortName(index, entity, entities);
}

/** Whether a source's text writes one of an entity's spellings, as the pairwise check reads them (`entities`: the story's). */
export function writesName(source: WrittenSource, entity: Named, entities: readonly Named[]): boolean {
  return writes(source.textIndex(), spellingsOf(entity), entity, entities);
}

/**
 * `row` with the sources `candidates` lists (indexes of sources that count it 0)
 * that write one of its spellings after all counted as carrying it, with the
 * passages that write it; the same row when none does.
 */
export function withSpellingsWritten(row: CoverageRow, sources: readonly WrittenSource[], candidates: readonly number[], entities: readonly Named[]): CoverageRow {
  if (row.kind !== "entity" || !row.term) return row;
  const entity: Named = { canonical: row.term, surfaces: row.surfaces ?? [], type: row.entityType ?? "other" };
  const spellings = spellingsOf(entity);
  const found = new Map<number, number[]>();
  for (const i of candidates) {
    const source = sources[i];
    if (!source || (row.counts[i] ?? 0) > 0 || !writes(source.textIndex(), spellings, entity, entities)) continue;
    // Rare: only now is each passage read on its own, to point the matrix's cell at the sentences.
    found.set(i, source.passages.filter((p) => writes(new TextIndex(p.text), spellings, entity, entities)).map((p) => p.index));
  }
  return withCarried(row, found);
}

/**
 * `row` with the sources `candidates` lists (indexes of sources that count it
 * 0) that name an entity carrying its name (longer-names.ts) counted as
 * carrying it, with that entity's passages: every outlet writes "Hollins
 * Creek Dam", some also "Hollins Creek" on its own, and a source that only
 * ever writes the longer name does not leave the dam out (the story flagged
 * "Hollins Creek" High, absent from three sources that name the dam in their
 * headlines).
 */
export function withLongerNamesWritten(row: CoverageRow, entities: readonly EntityAcross[], candidates: readonly number[]): CoverageRow {
  if (row.kind !== "entity" || !row.term) return row;
  const longer = longerNamesOf({ canonical: row.term, surfaces: row.surfaces ?? [], type: row.entityType ?? "other" }, entities);
  if (longer.length === 0) return row;
  const found = new Map<number, number[]>();
  for (const i of candidates) {
    if ((row.counts[i] ?? 0) > 0) continue;
    const named = longer.filter((e) => (e.counts[i] ?? 0) > 0);
    if (named.length > 0) found.set(i, [...new Set(named.flatMap((e) => e.passages[i] ?? []))].sort((x, y) => x - y));
  }
  return withCarried(row, found);
}

/**
 * `row` with the sources `candidates` lists (indexes of sources that count it 0) that name both parties of a
 * case caption counted as carrying it, at the passages naming them (case-captions.ts): the pair's rule.
 */
export function withCaptionPartiesNamed(row: CoverageRow, entities: readonly EntityAcross[], candidates: readonly number[]): CoverageRow {
  if (row.kind !== "entity" || !row.term) return row;
  const found = new Map<number, number[]>();
  for (const i of candidates) {
    const passages = (row.counts[i] ?? 0) > 0 ? undefined : captionPartiesNamed({ canonical: row.term }, entities, i);
    if (passages) found.set(i, passages);
  }
  return withCarried(row, found);
}

/**
 * `row` with the sources `found` names counted as carrying it, at the
 * passages found; at least once, as a name written in a passage that spans
 * two (a line break inside it) still counts once.
 */
function withCarried(row: CoverageRow, found: ReadonlyMap<number, number[]>): CoverageRow {
  if (found.size === 0) return row;
  const counted = (i: number, n: number | undefined) => (found.has(i) ? Math.max(1, found.get(i)?.length ?? 0) : (n ?? 0));
  return {
    ...row,
    counts: row.counts.map((n, i) => counted(i, n)),
    passages: row.passages.map((list, i) => found.get(i) ?? [...list]),
    ...(row.mainCounts ? { mainCounts: row.mainCounts.map((n, i) => counted(i, n)) } : {}),
    ...(row.namedCounts ? { namedCounts: row.namedCounts.map((n, i) => counted(i, n)) } : {}),
  };
}
