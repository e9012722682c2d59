/**
 * The clean-up between diff-match-patch's raw diff and what a reader sees.
 * A raw word diff is confetti: edits split by shared "the", "of" and ",".
 * diff_cleanupSemantic merges a shared run into the edits around it whenever
 * the run is no longer than the edits on both sides — which also swallows
 * "Japanese Foreign Minister Toshimitsu Motegi" when the two outlets rewrote
 * the clauses around it, so a partial pair showed as one whole deletion plus
 * one whole insertion and the analyst could not see what both outlets say.
 *
 * Here the same length rule applies only to shared runs that carry little:
 * a run is kept whatever its length once its tokens weigh KEEP_WEIGHT (one
 * name, figure or acronym, or two other content words; see token-weight.ts).
 */
import { FACT_WEIGHT } from "./token-weight";

/** A shared run weighing this much always stays on screen. */
export const KEEP_WEIGHT = FACT_WEIGHT;

/** How much a run says and how long it reads, both summed over its tokens. */
export interface RunMeasure {
  weight(encoded: string): number;
  length(encoded: string): number;
}

type Op = -1 | 0 | 1;
export type EncodedDiff = [Op, string];

interface Edit {
  del: string;
  ins: string;
  /** The longer of the two sides: what the length rule compares a shared run with. */
  span: number;
  delLength: number;
  insLength: number;
}

/**
 * Merges weak shared runs into the edits around them, left to right; a merge
 * makes an edit longer, so the shared run before it is looked at again. Each
 * merge removes one run, so the pass is linear in the number of runs. The
 * result still rebuilds both texts exactly: a merged run moves into both the
 * deletion and the insertion.
 */
export function keepSharedContent(diffs: ReadonlyArray<readonly [number, string]>, measure: RunMeasure): EncodedDiff[] {
  // Alternate shared runs and edits: shared[i] sits between edits[i - 1] and edits[i]; the two ends may be "".
  const shared: string[] = [""];
  const edits: Edit[] = [];
  let open: Edit | null = null;
  for (const [op, text] of diffs) {
    if (op === 0) {
      if (open !== null) {
        edits.push(open);
        shared.push(text);
        open = null;
      } else shared[shared.length - 1] += text;
      continue;
    }
    open ??= { del: "", ins: "", span: 0, delLength: 0, insLength: 0 };
    if (op < 0) {
      open.del += text;
      open.delLength += measure.length(text);
    } else {
      open.ins += text;
      open.insLength += measure.length(text);
    }
    open.span = Math.max(open.delLength, open.insLength);
  }
  if (open !== null) {
    edits.push(open);
    shared.push("");
  }

  const keptShared: string[] = [shared[0] as string];
  const keptEdits: Edit[] = [];
  for (let i = 0; i < edits.length; i++) {
    let edit = edits[i] as Edit;
    while (keptEdits.length > 0) {
      const run = keptShared[keptShared.length - 1] as string;
      const before = keptEdits[keptEdits.length - 1] as Edit;
      const length = measure.length(run);
      if (length > before.span || length > edit.span || measure.weight(run) >= KEEP_WEIGHT) break;
      keptShared.pop();
      keptEdits.pop();
      edit = merge(before, run, length, edit);
    }
    keptEdits.push(edit);
    keptShared.push(shared[i + 1] as string);
  }

  const out: EncodedDiff[] = [];
  for (let i = 0; i < keptShared.length; i++) {
    const run = keptShared[i] as string;
    if (run !== "") out.push([0, run]);
    const edit = keptEdits[i];
    if (edit === undefined) continue;
    if (edit.del !== "") out.push([-1, edit.del]);
    if (edit.ins !== "") out.push([1, edit.ins]);
  }
  return out;
}

function merge(before: Edit, run: string, runLength: number, after: Edit): Edit {
  const delLength = before.delLength + runLength + after.delLength;
  const insLength = before.insLength + runLength + after.insLength;
  return {
    del: before.del + run + after.del,
    ins: before.ins + run + after.ins,
    delLength,
    insLength,
    span: Math.max(delLength, insLength),
  };
}
