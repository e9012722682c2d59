import type { Importance } from "@/lib/types/comparison";

const STYLE: Record<Importance, string> = {
  high: "bg-stone-900 text-white",
  medium: "border border-stone-500 bg-white text-stone-800",
  low: "border border-dashed border-stone-400 bg-white text-stone-600",
};

/** High / Medium / Low written out (never a bare number), with a shape that survives greyscale. */
export function ImportanceBadge({ importance }: { importance: Importance }) {
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-[0.7rem] font-semibold uppercase tracking-wide ${STYLE[importance]}`}>
      {importance === "high" ? "High" : importance === "medium" ? "Medium" : "Low"}
    </span>
  );
}
