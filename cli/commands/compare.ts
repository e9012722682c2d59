import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { chosenFormat, FORMAT_OPTIONS } from "../option-values";
import { loadInput } from "../load-input";
import { formatComparisonText } from "../format-comparison";
import { analyseDocuments } from "../../lib/compare/analyse-documents";
import { formatCoverageText, storyCoverage } from "../story-coverage";

export const compare: Command = {
  summary: "compare two articles (files) side by side, or score sentence pairs in bulk",
  usage: `Usage: lacuna compare A B [--format text|json | --json]
       lacuna compare A B C… [--format text|json | --json]     (3+ inputs: N-way coverage matrix and flags)
       lacuna compare --pairs FILE.jsonl

A and B are text files (page text is cleaned of menus, tags and related stories),
HTML files (the article is extracted) or http(s) URLs (fetched safely).
--format json (or --json) prints the comparison format documented in docs/comparison-format.md.
--pairs reads lines {"id","a","b"} and prints one line {"id","same","kind","score"} per pair.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...FORMAT_OPTIONS,
      pairs: { type: "string" },
    });
    const format = chosenFormat(values, ["text", "json"], "text");
    // Loaded only for --pairs: its line schema needs zod, ~100 modules that a plain compare would load for nothing.
    if (values.pairs) return (await import("./compare-pairs")).runComparePairs(values.pairs, io);
    if (positionals.length >= 3) {
      const coverage = await storyCoverage(positionals);
      io.out(format === "json" ? JSON.stringify(coverage, null, 2) : formatCoverageText(coverage));
      return 0;
    }
    if (positionals.length !== 2) throw new UsageError("Give two inputs to compare (or three and more for a story's coverage).");
    const [a, b] = await Promise.all(positionals.map(loadInput));
    if (!a || !b) throw new UsageError("Give exactly two inputs to compare.");
    const comparison = analyseDocuments(a, b);
    io.out(format === "json" ? JSON.stringify(comparison, null, 2) : formatComparisonText(comparison));
    return 0;
  },
};
