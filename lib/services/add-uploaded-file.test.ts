import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { addUploadedFile, MAX_UPLOAD_BYTES } from "./add-uploaded-file";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "e2e", "fixtures", name)));

describe("addUploadedFile", () => {
  it("extracts a saved web page and names the outlet from the page", async () => {
    const result = await addUploadedFile({ fileName: "readout.html", bytes: fixture("readout-style.html") });
    expect(result.status).toBe("created");
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: result.articleId }, include: { outlet: true } });
    expect(stored.outlet.name).toBe("Department Press Office");
    expect(stored.sourceKind).toBe("html");
    expect(stored.text).toContain("on the margins of the G7");
    expect(stored.text).not.toContain("Sign up for updates");
  });

  it("refuses a saved sign-in page with the reason, storing nothing", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(process.cwd(), "lib", "ingest", "extract", "fixtures", "sign-in-page.html")));
    const before = await (await db()).article.count();
    await expect(addUploadedFile({ fileName: "harbour-fees.html", bytes })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/^No article found: the page asks the reader to sign in or subscribe .*paste its text instead\.$/),
    });
    expect(await (await db()).article.count()).toBe(before);
  });

  it("cleans a text file like pasted text, and needs the outlet for it", async () => {
    const text = new TextEncoder().encode("Home\nWorld\n\nThe ministers met in Rome on Friday and agreed on a ceasefire plan.\n\nTags: Italy");
    await expect(addUploadedFile({ fileName: "note.txt", bytes: text })).rejects.toThrow(/outlet/);
    const result = await addUploadedFile({ fileName: "note.txt", bytes: text, outlet: "Roma Daily" });
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(stored.text).toBe("The ministers met in Rome on Friday and agreed on a ceasefire plan.");
  });

  it("reads a text file saved in Latin-1 / windows-1252 with its letters, and keeps the title the analyst gives", async () => {
    const latin1 = new Uint8Array(Buffer.from("Caf\xe9 owners in M\xfcnchen said on Friday that the council\x92s na\xefve parking plan would fail.", "latin1"));
    const result = await addUploadedFile({ fileName: "cafe.txt", bytes: latin1, outlet: "Munich Daily", title: "Café owners doubt the plan" });
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(stored.text).toBe("Café owners in München said on Friday that the council’s naïve parking plan would fail.");
    expect(stored.title).toBe("Café owners doubt the plan");
  });

  it("stores a Markdown file from a web clipper as the text it shows, its headline as the title", async () => {
    const markdown = readFileSync(path.join(process.cwd(), "lib", "ingest", "clean", "fixtures", "clipped-markdown.md"));
    const result = await addUploadedFile({ fileName: "ferry-terminal.md", bytes: new Uint8Array(markdown), outlet: "Harbour Times" });
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(stored.title).toBe("Harbour board delays ferry terminal by a year");
    expect(stored.byline).toBe("Tomasz Wilk");
    expect(stored.text).toContain("The harbour board voted on Tuesday to delay the new ferry terminal at Pier 4 by a year");
    expect(stored.text).not.toMatch(/https?:|\]\(|\*\*/);
    // The page's address from the clipper's front matter, for the "source" link and the outlet's domain.
    expect(stored.url).toBe("https://harbourtimes.example/news/ferry-terminal-delay");
  });

  it("stores a text file with a stray NUL and a tool's NUL padding at its end, without the NULs", async () => {
    const story = "The port reopened on Monday after a week of storms, and the first ferries left for the islands at dawn.";
    const bytes = new Uint8Array([...new TextEncoder().encode(`${story.replace("storms,", "storms,\u0000")}\n`), ...new Uint8Array(3000)]);
    const result = await addUploadedFile({ fileName: "port.txt", bytes, outlet: "Harbour News" });
    const stored = await (await db()).article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(stored.text).toBe(story);
  });

  it.each([
    ["an empty file", new Uint8Array(), /empty/],
    ["a PDF", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"), /PDF/],
    ["binary data", new Uint8Array(4096).map((_, i) => (i * 7) % 9), /binary/],
    ["a file of zeros", new Uint8Array(4096), /binary/],
    ["a file over the limit", new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65), /MB/],
  ])("refuses %s with a clear message and stores nothing", async (_name, bytes, message) => {
    const before = await (await db()).article.count();
    await expect(addUploadedFile({ fileName: "upload.bin", bytes, outlet: "X" })).rejects.toThrow(message);
    expect(await (await db()).article.count()).toBe(before);
  });
});
