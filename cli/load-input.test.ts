import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import { loadInput } from "./load-input";

const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-load-input-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, paragraphs: string[]): string {
  const at = path.join(scratch, name);
  writeFileSync(at, `${paragraphs.join("\n\n")}\n`);
  return at;
}

// A wire report (headline, byline, dateline) and a broadcaster's report pasted as it shows on the page: headline first, then paragraphs.
const WIRE = [
  "Fire at Lindmoor warehouse kills two, injures nine",
  "By Ruth Abara",
  "LINDMOOR, May 12 (Meridian Press) - A fire tore through a logistics warehouse on the edge of Lindmoor on Sunday night, killing two night-shift workers and injuring nine others, the county fire service said.",
  "The national Fire Investigation Unit said it was sending a team of four investigators to the site on Monday.",
  "The warehouse, which stores furniture and electrical goods, employs about 300 people. It was built in 1991.",
];
const HEADLINE = "Fire Investigation Unit sends team after two die in Lindmoor warehouse blaze";
const BROADCAST = [
  HEADLINE,
  "Two workers died and nine were hurt when fire swept through a warehouse in Lindmoor late on Sunday, fire officers said.",
  "Neighbours said flames could be seen from the ring road. \"The sky was orange for an hour,\" said Kofi Mensah, who lives opposite the site.",
  "The Fire Investigation Unit said its investigators would arrive on Monday.",
];

describe("a text file read for `lacuna compare`", () => {
  it("takes a headline on the first line as the article's title, not its first passage", async () => {
    const doc = await loadInput(file("broadcast.txt", BROADCAST));
    expect(doc.info.title).toBe(HEADLINE);
    expect(doc.blocks.map((b) => b.text)).toEqual(BROADCAST.slice(1));
  });

  it("pairs the wire's sentence with the report's own sentence, not with its headline, and lists no headline as left out", async () => {
    const comparison = analyseDocuments(await loadInput(file("wire.txt", WIRE)), await loadInput(file("broadcast.txt", BROADCAST)));
    const passagesB = [...comparison.alignments.flatMap((al) => al.b), ...comparison.onlyB].map((p) => p.text);
    expect(passagesB).not.toContain(HEADLINE);
    const investigators = comparison.alignments.find((al) => al.a.some((p) => p.text.startsWith("The national Fire Investigation Unit")));
    expect(investigators?.b.map((p) => p.text)).toEqual(["The Fire Investigation Unit said its investigators would arrive on Monday."]);
    expect(comparison.items.map((item) => item.title)).not.toContain(HEADLINE);
  });
});
