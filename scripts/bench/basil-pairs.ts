/**
 * The BASIL development events as the bench and the output digest read them:
 * every outlet's article of each event, and pairs of two outlets' articles
 * cut at about N words (consecutive events' articles laid end to end).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ComparableDocument } from "../../lib/types/comparison";
import { blocksToText, type Block } from "../../lib/text/types";

/** Where the shared datasets sit beside the project (development data: scripts only, never tests). */
export const BASIL_DIR = "../shared/datasets/basil-dev";

/** Outlet pairings, so each size is measured on several different real pairs. */
export const OUTLET_PAIRS: Array<[string, string]> = [
  ["nyt", "fox"],
  ["fox", "hpo"],
  ["hpo", "nyt"],
];

export interface BasilArticle {
  source: string;
  uuid: string;
  "triplet-uuid": string;
  "body-paragraphs": string[][];
}

export interface BenchPair {
  label: string;
  a: ComparableDocument;
  b: ComparableDocument;
}

export const wordCount = (doc: ComparableDocument) => blocksToText(doc.blocks).split(/\s+/).filter(Boolean).length;

export function loadBasil(dir: string): Map<string, Map<string, BasilArticle>> {
  const events = new Map<string, Map<string, BasilArticle>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const article = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as BasilArticle;
    const byOutlet = events.get(article["triplet-uuid"]) ?? new Map<string, BasilArticle>();
    byOutlet.set(article.source, article);
    events.set(article["triplet-uuid"], byOutlet);
  }
  return events;
}

export function basilBlocks(article: BasilArticle): Block[] {
  return article["body-paragraphs"].map((sentences) => ({ role: "body", text: sentences.join(" ") }));
}

/** A from outlet `x`, B from outlet `y`, both covering the same run of events, each cut at about `words` words. */
export function basilPair(events: Map<string, Map<string, BasilArticle>>, words: number, x: string, y: string, offset: number): BenchPair | null {
  const keys = [...events.keys()];
  const a: Block[] = [];
  const b: Block[] = [];
  const counts = { a: 0, b: 0 };
  const take = (into: Block[], side: "a" | "b", article: BasilArticle) => {
    for (const block of basilBlocks(article)) {
      if (counts[side] >= words) return;
      into.push(block);
      counts[side] += block.text.split(/\s+/).filter(Boolean).length;
    }
  };
  for (let k = 0; k < keys.length && (counts.a < words || counts.b < words); k++) {
    const event = events.get(keys[(offset + k) % keys.length] as string);
    const ax = event?.get(x);
    const by = event?.get(y);
    if (!ax || !by) continue;
    take(a, "a", ax);
    take(b, "b", by);
  }
  if (counts.a < words * 0.8 || counts.b < words * 0.8) return null;
  return {
    label: `BASIL ${x} vs ${y}`,
    a: { info: { title: `${x} events`, outlet: x }, blocks: a },
    b: { info: { title: `${y} events`, outlet: y }, blocks: b },
  };
}

