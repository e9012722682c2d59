/** N-way coverage of three or more inputs for `lacuna compare A B C…`, without the database. */
import path from "node:path";
import { notComparedReason, storyLanguageNote } from "../lib/compare/language-note";
import { buildCoverage, comparedReports, type Coverage } from "../lib/omissions/coverage";
import { noStoryFlagsText } from "../lib/report/no-story-flags";
import { segmentBlocks } from "../lib/text/segment";
import { loadInput } from "./load-input";
import { numberedOutletLabels } from "../lib/compare/source-labels";

export async function storyCoverage(inputs: string[]): Promise<Coverage> {
  const documents = await Promise.all(inputs.map(loadInput));
  // One outlet's several inputs are numbered in the order given, as a story numbers its articles ("Meridian Press (2)").
  const labels = numberedOutletLabels(documents.map((doc, i) => doc.info.outlet || path.basename(inputs[i] ?? String(i))));
  return buildCoverage(
    documents.map((doc, i) => ({
      id: inputs[i] ?? String(i),
      label: labels[i]!,
      title: doc.info.title,
      passages: segmentBlocks(doc.blocks),
    })),
  );
}

export function formatCoverageText(coverage: Coverage): string {
  const labels = coverage.sources.map((s) => s.label);
  const lines = [`Sources: ${labels.map((l, i) => `[${i + 1}] ${l}`).join("  ")}`];
  const copies = coverage.groups.filter((g) => g.length > 1);
  if (copies.length) lines.push(`Near-identical copies (counted once): ${copies.map((g) => g.join(" = ")).join("; ")}`);
  const languages = storyLanguageNote(coverage.sources);
  if (languages) lines.push(`Note: ${languages}`);
  lines.push("", "Left out:");
  // The last reasons restate the text: a gap's "N of M sources; absent from …", a conflict's "… says Nine people" per figure.
  for (const flag of coverage.flags) {
    const said = flag.kind === "conflict" ? (flag.figures?.length ?? 0) : 2;
    lines.push(`  [${flag.importance}] ${flag.kind === "conflict" ? "Figures differ: " : ""}${flag.text} (${flag.reasons.slice(0, -said).join("; ") || "—"})`);
  }
  if (coverage.flags.length === 0) lines.push(`  ${noStoryFlagsText(comparedReports(coverage))}`);
  lines.push("", `Coverage (${labels.map((_, i) => i + 1).join(" ")}):`);
  for (const row of coverage.rows.slice(0, 40)) {
    const what = row.term ?? (row.text ?? "").slice(0, 70);
    const cells = row.counts.map((c, i) => (notComparedReason(row.kind, coverage.sources[i] ?? { label: "" }) ? "n/a" : c === 0 ? "-" : String(c)));
    lines.push(`  ${cells.join(" ").padEnd(labels.length * 3)} ${row.kind === "entity" ? what : `“${what}…”`}`);
  }
  return lines.join("\n");
}
