import type { Coverage } from "@/lib/omissions/coverage";

/** Heat-map cell colour by count; absence is its own colour and carries a visible mark, not colour alone. */
function cellClass(count: number, max: number): string {
  if (count === 0) return "bg-rose-50 text-rose-700";
  const share = count / Math.max(1, max);
  if (share > 0.66) return "bg-indigo-600 text-white";
  if (share > 0.33) return "bg-indigo-300 text-indigo-950";
  return "bg-indigo-100 text-indigo-900";
}

/** Who mentions what: key names and passages (rows) against sources (columns). */
export function CoverageMatrix({ coverage, limit = 40 }: { coverage: Coverage; limit?: number }) {
  const rows = coverage.rows.slice(0, limit);
  const max = Math.max(1, ...rows.flatMap((r) => r.counts));
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Coverage matrix: mentions of each name or passage per source</caption>
        <thead>
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-semibold">Name or passage</th>
            {coverage.sources.map((s) => (
              <th key={s.id} scope="col" className="px-2 py-1 text-center font-semibold">
                {s.label}
                {coverage.groups.find((g) => g.includes(s.id) && g.length > 1) && <span className="block text-xs font-normal text-stone-500">copy group {s.group + 1}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-stone-200">
              <th scope="row" className="max-w-md px-2 py-1 text-left font-normal">
                <span className="mr-1 rounded bg-stone-100 px-1 text-[0.7rem] uppercase text-stone-600">{row.kind === "entity" ? "name" : "passage"}</span>
                {row.kind === "entity" ? <strong>{row.term}</strong> : <span className="text-stone-700">{(row.text ?? "").slice(0, 140)}{(row.text ?? "").length > 140 ? "…" : ""}</span>}
              </th>
              {row.counts.map((count, i) => (
                <td key={i} className={`px-2 py-1 text-center tabular-nums ${cellClass(count, max)}`}>
                  {count === 0 ? <span aria-label="absent">✕</span> : count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.rows.length > rows.length && <p className="mt-2 text-xs text-stone-500">Showing the {rows.length} strongest of {coverage.rows.length} rows.</p>}
    </div>
  );
}
