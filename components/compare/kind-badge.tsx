/**
 * Badges of the compare view. One colour language everywhere: red (rose) is
 * A's side — words and passages only in A; green (emerald) is B's; amber is
 * changed, indigo moved, grey the same.
 */
const STYLES = {
  same: "bg-stone-100 text-stone-800",
  identical: "bg-stone-100 text-stone-800",
  near: "bg-sky-100 text-sky-950",
  paraphrase: "bg-amber-100 text-amber-950",
  partial: "bg-orange-100 text-orange-950",
  "only-a": "bg-rose-100 text-rose-950",
  "only-b": "bg-emerald-100 text-emerald-950",
  moved: "bg-indigo-100 text-indigo-950",
} as const;

export function KindBadge({ kind, label }: { kind: keyof typeof STYLES; label?: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${STYLES[kind]}`}>{label ?? kind}</span>;
}
