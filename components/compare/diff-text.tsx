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
