import type { DiffChunk } from "@/lib/types/comparison";

/**
 * One side of a word diff. Side "a" shows common text and deletions, side "b"
 * common text and insertions. <del>/<ins> carry the meaning for screen
 * readers; the classes add colour plus strike/underline for greyscale.
 */
export function DiffText({ diff, side }: { diff: DiffChunk[]; side: "a" | "b" }) {
  return (
    <>
      {diff.map(([op, text], i) => {
        if (op === 0) return <span key={i}>{text}</span>;
        if (op === -1 && side === "a") return <del key={i} className="diff-del">{text}</del>;
        if (op === 1 && side === "b") return <ins key={i} className="diff-ins">{text}</ins>;
        return null;
      })}
    </>
  );
}

/** Both sides in one flow, the redline way: A's words struck through, B's underlined, in place. */
export function InlineDiff({ diff }: { diff: DiffChunk[] }) {
  return (
    <>
      {diff.map(([op, text], i) =>
        op === 0 ? <span key={i}>{text}</span> : op === -1 ? <del key={i} className="diff-del">{text}</del> : <ins key={i} className="diff-ins">{text}</ins>,
      )}
    </>
  );
}
