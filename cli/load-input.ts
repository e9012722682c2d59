/**
 * Reads one `compare` input (a text file for now; HTML files and URLs join
 * when ingest lands) into the core's ComparableDocument, without the database.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ComparableDocument } from "../lib/compare/types";
import { cleanPastedText } from "../lib/ingest/clean/clean-pasted-text";
import { checkPastedText } from "../lib/ingest/input-guards";

export async function loadInput(input: string): Promise<ComparableDocument> {
  const text = await readFile(input, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === "ENOENT" ? `${input}: no such file.` : `${input}: ${error.message}`);
  });
  const problem = checkPastedText(text);
  if (problem) throw new Error(`${input}: ${problem.message}`);
  const cleaned = cleanPastedText(text);
  const name = path.basename(input).replace(/\.[^.]+$/, "");
  return {
    info: { title: cleaned.title ?? name, outlet: name, url: null, publishedAt: cleaned.publishedAt?.slice(0, 10) ?? null },
    blocks: cleaned.blocks,
  };
}
