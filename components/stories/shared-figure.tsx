import type { PairShare } from "@/lib/compare/shared-with-others";
import { NOT_COMPARED_WHY } from "@/lib/compare/not-compared-label";
import { pairShareText, type SharedFigureText } from "./shared-figure-text";

/** A figure of the story page's Articles table; the not-compared marker set apart (italic) and saying why on hover. */
export function SharedFigure({ figure, className = "" }: { figure: SharedFigureText; className?: string }) {
  if (!figure.notCompared) return <span className={className}>{figure.text}</span>;
  return (
    <span className={`${className} italic text-stone-600`} title={NOT_COMPARED_WHY}>
      {figure.text}
    </span>
  );
}

/** A pair's figure after its "Compare with" link: its share, the not-compared marker, or nothing. */
export function PairFigure({ share }: { share: PairShare }) {
  const figure = pairShareText(share);
  if (!figure) return null;
  return (
    <>
      {" "}
      <SharedFigure figure={figure} className="text-xs text-stone-600" />
    </>
  );
}
