/**
 * The last step of the word diff: one deletion then one insertion between
 * two shared runs, no empty chunks, and white space both sides end an edit
 * with handed back to the shared run after it, so an edit reads
 * "[-force-]{+coercion or belligerence+} in" rather than ending in a space.
 */
import type { DiffChunk } from "../compare/types";

const TRAILING_SPACE = /\s+$/u;

export function tidyChunks(chunks: readonly DiffChunk[]): DiffChunk[] {
  const out: DiffChunk[] = [];
  let del = "";
  let ins = "";
  let shared = "";
  const flushEdit = (): void => {
    if (del === "" && ins === "") return;
    if (del !== "" && ins !== "") {
      const space = commonTrailingSpace(del, ins);
      if (space !== "") {
        del = del.slice(0, -space.length);
        ins = ins.slice(0, -space.length);
        shared = space;
      }
    }
    if (del !== "") out.push([-1, del]);
    if (ins !== "") out.push([1, ins]);
    del = "";
    ins = "";
  };
  for (const [op, text] of chunks) {
    if (text === "") continue;
    if (op === 0) {
      flushEdit();
      shared += text;
      continue;
    }
    if (shared !== "") {
      out.push([0, shared]);
      shared = "";
    }
    if (op < 0) del += text;
    else ins += text;
  }
  flushEdit();
  if (shared !== "") out.push([0, shared]);
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
