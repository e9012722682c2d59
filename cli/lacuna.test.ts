import { execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { CLIMATE_LAW_AGENCY, CLIMATE_LAW_REWRITE } from "../lib/compare/fixtures/german-climate-law";
import type { ComparableDocument, Comparison } from "../lib/types/comparison";
import { seededRandom } from "../scripts/datasets/seeded-random";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI as a user does (tsx, the same entry point as `npm run -s lacuna --`), on its own database file. */
function lacuna(...args: string[]) {
  return run("npx", ["tsx", "--conditions=react-server", "cli/lacuna.ts", ...args], {
    cwd: root,
    env: { ...process.env, LACUNA_DATABASE: path.join(scratch, "cli.db") },
    maxBuffer: 20 * 1024 * 1024,
  });
}

describe("lacuna compare (the seed story from the terminal)", () => {
  it("prints only the documented JSON, with the seed facts", async () => {
    const { stdout } = await lacuna("compare", "demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt", "--format", "json");
    const comparison = JSON.parse(stdout) as Comparison;
    const nhk = comparison.alignments.find((al) => al.a.some((p) => p.text.includes("across the Taiwan Strait")));
    expect(nhk?.b.map((p) => p.text).join(" ")).toContain("the NHK stated");
    expect(nhk?.diff.filter(([op]) => op === -1).map(([, t]) => t).join(" ")).toContain("World in its report");
    expect(comparison.onlyA.map((p) => p.text)).toContain("Surprisingly, in the US version of the meeting's readout, there was no mention of China in the State Department press release.");
    expect(comparison.onlyB.some((p) => p.text.startsWith("Gen. Mark Milley") && p.text.includes("Gen. Won In-Choul"))).toBe(true);
    const terms = comparison.omissions.filter((o) => o.kind === "entity").map((o) => `${o.term}:${o.missingFrom}`);
    expect(terms).toEqual(expect.arrayContaining(["Kishi:a", "Austin:a"]));
    expect(comparison.omissions.some((o) => o.kind === "entity" && /Suga/.test(o.term ?? "") && o.missingFrom === "b")).toBe(true);
  }, 60_000);

  it("prints the same JSON for --json as for --format json (the spelling other CLIs use)", async () => {
    const files = ["demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt"];
    const [alias, spelled] = await Promise.all([lacuna("compare", ...files, "--json"), lacuna("compare", ...files, "--format", "json")]);
    expect((JSON.parse(alias.stdout) as Comparison).alignments.length).toBeGreaterThan(0);
    expect(alias.stdout).toBe(spelled.stdout);
  }, 60_000);

  it("says in its text output that German articles are compared without names, and leaves a third language out of a story", async () => {
    const bodies = (doc: ComparableDocument) => doc.blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n\n");
    const [agency, rewrite] = ["tagesblatt.txt", "morgenpost.txt"].map((name) => path.join(scratch, name));
    writeFileSync(agency!, bodies(CLIMATE_LAW_AGENCY));
    writeFileSync(rewrite!, bodies(CLIMATE_LAW_REWRITE));
    const pair = await lacuna("compare", agency!, rewrite!);
    expect(pair.stdout).toContain("Note: Both articles are in German. Lacuna reads names in English text only");
    expect(pair.stdout).toContain("Umweltverbände wie Greenpeace");
    const story = await lacuna("compare", "demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt", agency!);
    expect(story.stdout).toContain("tagesblatt (German) is not in the story's language (English)");
    expect(story.stdout).toMatch(/^ {2}\d+ \d+ n\/a +China$/m);
    // Two reports compared, not three: the sentence for two points to their comparison.
    expect(story.stdout).toContain("With two independent reports, nothing is carried by a majority");
  }, 60_000);

  it("numbers the items of its text output as the compare page and the reports do, and gives no figure across languages", async () => {
    const { stdout } = await lacuna("compare", "demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt");
    // What B leaves out comes first, numbered from 1; what A leaves out runs on from there.
    const headings = [...stdout.matchAll(/^What .* \((\d+) items?, most important first\):\n {2}(\d+)\./gm)];
    expect(headings.map((h) => Number(h[2]))).toEqual([1, Number(headings[0]![1]) + 1]);
    const agency = path.join(scratch, "tagesblatt-alone.txt");
    writeFileSync(agency, CLIMATE_LAW_AGENCY.blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n\n"));
    const across = await lacuna("compare", "demo/ani-blinken-motegi.txt", agency);
    expect(across.stdout).toContain("Similarity not compared (other language) ·");
    expect(across.stdout).not.toMatch(/Similarity \d+%/);
  }, 60_000);

  it("says what is wrong with bad arguments, with exit code 2", async () => {
    await expect(lacuna("compare", "only-one.txt")).rejects.toMatchObject({ code: 2 });
    await expect(lacuna("nonsense")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command") });
    await expect(lacuna("help", "nonsense")).rejects.toMatchObject({ code: 2, stdout: expect.stringContaining("Commands:"), stderr: expect.stringContaining('unknown command "nonsense"') });
  }, 60_000);

  it("answers `lacuna help help` with help's own usage, not an unknown command", async () => {
    const help = await lacuna("help", "help");
    expect(help.stdout).toContain("Usage: lacuna help [command]");
    expect(help.stderr).toBe("");
  }, 60_000);

  it("reports a missing file or binary input as an error without a stack trace", async () => {
    const junk = path.join(scratch, "junk.txt");
    writeFileSync(junk, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0, 7]));
    const missing = await lacuna("compare", "demo/ani-blinken-motegi.txt", "no-such-file.txt").catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("no such file") });
    const binary = await lacuna("compare", "demo/ani-blinken-motegi.txt", junk).catch((e: { code: number; stderr: string }) => e);
    expect(binary).toMatchObject({ code: 1, stderr: expect.stringContaining("binary") });
  }, 60_000);

  it("adds an article to the database once, reports the duplicate the second time, and stores another outlet's reprint as a copy", async () => {
    const first = await lacuna("add", "demo/second-report-blinken-motegi.txt", "--outlet", "Republic World");
    expect(JSON.parse(first.stdout)).toMatchObject({ status: "created" });
    const again = await lacuna("add", "demo/second-report-blinken-motegi.txt", "--outlet", "Republic World");
    expect(JSON.parse(again.stdout)).toMatchObject({ status: "duplicate", articleId: JSON.parse(first.stdout).articleId });
    const reprint = await lacuna("add", "demo/second-report-blinken-motegi.txt", "--outlet", "Another outlet");
    expect(JSON.parse(reprint.stdout)).toMatchObject({ status: "created", copyOf: { articleId: JSON.parse(first.stdout).articleId, outlet: "Republic World" } });
  }, 90_000);
});

