/**
 * Figures a story's sources disagree on: where two sources report the same
 * thing and give different figures for one quantity ("Seven people were
 * killed" / "Nine people were killed"), the story lists who says what. Each
 * pair of sources is read as their comparison reads it (number-omissions.ts,
 * `conflictingFigures`: a passage, the stretch of the other article that says
 * most of it, and figures of one quantity that each article gives nowhere
 * else; and the totals and lone counts of the dead, injured… of unpaired
 * sentences, `totalConflicts`), so the
 * story raises what the compare page raises, and no second
 * number reader is involved. The pairs are then joined across the story: one
 * quantity, each source's figure for it.
 *
 * A source whose figure the others outvote (the Gazette's "Nine" against six
 * sources' seven) is also what a story row must not quote as the wording of
 * the sources that report it (coverage.ts, `rowText`).
 */
import type { NumberMention } from "./numbers";
import { conflictingFigures, totalConflicts, type FigureSide, type Located } from "./number-omissions";
import { COVERED } from "./passage-omissions";
import { UnionFind } from "./union-find";
import type { ArticleReading } from "./article-reading";
import type { Passage } from "../text/types";

export interface FigureSource {
  passages: readonly Passage[];
  reading: () => ArticleReading;
}

/** One figure of a disputed quantity and who gives it. */
export interface FigureGiven {
  /** The figure as its first source writes it, with what it counts when that follows it: "Seven people". */
  phrase: string;
  /** Canonical value ("7"), as flag keys write it. */
  value: string;
  /** Indexes of the sources that give it, in story order. */
  sources: number[];
}

export interface FigureConflict {
  /** The figures given, the one most groups of copies give first (on a tie, the one the earliest source gives). */
  figures: FigureGiven[];
  /** Per source (in story order), the passages where it gives its figure. */
  passages: number[][];
}

interface Node {
  source: number;
  located: Located;
  passages: Set<number>;
}

/** The figure's words with the thing it counts when that follows within a word or two: "Nine people", "43 passengers". */
function phraseOf(located: Located, reading: ArticleReading): string {
  const { mention, passage, context } = located;
  const noun = context.after === undefined ? undefined : reading.tokens(passage.text).find((t) => t.start >= mention.end && t.stem === context.after);
  return noun && noun.start - mention.end <= 12 ? passage.text.slice(mention.start, noun.end) : mention.surface;
}

/**
 * Every quantity the sources `compared` (indexes) disagree on, where they
 * report the same thing. Sources of one group of copies are not read
 * against each other (a copy says what its original says).
 */
export function figureConflicts(sources: readonly FigureSource[], compared: readonly number[], groupOf: readonly number[]): FigureConflict[] {
  const nodes: Node[] = [];
  const nodeIds = new Map<string, number>();
  const edges: Array<[number, number]> = [];
  // One node per source and figure of one thing counted: the headline's "Seven killed" and the body's "seven people" of one source stand apart only by what they count.
  const nodeOf = (source: number, located: Located): number => {
    const key = `${source}|${located.mention.value}|${located.context.after ?? located.context.before ?? ""}`;
    let id = nodeIds.get(key);
    if (id === undefined) {
      id = nodes.length;
      nodeIds.set(key, id);
      nodes.push({ source, located, passages: new Set() });
    }
    nodes[id]?.passages.add(located.passage.index);
    return id;
  };
  const sides = sources.map((s): FigureSide => ({ reading: s.reading(), passages: s.passages }));
  for (let x = 0; x < compared.length; x++) {
    for (let y = x + 1; y < compared.length; y++) {
      const [i, j] = [compared[x] as number, compared[y] as number];
      if ((groupOf[i] ?? i) === (groupOf[j] ?? j)) continue;
      // As a comparison of the two does: looked for from each side, each figure in one conflict at most.
      const taken = new Set<NumberMention>();
      for (const [from, to] of [
        [i, j],
        [j, i],
      ] as const) {
        const mine = sides[from] as FigureSide;
        const theirs = sides[to] as FigureSide;
        mine.passages.forEach((passage, k) => {
          // Only passages holding a figure the other never gives can conflict: the cover is read for those alone.
          if (!(mine.reading.reportedNumbers()[k] ?? []).some((m) => !taken.has(m) && !theirs.reading.givesFigure(m))) return;
          const cover = theirs.reading.coverIndex().cover(mine.reading.saidWords(passage.text));
          if (cover.window < COVERED || cover.by.length === 0) return;
          for (const [a, b] of conflictingFigures(mine, k, theirs, cover.by, taken)) edges.push([nodeOf(from, a), nodeOf(to, b)]);
        });
      }
      // And the totals told in sentences too reworded to pair, as the comparison finds them.
      for (const [a, b] of totalConflicts(sides[i] as FigureSide, sides[j] as FigureSide, taken)) edges.push([nodeOf(i, a), nodeOf(j, b)]);
    }
  }
  if (edges.length === 0) return [];
  const joined = new UnionFind(nodes.length);
  for (const [a, b] of edges) joined.union(a, b);
  const components = new Map<number, number[]>();
  nodes.forEach((_, id) => {
    const root = joined.find(id);
    const list = components.get(root);
    if (list) list.push(id);
    else components.set(root, [id]);
  });
  const conflicts: FigureConflict[] = [];
  for (const members of components.values()) {
    const byValue = new Map<string, Node[]>();
    for (const id of members) {
      const node = nodes[id] as Node;
      const list = byValue.get(node.located.mention.value);
      if (list) list.push(node);
      else byValue.set(node.located.mention.value, [node]);
    }
    if (byValue.size < 2) continue;
    const figures = [...byValue.entries()].map(([value, given]) => {
      const ordered = [...given].sort((p, q) => p.source - q.source);
      const first = ordered[0] as Node;
      return {
        phrase: phraseOf(first.located, sides[first.source]?.reading as ArticleReading),
        value: first.located.mention.keyValue ?? value,
        sources: [...new Set(ordered.map((n) => n.source))],
        groups: new Set(ordered.map((n) => groupOf[n.source] ?? n.source)).size,
      };
    });
    figures.sort((p, q) => q.groups - p.groups || (p.sources[0] ?? 0) - (q.sources[0] ?? 0));
    const passages: number[][] = sources.map(() => []);
    for (const id of members) {
      const node = nodes[id] as Node;
      const list = passages[node.source] as number[];
      for (const p of node.passages) if (!list.includes(p)) list.push(p);
    }
    passages.forEach((list) => list.sort((p, q) => p - q));
    conflicts.push({ figures: figures.map(({ phrase, value, sources: given }) => ({ phrase, value, sources: given })), passages });
  }
  return conflicts;
}

/**
 * The passages (per source, by index) that give a figure most reports
 * contradict: in a conflict whose leading figure more groups give than
 * theirs. A row reporting the same thing is worded as its other sources word
 * it, not by such a passage.
 */
export function outvotedPassages(conflicts: readonly FigureConflict[], groupOf: readonly number[]): Array<Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const c of conflicts) {
    const groups = (f: FigureGiven) => new Set(f.sources.map((s) => groupOf[s] ?? s)).size;
    const lead = c.figures[0];
    if (!lead) continue;
    for (const f of c.figures.slice(1)) {
      if (groups(f) >= groups(lead)) continue;
      for (const s of f.sources) {
        const set = out.get(s) ?? new Set<number>();
        for (const p of c.passages[s] ?? []) set.add(p);
        out.set(s, set);
      }
    }
  }
  return Array.from({ length: groupOf.length }, (_, i) => out.get(i) ?? new Set<number>());
}
