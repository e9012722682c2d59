import { existsSync } from "node:fs";
import { stat, writeFile } from "node:fs/promises";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { chosenFormat, FORMAT_OPTIONS } from "../option-values";
import { withDatabase } from "../database";
import { loadInput } from "../load-input";
import { analyseDocuments } from "../../lib/compare/analyse-documents";
import { buildComparisonReport } from "../../lib/report";
import { exportComparisonReport, exportStoryReport, renderReport, REPORT_FORMATS, type ReportFile } from "../../lib/services/export-report";

export const report: Command = {
  summary: "export a comparison or a story as md, html, pdf, json or csv",
  usage: `Usage: lacuna report A B --format md|html|pdf|json|csv [--out FILE | --out-dir DIR] [--show-dismissed]
       lacuna report --story ID --format … [--out FILE | --out-dir DIR]

A and B are stored article ids (the analyst's reviews are included) or files /
URLs compared on the fly. Text formats print to stdout unless --out is given;
--out-dir writes the file under its suggested name (e.g.
2021-05-04-blinken-motegi-ani-vs-second-report.md) and prints the path. PDF needs --out or --out-dir.
--json is short for --format json; md is the format when neither is given.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...FORMAT_OPTIONS,
      out: { type: "string" },
      "out-dir": { type: "string" },
      story: { type: "string" },
      "show-dismissed": { type: "boolean", default: false },
    });
    const format = chosenFormat(values, REPORT_FORMATS, "md");
    if (format === "pdf" && !values.out && !values["out-dir"]) throw new UsageError("PDF is binary: give --out FILE or --out-dir DIR.");
    if (values.out && values["out-dir"]) throw new UsageError("Give --out FILE or --out-dir DIR, not both.");
    // Checked before the report is made: a long story's report is not computed only to fail at the end.
    const outDir = values["out-dir"];
    if (outDir && !(await isDirectory(outDir))) throw new UsageError(`--out-dir ${outDir}: no such folder.`);
    const options = { hideDismissed: !values["show-dismissed"] };

    let file: ReportFile;
    if (values.story) {
      file = await withDatabase(() => exportStoryReport(values.story ?? "", format, options));
    } else {
      const [a, b] = positionals;
      if (!a || !b || positionals.length !== 2) throw new UsageError("Give two article ids (or two files), or --story ID.");
      if ([a, b].every((x) => existsSync(x) || /^https?:\/\//i.test(x))) {
        const [docA, docB] = await Promise.all([loadInput(a), loadInput(b)]);
        const model = buildComparisonReport(analyseDocuments(docA, docB), new Map(), { generatedAt: new Date().toISOString() });
        file = await renderReport(model, format);
      } else {
        file = await withDatabase(() => exportComparisonReport(a, b, format, options));
      }
    }

    const target = values.out ?? (values["out-dir"] ? `${values["out-dir"].replace(/\/$/, "")}/${file.fileName}` : null);
    if (target) {
      await writeFile(target, file.body).catch((error: NodeJS.ErrnoException) => {
        throw new Error(error.code === "ENOENT" ? `${target}: its folder does not exist.` : `${target}: ${error.message}`);
      });
      io.out(target);
    } else {
      // The byte-order mark is for a spreadsheet opening the file, not for the next program in a pipe.
      io.out(String(file.body).replace(/^\uFEFF/, "").trimEnd());
    }
    return 0;
  },
};

async function isDirectory(dir: string): Promise<boolean> {
  return stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
