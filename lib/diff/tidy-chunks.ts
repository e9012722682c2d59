/**
 * The last step of the word diff, for the reader's eye: one deletion then
 * one insertion between two shared runs; no shared run made of white space
 * alone between two edits (it would cut one rewrite in two); white space that
 * both sides of an edit end with handed back to the shared run after it, so
 * an edit reads "[-force-]{+coercion or belligerence+} in" rather than
 * ending in a space; no empty chunks.
 */
import type { DiffChunk } from "../types/comparison";

interface Group {
  /** Shared text before the edit. */
  shared: string;
  del: string;
  ins: string;
}

const ONLY_SPACE = /^\s+$/u;
const TRAILING_SPACE = /\s+$/u;

export function tidyChunks(chunks: readonly DiffChunk[]): DiffChunk[] {
  // Shared run, then the edit after it; the last group may have no edit.
  const groups: Group[] = [{ shared: "", del: "", ins: "" }];
  for (const [op, text] of chunks) {
    if (text === "") continue;
    let last = groups[groups.length - 1] as Group;
    if (op === 0) {
      if (last.del !== "" || last.ins !== "") groups.push((last = { shared: "", del: "", ins: "" }));
      last.shared += text;
    } else if (op < 0) last.del += text;
    else last.ins += text;
  }

  const merged: Group[] = [];
  for (const g of groups) {
    const prev = merged[merged.length - 1];
    const between = prev !== undefined && (g.del !== "" || g.ins !== "") && ONLY_SPACE.test(g.shared);
    if (prev !== undefined && between) {
      prev.del += g.shared + g.del;
      prev.ins += g.shared + g.ins;
    } else merged.push({ ...g });
  }

  const out: DiffChunk[] = [];
  let carry = "";
  for (const g of merged) {
    const shared = carry + g.shared;
    carry = "";
    let { del, ins } = g;
    if (del !== "" && ins !== "") {
      const space = commonTrailingSpace(del, ins);
      if (space !== "") {
        del = del.slice(0, -space.length);
        ins = ins.slice(0, -space.length);
        carry = space;
      }
    }
    if (shared !== "") out.push([0, shared]);
    if (del !== "") out.push([-1, del]);
    if (ins !== "") out.push([1, ins]);
  }
  if (carry !== "") out.push([0, carry]);
  return out;
}

function commonTrailingSpace(a: string, b: string): string {
  const ma = TRAILING_SPACE.exec(a);
  const mb = TRAILING_SPACE.exec(b);
  if (ma === null || mb === null) return "";
  const sa = ma[0];
  const sb = mb[0];
  let n = 0;
  while (n < sa.length && n < sb.length && sa[sa.length - 1 - n] === sb[sb.length - 1 - n]) n++;
  return n === 0 ? "" : sa.slice(sa.length - n);
}
