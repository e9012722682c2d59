/** A comparison as plain text for a terminal: summary, flags, then the rows with [-removed-] / {+added+} marks. */
import type { Comparison, DiffChunk } from "../lib/types/comparison";

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
  if (c.omissions.length) {
    lines.push("", "Left out:");
    for (const o of c.omissions) {
      const what = o.term ?? o.text ?? "";
      lines.push(`  [${o.kind}] missing from ${o.missingFrom.toUpperCase()}: ${what}${o.note ? ` (${o.note})` : ""}`);
    }
  }
  lines.push("", "Aligned passages:");
  for (const al of c.alignments) {
    lines.push(`  ${al.kind}${al.moved ? ", moved" : ""} (${Math.round(al.score * 100)}%): ${markDiff(al.diff)}`);
  }
  if (c.onlyA.length) lines.push("", "Only in A:", ...c.onlyA.map((p) => `  ${p.text}`));
  if (c.onlyB.length) lines.push("", "Only in B:", ...c.onlyB.map((p) => `  ${p.text}`));
  return lines.join("\n");
}
