/**
 * A word diff cut down to its changes and a few words around each, the way a
 * redline quotes a long passage in a margin: a one-word change in a
 * hundred-word quotation reads as "… Motegi and Blinken [also] discussed
 * China. They agreed …", not as the quotation twice.
 */
import type { DiffChunk } from "@/lib/types/comparison";

const GAP = " … ";

export function changesInContext(diff: readonly DiffChunk[], contextWords = 8): DiffChunk[] {
  if (!diff.some(([op]) => op !== 0)) return [...diff];
  const out: DiffChunk[] = [];
  diff.forEach(([op, text], i) => {
    if (op !== 0) {
      out.push([op, text]);
      return;
    }
    const words = text.match(/\S+/g) ?? [];
    const hasBefore = i > 0;
    const hasAfter = i < diff.length - 1;
    const keep = (hasBefore ? contextWords : 0) + (hasAfter ? contextWords : 0);
    if (words.length <= keep + 2) {
      out.push([0, text]);
      return;
    }
    // The spaces that touch the changes stay as they are.
    const lead = /^\s*/.exec(text)?.[0] ?? "";
    const trail = /\s*$/.exec(text)?.[0] ?? "";
    const head = hasBefore ? `${lead}${words.slice(0, contextWords).join(" ")}` : "…";
    const tail = hasAfter ? `${words.slice(-contextWords).join(" ")}${trail}` : "…";
    out.push([0, `${head}${hasBefore && hasAfter ? GAP : " "}${tail}`]);
  });
  return out;
}
