/**
 * A comparison as plain text for a terminal: summary, what each side leaves
 * out (the first items per side, with their reasons), then the rows with
 * [-removed-] / {+added+} marks. `--format json` has every item.
 */
import type { Comparison, DiffChunk } from "../lib/types/comparison";
import { FIRST_VIEW_ITEMS } from "../lib/omissions/first-view";
import { languageNote } from "../lib/compare/language-note";
import { NOT_COMPARED_OTHER_LANGUAGE } from "../lib/compare/not-compared-label";
import { ITEM_SIDE_ORDER, numberItems } from "../lib/omissions/item-numbers";
import { pairLabels } from "../lib/compare/source-labels";

function markDiff(diff: DiffChunk[]): string {
  return diff.map(([op, text]) => (op === 0 ? text : op === -1 ? `[-${text}-]` : `{+${text}+}`)).join("");
}

export function formatComparisonText(c: Comparison): string {
  const lines: string[] = [];
  const s = c.stats;
  // The outlets, told apart when both are one outlet's ("Brackley Gazette (6 Dec)"), as the compare page and reports name them.
  const labels = pairLabels(c.a, c.b);
  lines.push(`A: ${labels.a} — ${c.a.title}`, `B: ${labels.b} — ${c.b.title}`);
  // Two languages are not compared: a "0%" would read as "nothing in common".
  const similarity = c.crossLanguage ? `Similarity ${NOT_COMPARED_OTHER_LANGUAGE}` : `Similarity ${Math.round(c.similarity * 100)}%`;
  lines.push(
    `${similarity} · ${s.identical} identical · ${s.near} near · ${s.paraphrase} paraphrase · ${s.partial} partial · ${s.moved} moved · ${s.onlyA} only in A · ${s.onlyB} only in B`,
  );
  const languages = languageNote(c, labels);
  if (languages) lines.push(`Note: ${languages}`);
  // The numbers the compare page and every report print, so "item 7" means one item everywhere.
  const numbers = numberItems(c.items);
  for (const side of ITEM_SIDE_ORDER) {
    const items = c.items.filter((i) => i.missingFrom === side);
    if (items.length === 0) continue;
    const present = side === "b" ? labels.a : labels.b;
    const absent = side === "b" ? labels.b : labels.a;
    lines.push("", `What ${absent} leaves out of ${present}'s report (${items.length} item${items.length === 1 ? "" : "s"}, most important first):`);
    items.slice(0, FIRST_VIEW_ITEMS).forEach((item) => {
      lines.push(`  ${numbers.get(item.id)}. [${item.importance}] ${item.title}`);
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
