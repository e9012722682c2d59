import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNewsSite, type NewsSite } from "../scripts/load/news-site";
import { runLacuna } from "./lacuna-process";

const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-ingest-cli-"));
const env = { LACUNA_DATABASE: path.join(scratch, "ingest.db") };
let site: NewsSite;

beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  rmSync(scratch, { recursive: true, force: true });
});

const lines = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as { url: string; state: string; error?: string; batch: string });

describe("lacuna ingest exit codes", () => {
  it("exits 0 when every link was stored or already stored", async () => {
    const origin = site.origins[0]!;
    const { code, stdout, stderr } = await runLacuna(["ingest", `${origin}/article/1`, `${origin}/article/2`], env);
    expect(stderr).not.toMatch(/failed/);
    expect(code).toBe(0);
    expect(lines(stdout).map((l) => l.state)).toEqual(["done", "done"]);
    const again = await runLacuna(["ingest", `${origin}/article/1`], env);
    expect(again.code).toBe(0);
    expect(lines(again.stdout).map((l) => l.state)).toEqual(["duplicate"]);
  }, 240_000);

  it("exits 1 when a link failed, still storing the others and saying why", async () => {
    const origin = site.origins[0]!;
    const { code, stdout, stderr } = await runLacuna(["ingest", `${origin}/article/3`, `${origin}/missing/1`, `${origin}/file/1.pdf`], env);
    expect(code).toBe(1);
    const result = lines(stdout);
    expect(result.map((l) => l.state)).toEqual(["done", "failed", "failed"]);
    expect(result[1]!.error).toMatch(/404/);
    expect(result[2]!.error).toMatch(/PDF/);
    expect(stderr).toContain("2 of 3 link(s) failed");
  }, 240_000);

  it("exits 1 when a line could not be read as a fetchable link", async () => {
    const { code, stderr } = await runLacuna(["ingest", `${site.origins[0]}/article/1`, "ftp://files.example.com/story.txt"], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/skipped ftp:/);
  }, 240_000);

  it("reports each line of a links file that is not a link, with its number and text, in its place, stores the rest and exits 1", async () => {
    const origin = site.origins[0]!;
    const file = path.join(scratch, "links-with-typos.txt");
    writeFileSync(file, [`${origin}/article/400`, "htp:/x", "", "just words", `${origin}/article/401`, "ftp://files.example/a.txt"].join("\n") + "\n");
    const { code, stdout, stderr } = await runLacuna(["ingest", "--file", file], env);
    expect(code).toBe(1);
    const results = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results.map(({ line, url, input, state }) => ({ line, url, input, state }))).toEqual([
      { line: 1, url: `${origin}/article/400`, input: undefined, state: "done" },
      { line: 2, url: undefined, input: "htp:/x", state: "failed" },
      { line: 4, url: undefined, input: "just words", state: "failed" },
      { line: 5, url: `${origin}/article/401`, input: undefined, state: "done" },
      { line: 6, url: undefined, input: "ftp://files.example/a.txt", state: "failed" },
    ]);
    expect(results[1]!.error).toBe("Line 2 is not a link: give one http:// or https:// address per line.");
    expect(stderr).toContain(`3 line(s) of ${file} gave no link Lacuna can fetch`);
    // A file with no link at all still says which lines were wrong.
    const none = path.join(scratch, "no-links.txt");
    writeFileSync(none, "notes for Tuesday\n");
    const empty = await runLacuna(["ingest", "--file", none], env);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toEqual({ line: 1, input: "notes for Tuesday", state: "failed", error: "Line 1 is not a link: give one http:// or https:// address per line." });
    expect(empty.stderr).toContain("No link Lacuna can fetch.");
  }, 240_000);

  it("reports an argument that is not a link instead of passing over it", async () => {
    const { code, stdout, stderr } = await runLacuna(["ingest", `${site.origins[0]}/article/402`, "htp:/x"], env);
    expect(code).toBe(1);
    expect(lines(stdout).map((l) => l.state)).toEqual(["done"]);
    expect(stderr).toContain("skipped htp:/x: not a link");
  }, 240_000);

  it("takes more than 50 links, queued in batches of 50, and reports each in input order", async () => {
    const origin = site.origins[0]!;
    const file = path.join(scratch, "links.txt");
    const urls = Array.from({ length: 61 }, (_, i) => `${origin}/article/${100 + i}`);
    writeFileSync(file, urls.join("\n"));
    const { code, stdout, stderr } = await runLacuna(["ingest", "--file", file], env);
    expect(stderr).toMatch(/batches \S+ \S+ /);
    expect(code).toBe(0);
    const result = lines(stdout);
    expect(result.map((l) => l.url)).toEqual(urls);
    expect(new Set(result.map((l) => l.batch)).size).toBe(2);
    expect(result.every((l) => l.state === "done")).toBe(true);
    // The activity log counts the links sent, not the batches they were queued in.
    const db = new Database(env.LACUNA_DATABASE, { readonly: true });
    try {
      const sent = db.prepare(`SELECT "text" FROM "Activity" WHERE "action" = 'links.queued' ORDER BY "at" DESC, "id" DESC LIMIT 1`).get();
      expect(sent).toEqual({ text: "sent 61 links to be fetched" });
    } finally {
      db.close();
    }
  }, 300_000);

  it("gives a link repeated in the file a line of its own, in its place, naming the line it repeats; fetched once, exit 0, each article added logged by name", async () => {
    const origin = site.origins[0]!;
    const file = path.join(scratch, "links-repeated.txt");
    // The tester's batch: the wire story given twice (the second time with a fragment), and an argument repeated in the file.
    writeFileSync(file, [`${origin}/article/500`, `${origin}/article/501`, `${origin}/article/500#top`, `${origin}/article/502`].join("\n") + "\n");
    const { code, stdout } = await runLacuna(["ingest", `${origin}/article/502`, "--file", file], env);
    expect(code).toBe(0);
    const results = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(results.map(({ line, url, state, repeatOf }) => ({ line, url, state, repeatOf }))).toEqual([
      { line: undefined, url: `${origin}/article/502`, state: "done", repeatOf: undefined },
      { line: 1, url: `${origin}/article/500`, state: "done", repeatOf: undefined },
      { line: 2, url: `${origin}/article/501`, state: "done", repeatOf: undefined },
      { line: 3, url: `${origin}/article/500`, state: "repeated", repeatOf: 1 },
      { line: 4, url: `${origin}/article/502`, state: "repeated", repeatOf: undefined },
    ]);
    expect(results[3]!.note).toBe("duplicate of line 1: already in this batch, fetched once");
    expect(results[4]!.note).toBe("also given as an argument: fetched once");
    const db = new Database(env.LACUNA_DATABASE, { readonly: true });
    try {
      const sent = db.prepare(`SELECT "text" FROM "Activity" WHERE "action" = 'links.queued' ORDER BY "at" DESC, "id" DESC LIMIT 1`).get();
      expect(sent).toEqual({ text: "sent 3 links to be fetched (and 2 given twice, fetched once)" });
      // One entry for each article the links added, naming it, under the command line's name.
      const added = db.prepare(`SELECT "actor", "text", "subjectId" FROM "Activity" WHERE "action" = 'article.added' AND "text" LIKE '%from a link' ORDER BY "at" DESC, "id" DESC LIMIT 3`).all() as Array<{ actor: string; text: string; subjectId: string }>;
      expect(added).toHaveLength(3);
      expect(added.every((a) => a.actor.endsWith("command line)") || a.actor === "command line")).toBe(true);
      expect(added.every((a) => /^added the article “.+” \(.+\) from a link$/.test(a.text))).toBe(true);
      expect(new Set(added.map((a) => a.subjectId))).toEqual(new Set(results.filter((r) => r.state === "done").map((r) => r.articleId)));
    } finally {
      db.close();
    }
  }, 240_000);

  it("reads a links file saved as UTF-16 with Windows line ends, as Windows PowerShell's `>` writes it", async () => {
    const origin = site.origins[0]!;
    const urls = [`${origin}/article/300`, `${origin}/article/301`];
    const file = path.join(scratch, "links-utf16.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(urls.join("\r\n") + "\r\n", "utf16le")]));
    const { code, stdout, stderr } = await runLacuna(["ingest", "--file", file], env);
    expect(stderr).not.toMatch(/skipped/);
    expect(code).toBe(0);
    expect(lines(stdout).map((l) => [l.url, l.state])).toEqual(urls.map((url) => [url, "done"]));
  }, 240_000);
});
