import type { AlignmentKind } from "@/lib/types/comparison";

const STYLES: Record<AlignmentKind | "only" | "moved", string> = {
  identical: "bg-stone-100 text-stone-700",
  near: "bg-sky-100 text-sky-900",
  paraphrase: "bg-violet-100 text-violet-900",
  partial: "bg-amber-100 text-amber-900",
  only: "bg-rose-100 text-rose-900",
  moved: "bg-indigo-100 text-indigo-900",
};

export function KindBadge({ kind, label }: { kind: keyof typeof STYLES; label?: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${STYLES[kind]}`}>{label ?? kind}</span>;
}
