/**
 * The BASIL dev set (../shared/datasets/basil-dev): 45 events × Fox News /
 * NYT / HuffPost. One loader for every evaluation script, failing with a
 * message that says where the data is expected.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface BasilArticle {
  file: string;
  title: string;
  source: string;
  date: string;
  mainEvent: string;
  mainEntities: string[];
  /** The true event: same value = same story. */
  event: string;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

export const BASIL_DEFAULT_DIR = "../shared/datasets/basil-dev";

export function loadBasil(dir: string, script: string): BasilArticle[] {
  if (!existsSync(dir)) {
    console.error(`${script}: ${dir} is missing. This script reads the BASIL dev set in ../shared/datasets/ (see its README); it is not part of the repository.`);
    process.exit(1);
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as {
        title: string;
        source: string;
        date: string;
        "main-event": string;
        "main-entities": string[];
        "triplet-uuid": string;
        "body-paragraphs": string[][];
      };
      return {
        file,
        title: raw.title,
        source: raw.source,
        date: raw.date,
        mainEvent: raw["main-event"],
        mainEntities: raw["main-entities"],
        event: raw["triplet-uuid"],
        paragraphs: raw["body-paragraphs"],
      };
    });
}

/** An article's body as plain text, paragraphs separated by a blank line. */
export function basilText(article: BasilArticle): string {
  return article.paragraphs.map((p) => p.join(" ")).join("\n\n");
}
