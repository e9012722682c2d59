import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../command";
import { UsageError } from "../command";
import { extract } from "./extract";

const fixtures = join(__dirname, "../../lib/ingest/extract/fixtures");

async function run(args: string[]): Promise<{ code: number; lines: Record<string, unknown>[] }> {
  const out: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: () => {}, interactive: false };
  const code = await extract.run(args, io);
  return { code, lines: out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("lacuna extract", () => {
  it("extracts every manifest page, reports bad lines and missing files as errors, and goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lacuna-extract-"));
    writeFileSync(join(dir, "news.html.gz"), gzipSync(readFileSync(join(fixtures, "jsonld-news.html"))));
    writeFileSync(join(dir, "portal.html"), readFileSync(join(fixtures, "portal-chrome.html")));
    writeFileSync(
      join(dir, "pages.jsonl"),
      [
        JSON.stringify({ id: "n1", file: "news.html.gz", url: "https://harbourtimes.example/a" }),
        JSON.stringify({ id: "gone", file: "missing.html" }),
        "{broken",
        JSON.stringify({ id: "p1", file: "portal.html", url: "https://metrowire.example/b" }),
      ].join("\n"),
    );
    const { code, lines } = await run(["--manifest", join(dir, "pages.jsonl")]);
    expect(lines.map((l) => l.id)).toEqual(["n1", "gone", "line 3", "p1"]);
    expect(lines[0]).toMatchObject({ url: "https://harbourtimes.example/a", byline: "Ines Duarte, Tomasz Wilk", publishedAt: "2023-11-08T07:42:00+01:00", lang: "en-GB" });
    expect(String(lines[0]!.text)).toMatch(/^Fisheries ministers/);
    expect(lines[1]!.error).toMatch(/cannot read .*missing\.html/);
    expect(lines[2]!.error).toMatch(/not JSON/);
    expect(lines[3]).toMatchObject({ title: "Flood barriers hold as river peaks in Riverton", siteName: "Metro Wire Portal" });
    expect(code).toBe(1);
  });

  it("reads a manifest saved as UTF-16 (Windows PowerShell's `>` and Out-File)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lacuna-extract-"));
    writeFileSync(join(dir, "portal.html"), readFileSync(join(fixtures, "portal-chrome.html")));
    const manifest = JSON.stringify({ id: "p1", file: "portal.html", url: "https://metrowire.example/b" }) + "\r\n";
    writeFileSync(join(dir, "pages.jsonl"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(manifest, "utf16le")]));
    const { code, lines } = await run(["--manifest", join(dir, "pages.jsonl")]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: "p1", title: "Flood barriers hold as river peaks in Riverton" });
    expect(code).toBe(0);
  });

  it("takes plain file arguments, with the path as id, and exits 0 when all succeed", async () => {
    const file = join(fixtures, "figure-quote.html");
    const { code, lines } = await run([file]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: file, title: "Inside the lab racing to save the mountain frog", byline: "Priya Raman" });
  });

  it("is a usage error without input", async () => {
    await expect(run([])).rejects.toThrow(UsageError);
  });
});
