import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIO } from "../command";
import { runComparePairs } from "./compare-pairs";

const dir = mkdtempSync(path.join(tmpdir(), "lacuna-pairs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), interactive: false };
}

function writeLines(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

const SAID = "Health Minister Lena Berg said on Friday that 40 new clinics would open in the north by 2027.";
const REWORDED = "By 2027, 40 new clinics will open in the north, Health Minister Lena Berg announced on Friday.";
const OTHER = "A ferry carrying 300 passengers ran aground off the coast of Crete on Sunday.";

interface Row {
  id: string | number | null;
  same?: boolean;
  kind?: string | null;
  score?: number;
  line?: number;
  error?: string;
}

describe("lacuna compare --pairs", () => {
  it("prints one verdict per pair, in input order, keeping each id as given", async () => {
    const file = writeLines("pairs.jsonl", [
      JSON.stringify({ id: "same", a: SAID, b: REWORDED }),
      JSON.stringify({ id: 2, a: SAID, b: OTHER }),
      JSON.stringify({ id: "copy", a: SAID, b: SAID.toUpperCase() }),
    ]);
    const io = capture();
    expect(await runComparePairs(file, io)).toBe(0);
    const rows = io.lines.map((l) => JSON.parse(l) as Row);
    expect(rows.map((r) => r.id)).toEqual(["same", 2, "copy"]);
    expect(rows[0]).toMatchObject({ same: true });
    expect(rows[1]).toMatchObject({ same: false, kind: null });
    expect(rows[2]).toMatchObject({ same: true, kind: "identical", score: 1 });
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(["id", "kind", "same", "score"]);
    expect(io.errors).toEqual([]);
  });

  it("reads pairs saved as UTF-16 with a byte-order mark (Windows PowerShell's `>`), as the same pairs in UTF-8", async () => {
    const lines = [JSON.stringify({ id: "café", a: SAID, b: REWORDED }), JSON.stringify({ id: 2, a: SAID, b: OTHER })];
    const file = path.join(dir, "pairs-utf16.jsonl");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join("\r\n") + "\r\n", "utf16le")]));
    const utf16 = capture();
    expect(await runComparePairs(file, utf16)).toBe(0);
    const utf8 = capture();
    expect(await runComparePairs(writeLines("pairs-utf8.jsonl", lines), utf8)).toBe(0);
    expect(utf16.lines).toEqual(utf8.lines);
    expect(utf16.lines.map((l) => (JSON.parse(l) as Row).id)).toEqual(["café", 2]);
  });

  it("reports malformed lines with their line number and still scores the rest", async () => {
    const file = writeLines("broken.jsonl", [
      JSON.stringify({ id: "ok-1", a: SAID, b: REWORDED }),
      "{not json",
      JSON.stringify({ id: "no-b", a: SAID }),
      "",
      JSON.stringify({ id: "ok-2", a: SAID, b: OTHER }),
    ]);
    const io = capture();
    expect(await runComparePairs(file, io)).toBe(1);
    const rows = io.lines.map((l) => JSON.parse(l) as Row);
    expect(rows.map((r) => r.id)).toEqual(["ok-1", null, "no-b", "ok-2"]);
    expect(rows[1]).toMatchObject({ line: 2 });
    expect(rows[1]!.error).toMatch(/JSON/);
    expect(rows[2]).toMatchObject({ line: 3 });
    expect(rows[2]!.error).toMatch(/\bb\b/);
    expect(rows[3]).toMatchObject({ same: false });
    expect(io.errors.join("\n")).toMatch(/2 of 4 lines/);
  });

  it("streams a batch of thousands of pairs in one run", async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ id: i, a: `${SAID} Item ${i}.`, b: i % 2 ? REWORDED : OTHER }));
    const io = capture();
    expect(await runComparePairs(writeLines("many.jsonl", lines), io)).toBe(0);
    expect(io.lines).toHaveLength(3000);
    const rows = io.lines.map((l) => JSON.parse(l) as Row);
    expect(rows[2999]!.id).toBe(2999);
    expect(rows.filter((r) => r.same).length).toBe(1500);
  });

  it("fails with a clear message when the file does not exist", async () => {
    await expect(runComparePairs(path.join(dir, "missing.jsonl"), capture())).rejects.toThrow(/missing\.jsonl/);
  });
});