/** The CLI as `npm run lacuna` runs it: the prebuilt bundle (rebuilt first when a source is newer). */
function prebuilt(...args: string[]) {
  return prebuiltOn("prebuilt.db", ...args);
}

function prebuiltOn(database: string, ...args: string[]) {
  // One process (cli/run.mjs imports the bundle), so the timeout stops all of it.
  return run(process.execPath, ["cli/run.mjs", ...args], {
    cwd: root,
    env: { ...process.env, LACUNA_DATABASE: path.join(scratch, database) },
    maxBuffer: 20 * 1024 * 1024,
    timeout: 90_000,
  });
}

/** `count` words drawn from `pool` by a seeded generator, joined by spaces. */
function wordSalad(count: number, pool: readonly string[]): string {
  const random = seededRandom(1);
  return Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]).join(" ");
}

/**
 * A pasted page can be anything. The omission pass reads attribution, names,
 * unnamed sources and quotations with many regular expressions; on 20,000-word
 * paragraphs of the very words those rules look for, with no sentence end, a
 * backtracking expression or an unbounded look-back would turn seconds into
 * hours and hold the server.
 */
const HOSTILE_PARAGRAPHS = [
  wordSalad(20_000, ["Mr.", "John", "Smith", "of", "the", "State", "Department", "said", "told", "according", "to", "he", "she", ","]),
  wordSalad(20_000, ["“", '"', "”", "said", "he", "Blinken", "China", "—", ",", "«"]),
  wordSalad(20_000, ["a", "the", "senior", "two", "officials", "familiar", "with", "close", "to", "people", "for", "at", "was", "Sen", "’", "-", "spokesman", "briefed", "on"]),
  wordSalad(20_000, ["John", "Smith", "State", "Department", "Of", "New", "York", "U.S.", "(R-Calif.)", "Jr.", "III", "&", "O’Neil"]),
  wordSalad(20_000, ["(photo", "credit:", "Photo:", "(AP", "$5.7", "billion", "1,000", "12:00", "p.m.", "percent", "about", "(", "©"]),
];

