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

/**
 * Both sides in one flow, the redline way: A's words struck through, B's
 * underlined, in place. `lang`: each side's HTML language when not English,
 * so each run is read in its own.
 */
export function InlineDiff({ diff, lang }: { diff: DiffChunk[]; lang?: { a?: string; b?: string } }) {
  const shared = lang?.a === lang?.b ? lang?.a : undefined;
  return (
    <>
      {diff.map(([op, text], i) =>
        op === 0 ? (
          <span key={i} lang={shared}>{text}</span>
        ) : op === -1 ? (
          <del key={i} lang={lang?.a} className="diff-del">{text}</del>
        ) : (
          <ins key={i} lang={lang?.b} className="diff-ins">{text}</ins>
        ),
      )}
    </>
  );
}
