/**
 * The pairwise passage check, for a story: before a source is said to leave
 * a passage out, the passage is covered against that source's whole text by
 * the rule the comparison of the two articles flags passages by
 * (passage-omissions.ts). Story rows join sentences the scorer calls the
 * same content, one best match per source; a source that tells the same in
 * a longer sentence (a partial pair: "Okafor said crews had brought the fire
 * under control by mid-morning but that a smaller blaze …" for "Okafor said
 * the main fire was out by mid-morning"), or across two, has no such match
 * and used to be listed as leaving the passage out, although its comparison
 * with the row's sources does not flag it. A source found to say it counts
 * the passages that do, so the coverage matrix shows them instead of
 * "absent".
 */
import type { EntityAcross } from "../entities/resolve-entities";
import type { Passage } from "../text/types";
import type { ArticleReading } from "./article-reading";
import type { CoverageRow } from "./coverage";
import { writesName, type WrittenSource } from "./coverage-written";
import { isFigure } from "./numbers";
import { COVERED, COVERED_ANYWHERE, COVERED_WITH_FACTS, saidBeyondNames } from "./passage-omissions";
import { scorePrepared, type SentenceFeatures } from "../similarity/score-pair";

export interface SaidSource extends WrittenSource {
  /** The source's reading (cover index, cover words, figures, quotations), built once per source. */
  reading: () => ArticleReading;
  /** Names are read in this source (an English text in an English story). */
  readsNames: boolean;
  /** The scorer's form of each passage (`prepareSentence`), made once per source when first asked. */
  sentences: () => readonly SentenceFeatures[];
}

/**
 * Whether the passage at `position` of `from` holds a hard fact `to` lacks, as
 * the pairwise rule reads them: a name `to` never writes, a figure it never
 * gives, or a quotation (three words or more).
 */
function holdsFactLacking(from: number, position: number, to: number, sources: readonly SaidSource[], entities: readonly EntityAcross[]): boolean {
  const source = sources[from];
  const target = sources[to];
  const passage = source?.passages[position];
  if (!source || !target || !passage) return false;
  const reading = source.reading();
  if (reading.quotedPassages().has(passage.index)) return true;
  const elsewhere = target.reading();
  if ((reading.numbers()[position] ?? []).some((m) => isFigure(m) && !elsewhere.givesFigure(m))) return true;
  if (!source.readsNames || !target.readsNames) return false;
  return entities.some((e) => (e.passages[from] ?? []).includes(passage.index) && (e.counts[to] ?? 0) === 0 && !writesName(target, e, entities));
}

/**
 * Whether the comparison of the two sources would pair the passage at
 * `position` of `from` with the passage at `j` of `to`, as far as a story can
 * tell without aligning them: the scorer calls them related (partial or
 * more) and each is the other's best match, the one-to-one pairing the
 * aligner makes (as lib/omissions/fixtures/simple-align.ts stands in for it).
 */
function pairs(source: SaidSource, position: number, target: SaidSource, j: number): boolean {
  const mine = source.sentences();
  const theirs = target.sentences();
  const x = mine[position];
  const y = theirs[j];
  if (!x || !y || scorePrepared(x, y).kind === null) return false;
  return bestOf(x, theirs) === j && bestOf(y, mine) === position;
}

/** The position of the sentence scoring highest against `x` (the first on a tie). */
function bestOf(x: SentenceFeatures, sentences: readonly SentenceFeatures[]): number {
  let best = -1;
  let top = -1;
  sentences.forEach((y, k) => {
    const score = scorePrepared(x, y).score;
    if (score > top) {
      top = score;
      best = k;
    }
  });
  return best;
}

/**
 * `row` with the sources `candidates` lists (indexes of sources that count it
 * 0) that say one of its passages after all, counted as carrying it with the
 * stretch that says it; the same row when none does. Said is what the
 * comparison does not flag: one stretch of one or two sentences says
 * COVERED of the passage's weight, or the whole text COVERED_ANYWHERE;
 * COVERED_WITH_FACTS from one stretch when the passage holds a name, a
 * figure or a quotation the source lacks, or COVERED (and COVERED besides its
 * names) from a stretch holding its pair: the comparison then flags those
 * facts, not the passage.
 */
export function withPassagesSaid(row: CoverageRow, sources: readonly SaidSource[], candidates: readonly number[], entities: readonly EntityAcross[]): CoverageRow {
  if (row.kind !== "passage") return row;
  const members: Array<{ from: number; source: SaidSource; position: number; passage: Passage }> = [];
  row.passages.forEach((list, from) => {
    const source = sources[from];
    if (!source) return;
    for (const index of list) {
      const position = source.passages.findIndex((p) => p.index === index);
      const passage = source.passages[position];
      if (passage) members.push({ from, source, position, passage });
    }
  });
  const found = new Map<number, number[]>();
  for (const to of candidates) {
    const target = sources[to];
    if (!target || (row.counts[to] ?? 0) > 0) continue;
    for (const { from, source, position, passage } of members) {
      const cover = target.reading().coverIndex().cover(source.reading().saidWords(passage.text));
      const said = holdsFactLacking(from, position, to, sources, entities)
        ? cover.window >= COVERED_WITH_FACTS ||
          (cover.window >= COVERED && saidBeyondNames(source.reading(), target.reading(), passage.text) && cover.by.some((j) => pairs(source, position, target, j)))
        : cover.window >= COVERED || cover.article >= COVERED_ANYWHERE;
      if (!said) continue;
      found.set(to, cover.by.map((j) => target.passages[j]?.index ?? j));
      break;
    }
  }
  if (found.size === 0) return row;
  return {
    ...row,
    counts: row.counts.map((n, i) => (found.has(i) ? Math.max(1, found.get(i)?.length ?? 0) : n)),
    passages: row.passages.map((list, i) => found.get(i) ?? [...list]),
  };
}
