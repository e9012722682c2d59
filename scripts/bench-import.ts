/**
 * Import rate of pasted texts (`npm run bench:import [-- --articles 3000]`):
 * N articles (real texts and paragraph-mixed variants of them, as the scale
 * script makes them; scripts/scale/) stored in a fresh, migrated database, in
 * one run:
 *   - in-process through `addPastedArticles` (validate, clean, hash, gzip,
 *     index entry; one transaction per chunk of 250), with the time split
 *     into preparing and writing;
 *   - a whole `lacuna add --jsonl` process of the same articles (prebuilt CLI,
 *     start-up and reading the file included), as a user imports;
 *   - what a user would otherwise run: one `lacuna add FILE` process per
 *     article (on the first 20, for the rate).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveArticles } from "../lib/db/article-mutations";
import { disconnectDb } from "../lib/db/client";
import type { PastedArticleInput } from "../lib/services/article-schemas";
import { preparePastedArticles } from "../lib/services/prepare-pasted-article";
import { deployMigrations } from "../prisma/migrate";
import { seededRandom } from "./datasets/seeded-random";
import { loadRealTexts } from "./scale/real-texts";
import { variants } from "./scale/variants";

const root = path.resolve(import.meta.dirname, "..");
const at = process.argv.indexOf("--articles");
const count = at >= 0 ? Number(process.argv[at + 1]) : 3_000;
const ONE_BY_ONE = 20;
const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-bench-import-"));

function lacuna(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "cli/run.mjs"), ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

function line(label: string, articles: number, ms: number, note: string): void {
  console.log(`  ${label.padEnd(58)} ${((articles * 1000) / ms).toFixed(0).padStart(5)}/s wall (${(ms / articles).toFixed(2)} ms an article${note})`);
}

const inputs: PastedArticleInput[] = [...variants(loadRealTexts(), count, seededRandom(7))].map((v) => v.input);
console.log(`Import of ${count.toLocaleString("en-US")} pasted articles (real texts and paragraph-mixed variants), fresh database each:`);
try {
  // In-process: the same steps as addPastedArticles (preparePastedArticles, then saveArticles per chunk), timed apart.
  const file = path.join(scratch, "in-process.db");
  process.env.LACUNA_DATABASE = file;
  await disconnectDb();
  await deployMigrations(file);
  let preparing = 0;
  let writing = 0;
  for (let start = 0; start < inputs.length; start += 250) {
    let t = performance.now();
    const ready = preparePastedArticles(inputs.slice(start, start + 250)).flatMap((p) => (p.ok ? [p.article] : []));
    preparing += performance.now() - t;
    t = performance.now();
    await saveArticles(ready);
    writing += performance.now() - t;
  }
  await disconnectDb();
  line("in-process (addPastedArticles' steps)", count, preparing + writing, `: preparing and indexing ${(preparing / count).toFixed(2)} ms, writing ${(writing / count).toFixed(2)} ms`);

  const jsonl = path.join(scratch, "import.jsonl");
  writeFileSync(jsonl, inputs.map((input) => JSON.stringify(input)).join("\n") + "\n");
  const env = { ...process.env, LACUNA_DATABASE: path.join(scratch, "cli.db") };
  await lacuna(["reindex"], env); // creates and migrates the database: the figures are the imports
  let t = performance.now();
  const run = await lacuna(["add", "--jsonl", jsonl], env);
  line("one `lacuna add --jsonl` process (start-up included)", count, performance.now() - t, `; ${run.stderr.trim().split("\n").at(-1)}`);

  const oneByOne = { ...env, LACUNA_DATABASE: path.join(scratch, "one-by-one.db") };
  await lacuna(["reindex"], oneByOne);
  t = performance.now();
  for (const [k, input] of inputs.slice(0, ONE_BY_ONE).entries()) {
    const text = path.join(scratch, `${k}.txt`);
    writeFileSync(text, input.text);
    await lacuna(["add", text, "--outlet", input.outlet, ...(input.title ? ["--title", input.title] : [])], oneByOne);
  }
  line(`one \`lacuna add FILE\` process per article (first ${ONE_BY_ONE})`, ONE_BY_ONE, performance.now() - t, "");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