describe("the prebuilt CLI", () => {
  it("adds a saved page as the app's upload does, reads a Latin-1 text file as such, and refuses a PDF with a message", async () => {
    const page = path.join(scratch, "council.html");
    const body = "<p>The council\x92s vote on Tuesday delayed the harbour plan by a year, officials said after a long debate about costs.</p><p>Residents asked for more time to study the plans before any building starts next spring.</p>";
    writeFileSync(page, Buffer.from(`<!doctype html><html><head><meta charset="windows-1252"><title>Council delays plan</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Council delays plan</h1>${body}</article></body></html>`, "latin1"));
    const latin1 = path.join(scratch, "cafe.txt");
    writeFileSync(latin1, Buffer.from("Caf\xe9 owners in M\xfcnchen said on Tuesday that the na\xefve parking plan would fail within a year.", "latin1"));
    const pdf = path.join(scratch, "report.pdf");
    writeFileSync(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");

    const fromPage = JSON.parse((await prebuiltOn("files.db", "add", page, "--outlet", "Harbour Gazette")).stdout) as { articleId: string };
    const fromText = JSON.parse((await prebuiltOn("files.db", "add", latin1, "--outlet", "Munich Daily")).stdout) as { articleId: string };
    const refused = await prebuiltOn("files.db", "add", pdf, "--outlet", "Anyone").catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining("report.pdf is a PDF") });
    // A whole line: the shell prompt or the next command's output starts on a line of its own.
    expect((refused as { stderr: string }).stderr).toMatch(/paste it instead\.\n$/);

    const db = new Database(path.join(scratch, "files.db"), { readonly: true });
    try {
      const read = db.prepare('SELECT "title", "text" FROM "Article" WHERE "id" = ?');
      const stored = read.get(fromPage.articleId) as { title: string; text: string };
      // The article, not the page's markup or menu; the page's windows-1252 apostrophe read as one.
      expect(stored.title).toBe("Council delays plan");
      expect(stored.text).toContain("The council’s vote on Tuesday");
      expect(stored.text).not.toMatch(/<p>|World/);
      expect((read.get(fromText.articleId) as { text: string }).text).toContain("Café owners in München said on Tuesday that the naïve parking plan");
      // The team's activity log says who added what from the command line; the refused PDF added nothing.
      const log = db.prepare('SELECT "actor", "action", "subjectId", "text" FROM "Activity" ORDER BY "at", "id"').all() as Array<{ actor: string; action: string; subjectId: string; text: string }>;
      expect(log.map((e) => [e.action, e.subjectId, e.text])).toEqual([
        ["article.added", fromPage.articleId, "added an article from the file “council.html” (Harbour Gazette)"],
        ["article.added", fromText.articleId, "added an article from the file “cafe.txt” (Munich Daily)"],
      ]);
      expect(log[0]!.actor).toMatch(/\(command line\)$|^command line$/);
    } finally {
      db.close();
    }
  }, 90_000);

  it("writes a report of two files into a folder, and says what is wrong with the folder or the options first", async () => {
    const files = ["demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt"];
    const missing = path.join(scratch, "no-such-folder");
    await expect(prebuilt("report", ...files, "--format", "md", "--out-dir", missing)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining(`--out-dir ${missing}: no such folder.`) });
    await expect(prebuilt("report", ...files, "--format", "md", "--out", path.join(scratch, "r.md"), "--out-dir", scratch)).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("not both") });
    await expect(prebuilt("report", ...files, "--format", "md", "--out", path.join(missing, "r.md"))).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("its folder does not exist") });
    const written = (await prebuilt("report", ...files, "--format", "md", "--out-dir", scratch)).stdout.trim();
    expect(path.dirname(written)).toBe(scratch);
    expect(readFileSync(written, "utf8")).toContain("no mention of China in the State Department press release");
    // A CSV file opens in Excel as UTF-8 (its byte-order mark); printed to a pipe, it starts with the header.
    const csvFile = (await prebuilt("report", ...files, "--format", "csv", "--out-dir", scratch)).stdout.trim();
    expect([...readFileSync(csvFile).subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, "r".charCodeAt(0)]);
    expect((await prebuilt("report", ...files, "--format", "csv")).stdout).toMatch(/^row_type,/);
  }, 90_000);

  it("refuses an option value it cannot use as a usage error (exit code 2), naming the option and what it takes, and stores nothing", async () => {
    const text = "demo/ani-blinken-motegi.txt";
    const files = [text, "demo/second-report-blinken-motegi.txt"];
    const refused = (...args: string[]) => prebuiltOn("values.db", ...args).catch((e: { code: number; stdout: string; stderr: string }) => e);
    const stored = JSON.parse((await prebuiltOn("values.db", "add", files[1]!, "--outlet", "Republic World")).stdout) as { articleId: string };
    const page = path.join(scratch, "saved-page.html");
    writeFileSync(page, "<!doctype html><html><head><title>Talks</title></head><body><article><p>The ministers met on Tuesday and agreed to meet again, officials said after the talks.</p></article></body></html>");
    const cases: Array<[string[], string]> = [
      [["add", text, "--outlet", "ANI", "--date", "yesterday"], '--date "yesterday": The date is not a date Lacuna can read; use YYYY-MM-DD.'],
      [["add", text, "--outlet", "ANI", "--date", "2021-02-30"], '--date "2021-02-30": That day does not exist'],
      [["add", text, "--outlet", "ANI", "--url", "htp:/x"], '--url "htp:/x": The URL must start with http:// or https://.'],
      [["add", text, "--outlet", "  "], "--outlet is required for a text file"],
      [["add", page, "--date", "2021-05-04"], "A saved page keeps its own title, address and date: give no --date with it."],
      [["compare", ...files, "--format", "yaml"], 'Unknown --format "yaml": use text or json.'],
      [["compare", "--pairs", text, "--format", "csv"], 'Unknown --format "csv": use text or json.'],
      [["report", ...files, "--format", "docx"], 'Unknown --format "docx": use md, html, pdf, json or csv.'],
      [["find", "talks", "--format", "xml"], 'Unknown --format "xml": use text or json.'],
      [["passages", stored.articleId, "--format", "table"], 'Unknown --format "table": use text or json.'],
    ];
    for (const [args, message] of cases) {
      const result = await refused(...args);
      expect(result, args.join(" ")).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining(message) });
      expect(result.stderr, args.join(" ")).toContain(`Usage: lacuna ${args[0]}`);
    }
    const db = new Database(path.join(scratch, "values.db"), { readonly: true });
    try {
      expect(db.prepare('SELECT "id" FROM "Article"').all()).toEqual([{ id: stored.articleId }]);
    } finally {
      db.close();
    }
  }, 180_000);

  it("prints the same comparison as the TypeScript entry point, and lists every command", async () => {
    const files = ["demo/ani-blinken-motegi.txt", "demo/second-report-blinken-motegi.txt"];
    const [fromBundle, fromSource] = await Promise.all([prebuilt("compare", ...files, "--format", "json"), lacuna("compare", ...files, "--format", "json")]);
    expect(JSON.parse(fromBundle.stdout)).toEqual(JSON.parse(fromSource.stdout));
    const help = await prebuilt("help");
    for (const name of ["add", "compare", "extract", "find", "group", "ingest", "passages", "refetch", "reindex", "report", "seed-demo"]) expect(help.stdout).toContain(`  ${name}`);
    await expect(prebuilt("constructor")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command") });
  }, 120_000);

  it("compares hostile text in seconds, either side: long paragraphs of the words the attribution, name and quotation rules look for", async () => {
    const hostile = path.join(scratch, "hostile.txt");
    writeFileSync(hostile, HOSTILE_PARAGRAPHS.join("\n\n"));
    for (const [a, b, absent] of [
      ["demo/ani-blinken-motegi.txt", hostile, "b"],
      [hostile, "demo/ani-blinken-motegi.txt", "a"],
    ] as const) {
      // The process is killed after 90 s (about 2 s here): a backtracking expression or an unbounded
      // window fails the test instead of hanging the suite.
      const { stdout } = await prebuilt("compare", a, b, "--format", "json").catch((e: Error & { killed?: boolean }) => {
        throw new Error(e.killed ? "lacuna compare did not finish within 90 s on hostile text" : e.message);
      });
      const comparison = JSON.parse(stdout) as Comparison;
      // Still a real analysis: the wire story's China line is what the hostile text leaves out.
      expect(comparison.omissions.some((o) => o.missingFrom === absent && o.kind === "passage" && o.text?.includes("no mention of China"))).toBe(true);
    }
  }, 200_000);

  it("finds where a text's passages are stored (lacuna passages)", async () => {
    const added = JSON.parse((await prebuilt("add", "demo/ani-blinken-motegi.txt", "--outlet", "ANI")).stdout) as { articleId: string };
    const rewrite = path.join(scratch, "rewrite.txt");
    writeFileSync(rewrite, "A regional paper ran this on Tuesday.\n\nThe ministers agreed to oppose any unilateral attempts to change the status quo in the East China and South China seas, a regional paper reported.\n");
    const found = (await prebuilt("passages", rewrite, "--format", "json")).stdout.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as { text: string; foundIn: Array<{ articleId: string }> });
    expect(found.some((p) => p.foundIn.some((s) => s.articleId === added.articleId))).toBe(true);
    expect(found.some((p) => p.text.startsWith("A regional paper"))).toBe(false);
    const byId = await prebuilt("passages", added.articleId);
    expect(byId.stdout).toBe("No stored article carries these passages.\n");
  }, 120_000);

  it("finds stored articles by the starts of words of their title or outlet (lacuna find)", async () => {
    const added = JSON.parse((await prebuilt("add", "demo/second-report-blinken-motegi.txt", "--outlet", "Republic World")).stdout) as { articleId: string };
    const lines = (await prebuilt("find", "republic", "--format", "json")).stdout.trim().split("\n").filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toContain(added.articleId);
    // "epublic" is inside the outlet's name and starts no word of it.
    expect((await prebuilt("find", "epublic")).stdout).toBe("No article found.\n");
    await expect(prebuilt("find", "%")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("at least one word") });
    // Accents are ignored: "securite" finds the outlet "Agence Sécurité".
    const accented = JSON.parse((await prebuilt("add", "demo/second-report-blinken-motegi.txt", "--outlet", "Agence Sécurité")).stdout) as { articleId: string };
    const ids = (await prebuilt("find", "securite", "--format", "json")).stdout.trim().split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual([accented.articleId]);
  }, 120_000);
});

