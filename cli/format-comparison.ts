/**
 * A comparison as plain text for a terminal: summary, what each side leaves
 * out (the first items per side, with their reasons), then the rows with
 * [-removed-] / {+added+} marks. `--format json` has every item.
 */
import type { Comparison, DiffChunk, Side } from "../lib/types/comparison";
import { FIRST_VIEW_ITEMS } from "../lib/omissions/first-view";
import { languageNote } from "../lib/compare/language-note";

function markDiff(diff: DiffChunk[]): string {
  return diff.map(([op, text]) => (op === 0 ? text : op === -1 ? `[-${text}-]` : `{+${text}+}`)).join("");
}

export function formatComparisonText(c: Comparison): string {
  const lines: string[] = [];
  const s = c.stats;
  lines.push(`A: ${c.a.outlet} — ${c.a.title}`, `B: ${c.b.outlet} — ${c.b.title}`);
  lines.push(
    `Similarity ${Math.round(c.similarity * 100)}% · ${s.identical} identical · ${s.near} near · ${s.paraphrase} paraphrase · ${s.partial} partial · ${s.moved} moved · ${s.onlyA} only in A · ${s.onlyB} only in B`,
  );
  const languages = languageNote(c, { a: c.a.outlet || "A", b: c.b.outlet || "B" });
  if (languages) lines.push(`Note: ${languages}`);
  for (const side of ["b", "a"] as const satisfies readonly Side[]) {
    const items = c.items.filter((i) => i.missingFrom === side);
    if (items.length === 0) continue;
    const present = side === "b" ? c.a.outlet : c.b.outlet;
    const absent = side === "b" ? c.b.outlet : c.a.outlet;
    lines.push("", `What ${absent} leaves out of ${present}'s report (${items.length} item${items.length === 1 ? "" : "s"}, most important first):`);
    items.slice(0, FIRST_VIEW_ITEMS).forEach((item, k) => {
      lines.push(`  ${k + 1}. [${item.importance}] ${item.title}`);
      if (item.reasons.length) lines.push(`     ${item.reasons.join("; ")}`);
    });
    if (items.length > FIRST_VIEW_ITEMS) lines.push(`  … and ${items.length - FIRST_VIEW_ITEMS} more (--format json lists them all)`);
  }
  lines.push("", "Aligned passages:");
  for (const al of c.alignments) {
    lines.push(`  ${al.kind}${al.moved ? ", moved" : ""} (${Math.round(al.score * 100)}%): ${markDiff(al.diff)}`);
  }
  if (c.onlyA.length) lines.push("", "Only in A:", ...c.onlyA.map((p) => `  ${p.text}`));
  if (c.onlyB.length) lines.push("", "Only in B:", ...c.onlyB.map((p) => `  ${p.text}`));
  return lines.join("\n");
}
