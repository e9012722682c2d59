/**
 * Word-level diff with diff-match-patch: each distinct word (and each run of
 * spaces) is encoded as one character, diffed, then decoded, so chunks never
 * split a word ("also discussed" vs "discussed" → one deletion of "also ").
 */
import DiffMatchPatch from "diff-match-patch";
import type { DiffChunk, DiffOp } from "../compare/types";

function encode(text: string, table: Map<string, string>, words: string[]): string {
  let out = "";
  for (const piece of text.match(/\s+|[^\s]+/g) ?? []) {
    let code = table.get(piece);
    if (code === undefined) {
      code = String.fromCharCode(words.length + 1);
      table.set(piece, code);
      words.push(piece);
    }
    out += code;
  }
  return out;
}

export function wordDiff(a: string, b: string): DiffChunk[] {
  const table = new Map<string, string>();
  const words: string[] = [];
  const ea = encode(a, table, words);
  const eb = encode(b, table, words);
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(ea, eb, false);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, codes]): DiffChunk => {
    let text = "";
    for (const ch of codes) text += words[ch.charCodeAt(0) - 1] ?? "";
    return [op as DiffOp, text];
  });
}