describe("lacuna output into a pipe closed early", () => {
  it("stops quietly with exit code 0, as `lacuna … | head` expects, with no stack trace", async () => {
    const pairs = path.join(scratch, "many-pairs.jsonl");
    const pair = { a: "The council approved the flood barrier on Tuesday after a long debate.", b: "On Tuesday the council approved the barrier after long debate." };
    writeFileSync(pairs, Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: String(i), ...pair })).join("\n"));
    const child = spawn(process.execPath, ["cli/run.mjs", "compare", "--pairs", pairs], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader takes the first lines and goes away, as `head` does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|at /);
    expect(code).toBe(0);
  }, 90_000);
});

describe("lacuna backup", () => {
  it("copies the database while another process writes to it, the copy whole and consistent, and never overwrites a file", async () => {
    await prebuiltOn("live.db", "add", "demo/second-report-blinken-motegi.txt", "--outlet", "Republic World");
    const lines = Array.from({ length: 120 }, (_, n) =>
      JSON.stringify({ outlet: `Outlet ${n % 7}`, title: `Port talks, day ${n}`, text: `Port officials met on day ${n} of the strike and agreed to reopen ${n + 2} berths, a spokesman said.\n\nUnion leaders said talks on pay would resume next week.` }),
    );
    const file = path.join(scratch, "backup-import.jsonl");
    writeFileSync(file, lines.join("\n") + "\n");
    // An import writing in chunks while the copy is taken.
    const importing = prebuiltOn("live.db", "add", "--jsonl", file);
    const copy = path.join(scratch, "live-copy.db");
    const done = await prebuiltOn("live.db", "backup", copy);
    await importing;
    expect(done.stdout).toMatch(/^Copied .*live\.db to .*live-copy\.db: \d+ articles?, 0 stories, [\d.]+ MB\.\n$/);

    const db = new Database(copy, { readonly: true });
    try {
      expect(db.pragma("quick_check", { simple: true })).toBe("ok");
      const articles = (db.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n;
      expect(articles).toBeGreaterThanOrEqual(1);
      expect(done.stdout).toContain(`: ${articles} article`);
      // One snapshot: every article the copy holds has the index row written in its transaction.
      const unindexed = db.prepare('SELECT COUNT(*) AS n FROM "Article" a LEFT JOIN "ArticleIndex" i ON i."articleId" = a."id" WHERE i."articleId" IS NULL').get() as { n: number };
      expect(unindexed.n).toBe(0);
    } finally {
      db.close();
    }

    await expect(prebuiltOn("live.db", "backup", copy)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("already exists") });
    await expect(prebuiltOn("no-such.db", "backup", path.join(scratch, "nothing.db"))).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("There is no database") });
    await expect(prebuiltOn("live.db", "backup")).rejects.toMatchObject({ code: 2 });
  }, 180_000);
});

