import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import { loadInput, missingFileMessage } from "./load-input";

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

describe("a file that is no article, given to `lacuna compare`", () => {
  const raw = (name: string, bytes: Buffer) => {
    const at = path.join(scratch, name);
    writeFileSync(at, bytes);
    return at;
  };

  it("refuses a PDF with the words `lacuna add` uses, instead of comparing its syntax", async () => {
    const pdf = raw("state-briefing.pdf", Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nBT /F1 12 Tf 72 720 Td (State briefing on the dam) Tj ET\nendstream endobj\n", "latin1"));
    await expect(loadInput(pdf)).rejects.toThrow("state-briefing.pdf is a PDF. Lacuna reads web pages (.html) and text; copy the PDF's text and paste it instead.");
  });

  it("refuses an empty file, an image and binary bytes, whatever the file is called", async () => {
    await expect(loadInput(raw("empty.html", Buffer.alloc(0)))).rejects.toThrow("empty.html is empty.");
    await expect(loadInput(raw("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).rejects.toThrow(/photo\.txt is not a web page or a text file/);
    const junk = Buffer.from(Array.from({ length: 400 }, (_, k) => (k * 37) % 256));
    await expect(loadInput(raw("dump.bin", junk))).rejects.toThrow(/dump\.bin is not a web page or a text file/);
  });
});

describe("a missing input", () => {
  it("names the command for stored articles when the name is a stored article's id", async () => {
    await expect(loadInput("cmxdszcr60005py7d4l45dvds")).rejects.toThrow("lacuna report ID ID");
    expect(missingFileMessage(path.join(scratch, "wire.txt"))).toBe(`${path.join(scratch, "wire.txt")}: no such file.`);
  });
});
