import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UsageError, type CliIO } from "../command";
import { SYNTHETIC_EVENTS } from "../../lib/group/fixtures/synthetic-events";
import { group } from "./group";

const dir = mkdtempSync(path.join(tmpdir(), "lacuna-group-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const events = SYNTHETIC_EVENTS.filter((d) => d.event === "strike" || d.event === "volcano");
for (const doc of events) writeFileSync(path.join(dir, `${doc.id}.txt`), `${doc.title}\n\n${doc.text}\n`);

function capture(): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), interactive: false };
}

function storiesOf(lines: string[]): Map<string, string> {
  return new Map(lines.map((l) => JSON.parse(l) as { id: string; story: string }).map((r) => [r.id, r.story]));
}

describe("lacuna group", () => {
  it("groups plain files, using each path as its id", async () => {
    const io = capture();
    const files = events.map((d) => path.join(dir, `${d.id}.txt`));
    expect(await group.run(files, io)).toBe(0);
    const stories = storiesOf(io.lines);
    expect([...stories.keys()]).toEqual(files);
    const story = (id: string) => stories.get(path.join(dir, `${id}.txt`));
    expect(story("strike-wire")).toBe(story("strike-daily"));
    expect(story("volcano-wire")).toBe(story("volcano-science"));
    expect(story("strike-wire")).not.toBe(story("volcano-wire"));
  });

  it("reads a manifest with ids, relative paths and dates", async () => {
    const manifest = path.join(dir, "manifest.jsonl");
    writeFileSync(manifest, events.map((d) => JSON.stringify({ id: d.id, file: `${d.id}.txt`, date: d.publishedAt })).join("\n") + "\n");
    const io = capture();
    expect(await group.run(["--manifest", manifest], io)).toBe(0);
    const stories = storiesOf(io.lines);
    expect(stories.get("strike-wire")).toBe(stories.get("strike-business"));
    expect(stories.get("volcano-daily")).not.toBe(stories.get("strike-daily"));
    expect(io.errors).toEqual([]);
  });

  it("reads a manifest and text files saved as UTF-16 (Windows PowerShell's `>` and Out-File) like UTF-8 ones", async () => {
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    for (const d of events) writeFileSync(path.join(dir, `${d.id}.utf16.txt`), utf16(`${d.title}\n\n${d.text}\n`));
    const manifest = path.join(dir, "manifest-utf16.jsonl");
    writeFileSync(manifest, utf16(events.map((d) => JSON.stringify({ id: d.id, file: `${d.id}.utf16.txt`, date: d.publishedAt })).join("\r\n") + "\r\n"));
    const io = capture();
    expect(await group.run(["--manifest", manifest], io)).toBe(0);
    const stories = storiesOf(io.lines);
    expect([...stories.keys()]).toEqual(events.map((d) => d.id));
    expect(stories.get("strike-wire")).toBe(stories.get("strike-business"));
    expect(stories.get("volcano-daily")).not.toBe(stories.get("strike-daily"));
    expect(io.errors).toEqual([]);
  });

  it("reports a missing file and a bad manifest line, and still groups the rest", async () => {
    const manifest = path.join(dir, "broken.jsonl");
    writeFileSync(
      manifest,
      [
        JSON.stringify({ id: "a", file: "strike-wire.txt" }),
        JSON.stringify({ id: "gone", file: "no-such-article.txt" }),
        "{not json",
        JSON.stringify({ id: "", file: "strike-daily.txt" }),
        JSON.stringify({ id: "b", file: "strike-daily.txt" }),
      ].join("\n"),
    );
    const io = capture();
    expect(await group.run(["--manifest", manifest], io)).toBe(1);
    expect([...storiesOf(io.lines).keys()]).toEqual(["a", "b"]);
    expect(io.errors.some((e) => e.includes("no-such-article.txt") && e.includes("no such file"))).toBe(true);
    expect(io.errors.some((e) => e.includes("broken.jsonl:3") && e.includes("not a JSON"))).toBe(true);
    expect(io.errors.some((e) => e.includes("broken.jsonl:4") && e.includes("id"))).toBe(true);
  });

  it("is a usage error with no input", async () => {
    await expect(group.run([], capture())).rejects.toBeInstanceOf(UsageError);
  });
});