describe("lacuna add --jsonl (an import)", () => {
  it("stores each good line once, reports every line in order, and exits 1 when a line failed", async () => {
    const report = (n: number) =>
      [
        `Foreign ministers met in London on day ${n} of the visit and agreed to deepen security cooperation, officials said.`,
        `${n + 3} officials from both ministries attended the working sessions, which ran late into the evening.`,
        "The two sides also discussed supply chains and climate policy, according to a statement released after the talks.",
      ].join("\n\n");
    const articles = Array.from({ length: 70 }, (_, n) => JSON.stringify({ outlet: `Outlet ${n % 5}`, title: `Talks, take ${n}`, text: report(n) }));
    const lines = [
      ...articles.slice(0, 2),
      "",
      "{not json",
      JSON.stringify({ title: "No outlet", text: report(99) }),
      articles[0], // the same text and outlet again
      ...articles.slice(2),
    ];
    const file = path.join(scratch, "import.jsonl");
    // Saved with a byte-order mark and Windows line ends, as some editors do.
    writeFileSync(file, "\uFEFF" + lines.join("\r\n") + "\r\n");
    // A database of its own, created by this run: lines once went missing while a fresh database was migrated.
    const failed = await prebuiltOn("import.db", "add", "--jsonl", file).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining("73 line(s): 70 stored, 1 already stored, 2 failed.") });
    const results = failed.stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number; status: string; articleId?: string; message?: string });
    expect(results.map((r) => r.line)).toEqual([1, 2, ...Array.from({ length: 71 }, (_, k) => k + 4)]);
    expect(results[2]).toMatchObject({ line: 4, status: "failed", message: "Line 4 is not JSON." });
    expect(results[3]).toMatchObject({ line: 5, status: "failed", message: expect.stringContaining("outlet") });
    expect(results[4]).toMatchObject({ line: 6, status: "duplicate", articleId: results[0]!.articleId });
    // Importing the same file again stores nothing twice.
    const again = await prebuiltOn("import.db", "add", "--jsonl", file).catch((e: { code: number; stderr: string }) => e);
    expect(again.stderr).toContain("73 line(s): 0 stored, 71 already stored, 2 failed.");
    // One entry in the activity log for the import that stored articles; none for the rerun that stored nothing.
    const db = new Database(path.join(scratch, "import.db"), { readonly: true });
    try {
      const log = db.prepare('SELECT "action", "text" FROM "Activity"').all();
      expect(log).toEqual([{ action: "articles.imported", text: "imported 70 articles from the file “import.jsonl” (1 already stored, 2 lines failed)" }]);
    } finally {
      db.close();
    }
  }, 180_000);

  it("reads a file saved as UTF-16, as Windows PowerShell's `>` and Out-File write it, with or without a byte-order mark", async () => {
    // Over 64 KB each, so the decoding runs across the stream's chunks; accents, curly quotes and CJK included.
    const line = (n: number) =>
      JSON.stringify({
        outlet: "Café Gazette",
        title: `Ministers’ talks, day ${n}`,
        text: `The ministers met in Genève on day ${n} and agreed to deepen cooperation on trade, officials said.\n\nThe statement, issued in Japanese as 日本と米国は合意した, was translated by the ministry’s staff.`,
      });
    const text = Array.from({ length: 160 }, (_, n) => line(n)).join("\r\n") + "\r\n";
    const littleEndian = path.join(scratch, "powershell.jsonl");
    writeFileSync(littleEndian, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const bigEndian = path.join(scratch, "utf16be.jsonl");
    writeFileSync(bigEndian, Buffer.from(text, "utf16le").swap16());
    const le = await prebuiltOn("utf16.db", "add", "--jsonl", littleEndian);
    expect(le.stderr).toContain("160 line(s): 160 stored, 0 already stored, 0 failed.");
    // The same articles, decoded to the same text: all already stored.
    const be = await prebuiltOn("utf16.db", "add", "--jsonl", bigEndian);
    expect(be.stderr).toContain("160 line(s): 0 stored, 160 already stored, 0 failed.");
  }, 180_000);
});
