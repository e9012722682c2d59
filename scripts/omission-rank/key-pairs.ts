/**
 * The omissions answer key (../shared/datasets/omissions-dev): its pairs, and
 * each article of a pair as the plain text a user would paste (BASIL: title,
 * blank line, paragraphs; seeds: the report files as they are).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface KeyPair {
  pair: string;
  a: string;
  b: string;
}

export interface KeyArticle {
  id: string;
  /** The outlet's name as an analyst would type it. */
  outlet: string;
  text: string;
}

const BASIL_OUTLETS: Record<string, string> = { fox: "Fox News", nyt: "The New York Times", hpo: "HuffPost" };

export function loadKeyPairs(keyFile: string): KeyPair[] {
  if (!existsSync(keyFile)) {
    console.error(`${keyFile} is missing. The ranking evaluation reads the omissions answer key in ../shared/datasets/ (see its README); it is not part of the repository.`);
    process.exit(1);
  }
  return readFileSync(keyFile, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as KeyPair);
}

export function loadKeyArticle(id: string, datasets: string): KeyArticle {
  const basil = path.join(datasets, "basil-dev", `${id}.json`);
  if (existsSync(basil)) {
    const raw = JSON.parse(readFileSync(basil, "utf8")) as { title: string; source: string; "body-paragraphs": string[][] };
    const body = raw["body-paragraphs"].map((p) => p.map((s) => s.trim()).join(" ")).join("\n\n");
    return { id, outlet: BASIL_OUTLETS[raw.source.toLowerCase()] ?? raw.source, text: `${raw.title}\n\n${body}\n` };
  }
  const seed = path.join(datasets, "..", "seeds", `${id}.txt`);
  return { id, outlet: id, text: readFileSync(seed, "utf8") };
}
