/**
 * `npm run scale -- [--sizes 1000,10000,100000] [--requests 15] [--port 3151] [--db data/scale.db] [--keep]`
 *
 * Builds an archive of N articles through the project's own write path
 * (lib/services/add-pasted-article: validate, clean, hash, index entry, one
 * transaction per batch) and measures, at each N:
 *   - insert rate (articles/s, whole write path and its parts) and database size;
 *   - p50 / p95 of the pages a user opens, through a production server
 *     (`next start`, run `npx next build` first): home (its article search,
 *     for a word no title has and a common one, and for a piece of a word
 *     that starts none; its story search), an article filed and
 *     unfiled (the unfiled one computes the story suggestion and the passage
 *     search), stories of 3 / 10 / 30 articles (first view and warm views), and
 *     comparisons of two ~1,000- and ~10,000-word articles; a comparison sent
 *     while unfiled-article pages are being computed; the server's peak memory;
 *   - the story suggestion and the passage search as services in this process,
 *     next to the plain way in the same run (up to 10,000 articles): the
 *     suggestion as it was (every filed article's text re-read and re-vectorised)
 *     and a plain substring scan of every stored text for each passage.
 * Then the growth ratios between sizes. Each page and service figure is
 * also given as CPU time (the server's, per request): on a shared machine
 * wall time follows the load, CPU time much less.
 *
 * The database at each size is kept (data/scale.db.<N>), so
 * `npm run scale -- --remeasure --sizes 1000,10000,100000` measures again
 * without rebuilding.
 *
 * The corpus: the real texts of ../shared/datasets (BASIL's 135 articles, the
 * article text extracted from the boilerplate-dev and aeb-dev pages) plus
 * generated paragraph-mixed variants of them (scripts/scale/variants.ts).
 * A stored story in ten holds variants of one real text (sizes 2–8); the
 * measured stories of 3 / 10 / 30 are one BASIL triplet and variants of two
 * BASIL events. Dev data: nothing here is shipped or used by tests.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { seededRandom } from "./datasets/seeded-random";
import { loadRealTexts, type RealText } from "./scale/real-texts";
import { cpuMs, startServer, peakMemoryMb, timedGet as timedGetAs, type Server } from "./scale/server";
import { ms, showSpread, spread, type Spread } from "./scale/stats";
import { variants, type Variant } from "./scale/variants";
import { deployMigrations } from "../prisma/migrate";
import { articleIndexEntry } from "../lib/corpus/article-index-entry";
import { storedBlocks } from "../lib/corpus/stored-blocks";
import { saveArticles, type NewArticle } from "../lib/db/article-mutations";
import { db, disconnectDb } from "../lib/db/client";
import { addArticlesToStory, createStory } from "../lib/db/story-mutations";
import { suggestStory } from "../lib/group/suggest-story";
import { preparePastedArticle } from "../lib/services/prepare-pasted-article";
import type { PastedArticleInput } from "../lib/services/article-schemas";
import { findReusedPassages } from "../lib/services/passage-search";
import { createAccount, generatePassword } from "../lib/services/accounts/accounts";
import { startSession } from "../lib/services/accounts/sessions";
import { findUser } from "../lib/db/users";
import { SESSION_COOKIE } from "../lib/http/session-paths";
import { suggestStoryForArticle } from "../lib/services/suggest-story";
import { segmentBlocks } from "../lib/text/segment";

const ROOT = path.resolve(import.meta.dirname, "..");

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const SIZES = option("sizes", "1000,10000,100000").split(",").map(Number);
const REQUESTS = Number(option("requests", "15"));
const PORT = Number(option("port", "3151"));
const DATABASE = path.resolve(ROOT, option("db", "data/scale.db"));
const FIXTURES = `${DATABASE}.fixtures.json`;
const BATCH = 1000;
/** The plain ways are run up to this size (they read every stored text: minutes, gigabytes beyond). */
const PLAIN_UP_TO = 10_000;

interface Fixtures {
  stories: Record<"3" | "10" | "30", string>;
  compare: Record<"1k" | "10k", [string, string]>;
  /** Stories by cluster, for filing new variants; [storyId, size, target]. */
  open: Record<string, [string, number, number]>;
  /** The real text (cluster) each filed story's articles are variants of. */
  clusterOf: Record<string, string>;
  offset: number;
}

interface BuildFigures {
  added: number;
  duplicates: number;
  /** Wall-clock seconds per phase. */
  seconds: { prepare: number; index: number; save: number; file: number };
  /** CPU seconds of this process per phase: steadier than wall time on a shared machine. */
  cpu: { prepare: number; index: number; save: number };
}

/** Runs `work`, adding its wall and CPU seconds to the phase. */
async function phase<T>(figures: BuildFigures, name: "prepare" | "index" | "save", work: () => T | Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  figures.seconds[name] += (performance.now() - wall) / 1000;
  figures.cpu[name] += (used.user + used.system) / 1e6;
  return result;
}

async function store(inputs: PastedArticleInput[], figures: BuildFigures): Promise<Array<string | null>> {
  const prepared: NewArticle[] = await phase(figures, "prepare", () => inputs.map((input) => preparePastedArticle(input)));
  await phase(figures, "index", () => {
    for (const article of prepared) {
      article.index = articleIndexEntry({ title: article.title, text: article.text, blocks: storedBlocks(article.text, JSON.stringify(article.blockRoles)), publishedAt: article.publishedAt ?? null });
    }
  });
  const results = await phase(figures, "save", () => saveArticles(prepared));
  return results.map((r) => {
    if (r.status === "created") {
      figures.added++;
      return r.articleId;
    }
    figures.duplicates++;
    return null;
  });
}

/** Two long articles by two outlets on the same run of BASIL events, about `words` words each. */
function longPair(texts: readonly RealText[], words: number): [PastedArticleInput, PastedArticleInput] {
  const basil = texts.filter((t) => t.source === "basil");
  const side = (outlet: string): PastedArticleInput => {
    const paragraphs: string[] = [];
    let count = 0;
    for (const t of basil.filter((b) => b.outlet === outlet)) {
      for (const p of t.paragraphs) {
        if (count >= words) break;
        paragraphs.push(p);
        count += p.split(/\s+/).length;
      }
    }
    return { title: `${outlet}: ${words.toLocaleString("en-US")} words of coverage`, outlet: `${outlet} (long read)`, text: paragraphs.join("\n\n"), publishedAt: basil[0]!.date ?? undefined };
  };
  return [side("The New York Times"), side("Fox News")];
}

async function createFixtures(texts: readonly RealText[], random: () => number, figures: BuildFigures): Promise<Fixtures> {
  const basil = texts.filter((t) => t.source === "basil");
  const events = [...new Set(basil.map((t) => t.cluster))];
  const triplet = basil.filter((t) => t.cluster === events[0]);
  const story3 = await store(triplet.map((t) => ({ title: t.title, outlet: t.outlet, text: t.paragraphs.join("\n\n"), publishedAt: t.date ?? undefined })), figures);
  const of = (cluster: string, n: number) => {
    const siblings = basil.filter((t) => t.cluster === cluster);
    return [...variants(siblings, n, random)].map((v) => v.input);
  };
  const story10 = await store(of(events[1]!, 10), figures);
  const story30 = await store(of(events[2]!, 30), figures);
  const [a1, b1] = longPair(texts, 1_000);
  const [a10, b10] = longPair(texts, 10_000);
  const pairs = await store([a1, b1, a10, b10], figures);
  const ids = (list: Array<string | null>) => list.filter((id): id is string => id !== null);
  return {
    stories: {
      "3": (await createStory("Scale: a story of 3 (BASIL triplet)", ids(story3))).id,
      "10": (await createStory("Scale: a story of 10", ids(story10))).id,
      "30": (await createStory("Scale: a story of 30", ids(story30))).id,
    },
    compare: { "1k": [pairs[0]!, pairs[1]!], "10k": [pairs[2]!, pairs[3]!] },
    open: {},
    clusterOf: {},
    offset: 0,
  };
}

/** About 40 % of new articles are filed, into stories of their real text's variants (sizes 2–8). */
async function fileSome(batch: Variant[], ids: Array<string | null>, fixtures: Fixtures, random: () => number, figures: BuildFigures) {
  const t = performance.now();
  const additions = new Map<string, string[]>();
  for (const [k, variant] of batch.entries()) {
    const id = ids[k];
    if (!id || random() > 0.4) continue;
    const open = fixtures.open[variant.cluster];
    if (open && open[1] < open[2]) {
      additions.set(open[0], [...(additions.get(open[0]) ?? []), id]);
      open[1]++;
    } else {
      const story = await createStory(`Coverage of ${variant.input.title?.slice(0, 80) ?? "an event"}`, [id]);
      fixtures.open[variant.cluster] = [story.id, 1, 2 + Math.floor(random() * 7)];
      fixtures.clusterOf[story.id] = variant.cluster;
    }
  }
  for (const [storyId, articleIds] of additions) await addArticlesToStory(storyId, articleIds);
  figures.seconds.file += (performance.now() - t) / 1000;
}

async function articleCount(): Promise<number> {
  return (await db()).article.count();
}

async function grow(target: number, texts: readonly RealText[], fixtures: Fixtures, random: () => number, figures: BuildFigures) {
  let have = await articleCount();
  let lastReport = Date.now();
  while (have < target) {
    const batch = [...variants(texts, Math.min(BATCH, target - have), random, fixtures.offset)];
    fixtures.offset += batch.length;
    const ids = await store(batch.map((v) => v.input), figures);
    await fileSome(batch, ids, fixtures, random, figures);
    have += ids.filter(Boolean).length;
    if (Date.now() - lastReport > 15_000) {
      const s = figures.seconds;
      console.error(`  … ${have.toLocaleString("en-US")} articles (${(figures.added / (s.prepare + s.index + s.save)).toFixed(0)}/s)`);
      lastReport = Date.now();
    }
  }
}

function databaseMb(database: string): number {
  return [database, `${database}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0) / 1024 / 1024;
}

async function sample(where: string, n: number): Promise<string[]> {
  const rows = await (await db()).$queryRawUnsafe<Array<{ id: string }>>(`SELECT "id" FROM "Article" WHERE ${where} ORDER BY RANDOM() LIMIT ${n}`);
  return rows.map((r) => r.id);
}

async function timeEach(ids: readonly string[], fn: (id: string) => Promise<unknown>): Promise<Spread> {
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const id of ids) {
    const t = performance.now();
    await fn(id);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return spread(times, (used.user + used.system) / 1000 / ids.length);
}

/** The story suggestion as it was before the index: every filed article's text read and vectorised on each call. */
async function plainSuggestion(articleId: string): Promise<string | null> {
  const client = await db();
  const [articles, stories] = await Promise.all([
    client.article.findMany({ select: { id: true, title: true, text: true, publishedAt: true, storyId: true } }),
    client.story.findMany({ select: { id: true } }),
  ]);
  const article = articles.find((a) => a.id === articleId)!;
  const asDoc = (a: (typeof articles)[number]) => ({ title: a.title, text: a.text, publishedAt: a.publishedAt?.toISOString() });
  const byStory = new Map<string, ReturnType<typeof asDoc>[]>();
  for (const a of articles) {
    if (!a.storyId || a.id === articleId) continue;
    const docs = byStory.get(a.storyId);
    if (docs) docs.push(asDoc(a));
    else byStory.set(a.storyId, [asDoc(a)]);
  }
  const candidates = stories.filter((s) => byStory.has(s.id)).map((s) => ({ storyId: s.id, docs: byStory.get(s.id)! }));
  return suggestStory(asDoc(article), candidates).storyId;
}

/** "Where else does this passage appear", the plain way: every stored text searched for each passage's text. */
async function plainPassageScan(articleId: string): Promise<number> {
  const client = await db();
  const article = await client.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true, blockRoles: true } });
  const passages = segmentBlocks(storedBlocks(article.text, article.blockRoles)).filter((p) => p.text.split(" ").length >= 5);
  const texts = await client.article.findMany({ where: { id: { not: articleId } }, select: { text: true } });
  let found = 0;
  for (const p of passages) for (const t of texts) if (t.text.includes(p.text)) found++;
  return found;
}

/**
 * How busy the shared machine was while measuring: the load average and the
 * wall time of starting an empty Node process (about 40 ms on an idle core).
 * Absolute times scale with it; ratios within one run do not.
 */
function calibration(): string {
  const samples: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    samples.push(performance.now() - t);
  }
  samples.sort((x, y) => x - y);
  return `load average ${loadavg()[0]!.toFixed(1)} on ${2} cores; an empty \`node -e 0\` took ${samples[2]!.toFixed(0)} ms`;
}

interface Measurement {
  n: number;
  machine: string;
  /** Server peak memory after the home and article pages, after the story pages, and at the end (after the comparisons). */
  memory: { articles: number; stories: number; end: number };
  build: BuildFigures | null;
  databaseMb: number;
  pages: Record<string, Spread & { kb: number; first?: number }>;
  concurrentCompare: number;
  serverPeakMb: number;
  suggestion: Spread;
  suggestionAgreement: string;
  passages: Spread;
  plainSuggestion: Spread | null;
  plainPassages: Spread | null;
  snapshotLoadMs: number;
}

/** The session cookie of a viewer account made for measuring: every page asks who is reading. */
let session = "";
const timedGet = (url: string) => timedGetAs(url, session);

async function signInViewer(): Promise<string> {
  const user = (await findUser("scale-viewer")) ?? (await createAccount({ username: "scale-viewer", password: generatePassword(), role: "viewer" }));
  return `${SESSION_COOKIE}=${(await startSession(user.id)).token}`;
}

async function pageTimes(server: Server, urls: readonly string[], warm: boolean): Promise<Spread & { kb: number; first?: number }> {
  let first: number | undefined;
  if (warm) first = (await timedGet(server.origin + urls[0])).ms;
  const results = [];
  const cpuBefore = cpuMs(server.process.pid!);
  for (let k = 0; k < REQUESTS; k++) results.push(await timedGet(server.origin + urls[k % urls.length]));
  const cpu = (cpuMs(server.process.pid!) - cpuBefore) / REQUESTS;
  const bad = results.find((r) => r.status !== 200);
  if (bad) throw new Error(`${urls[0]} answered ${bad.status}`);
  return { ...spread(results.map((r) => r.ms), cpu), kb: results.reduce((s, r) => s + r.bytes, 0) / results.length / 1024, first };
}

async function measure(n: number, fixtures: Fixtures, build: BuildFigures | null, database: string): Promise<Measurement> {
  const unfiled = await sample(`"storyId" IS NULL AND "title" NOT LIKE '%words of coverage'`, REQUESTS);
  const filed = await sample(`"storyId" IS NOT NULL`, REQUESTS);

  // Services in this process (the first call loads the frequency snapshot).
  let t = performance.now();
  await suggestStoryForArticle(unfiled[0]!);
  const snapshotLoadMs = performance.now() - t;
  const suggestionTimes = await timeEach(unfiled, (id) => suggestStoryForArticle(id));
  const passageTimes = await timeEach(unfiled, (id) => findReusedPassages(id));
  let plainSuggestionSpread: Spread | null = null;
  let plainPassagesSpread: Spread | null = null;
  let agreement = "not run";
  if (n <= PLAIN_UP_TO) {
    const few = unfiled.slice(0, 10);
    let same = 0;
    let sameEvent = 0;
    const times: number[] = [];
    const cpu = process.cpuUsage();
    const eventOf = (storyId: string | null) => (storyId === null ? "none" : (fixtures.clusterOf[storyId] ?? storyId));
    for (const id of few) {
      t = performance.now();
      const plain = await plainSuggestion(id);
      times.push(performance.now() - t);
      const indexed = (await suggestStoryForArticle(id))?.story?.id ?? null;
      if (plain === indexed) same++;
      if (eventOf(plain) === eventOf(indexed)) sameEvent++;
    }
    const used = process.cpuUsage(cpu);
    plainSuggestionSpread = spread(times, (used.user + used.system) / 1000 / few.length);
    agreement = `${same} of ${few.length}; a story of the same real text: ${sameEvent} of ${few.length}`;
    plainPassagesSpread = await timeEach(few, plainPassageScan);
  }

  session = await signInViewer();
  await disconnectDb();
  const server = await startServer(database, PORT);
  try {
    for (let k = 0; k < 3; k++) await timedGet(`${server.origin}/`);
    await timedGet(`${server.origin}/articles/${filed[0]}`);
    await timedGet(`${server.origin}/articles/${unfiled[0]}`);
    const machine = calibration();
    const pages: Measurement["pages"] = {};
    pages["home"] = await pageTimes(server, ["/"], false);
    pages["home, page 20"] = await pageTimes(server, ["/?stories=20&articles=20"], false);
    // The article search: a word no title has (the whole index walked, the worst case) and one many titles have.
    pages["home, article search"] = await pageTimes(server, ["/?q=zzqx-no-such-word", "/?q=president"], false);
    // A piece of a word many titles hold ("House") that starts none: SQL finds every such title and the
    // search reads them all, page after page, to keep none (the worst case of matching word starts).
    pages["search, inside words"] = await pageTimes(server, ["/?q=ouse"], false);
    // The home page's story search: a word no story title has (every title read) and a common one.
    pages["home, story search"] = await pageTimes(server, ["/?sq=zzqx-no-such-word", "/?sq=the"], false);
    pages["article, filed"] = await pageTimes(server, filed.map((id) => `/articles/${id}`), false);
    pages["article, unfiled"] = await pageTimes(server, unfiled.map((id) => `/articles/${id}`), false);
    const afterArticles = peakMemoryMb(server.process.pid!);
    for (const size of ["3", "10", "30"] as const) pages[`story of ${size}`] = await pageTimes(server, [`/stories/${fixtures.stories[size]}`], true);
    const afterStories = peakMemoryMb(server.process.pid!);
    for (const size of ["1k", "10k"] as const) pages[`compare ~${size} words`] = await pageTimes(server, [`/compare/${fixtures.compare[size][0]}/${fixtures.compare[size][1]}`], true);
    // A comparison asked for while four unfiled-article pages are being computed.
    const concurrent: number[] = [];
    for (let round = 0; round < 3; round++) {
      const busy = unfiled.slice(round * 4, round * 4 + 4).map((id) => timedGet(`${server.origin}/articles/${id}`));
      await new Promise((r) => setTimeout(r, 5));
      concurrent.push((await timedGet(`${server.origin}/compare/${fixtures.compare["1k"][0]}/${fixtures.compare["1k"][1]}`)).ms);
      await Promise.all(busy);
    }
    return {
      n,
      machine,
      memory: { articles: afterArticles, stories: afterStories, end: peakMemoryMb(server.process.pid!) },
      build,
      databaseMb: databaseMb(database),
      pages,
      concurrentCompare: spread(concurrent).p50,
      serverPeakMb: peakMemoryMb(server.process.pid!),
      suggestion: suggestionTimes,
      suggestionAgreement: agreement,
      passages: passageTimes,
      plainSuggestion: plainSuggestionSpread,
      plainPassages: plainPassagesSpread,
      snapshotLoadMs,
    };
  } finally {
    await server.stop();
  }
}

function report(m: Measurement): void {
  console.log(`\n== ${m.n.toLocaleString("en-US")} articles ==`);
  if (m.build) {
    const s = m.build.seconds;
    const c = m.build.cpu;
    const n = m.build.added;
    const total = s.prepare + s.index + s.save;
    const cpu = c.prepare + c.index + c.save;
    console.log(
      `insert: ${n.toLocaleString("en-US")} articles (${m.build.duplicates} duplicates skipped), one process, batches of ${BATCH}:\n` +
        `  whole write path (validate, clean, hash, gzip, index entry, one transaction per batch): ${(n / total).toFixed(0)}/s wall, ${(n / cpu).toFixed(0)} per CPU-second\n` +
        `  of which the database transaction (articles + index rows + frequencies): ${(n / s.save).toFixed(0)}/s wall, ${(n / c.save).toFixed(0)} per CPU-second; ` +
        `cleaning ${(n / c.prepare).toFixed(0)}, index entry ${(n / c.index).toFixed(0)} per CPU-second (filing into stories, apart: ${s.file.toFixed(1)} s)`,
    );
  }
  console.log(`database: ${m.databaseMb.toFixed(0)} MB`);
  console.log(`machine while measuring: ${m.machine}`);
  console.log(`pages (p50 / p95 wall over ${REQUESTS} requests, whole response, production server; CPU = the server's mean CPU time per request):`);
  for (const [name, p] of Object.entries(m.pages)) {
    console.log(`  ${name.padEnd(22)} ${showSpread(p).padEnd(34)} ${p.kb.toFixed(0).padStart(6)} KB${p.first !== undefined ? `   first view ${ms(p.first)}` : ""}`);
  }
  console.log(`  compare ~1k during 4 unfiled-article pages: ${ms(m.concurrentCompare)} (median of 3)`);
  console.log(`server peak memory: ${m.serverPeakMb.toFixed(0)} MB (after home and article pages ${m.memory.articles.toFixed(0)} MB, after story pages ${m.memory.stories.toFixed(0)} MB, the rest is the comparisons)`);
  console.log(`story suggestion (service, p50 / p95): ${showSpread(m.suggestion)}; first call incl. loading the frequency snapshot ${ms(m.snapshotLoadMs)}`);
  console.log(`passage search (service, p50 / p95): ${showSpread(m.passages)}`);
  if (m.plainSuggestion) {
    console.log(`  plain way, same run: suggestion re-reading every filed article ${showSpread(m.plainSuggestion)} (same story chosen: ${m.suggestionAgreement})`);
    console.log(`  plain way, same run: substring scan of every text for each passage ${showSpread(m.plainPassages!)}`);
  }
}

function ratios(a: Measurement, b: Measurement): void {
  const r = (x: number, y: number) => `${(y / x).toFixed(2)}×`;
  console.log(`\n== growth ${a.n.toLocaleString("en-US")} → ${b.n.toLocaleString("en-US")} articles (${(b.n / a.n).toFixed(0)}× the archive), p50 wall ratios and CPU ratios ==`);
  const cpu = (x: Spread, y: Spread) => (x.cpu && y.cpu ? `   CPU ${r(x.cpu, y.cpu)}` : "");
  for (const name of Object.keys(b.pages)) if (a.pages[name]) console.log(`  ${name.padEnd(22)} ${r(a.pages[name]!.p50, b.pages[name]!.p50).padEnd(8)}${cpu(a.pages[name]!, b.pages[name]!)}`);
  console.log(`  story suggestion       ${r(a.suggestion.p50, b.suggestion.p50).padEnd(8)}${cpu(a.suggestion, b.suggestion)}`);
  console.log(`  passage search         ${r(a.passages.p50, b.passages.p50).padEnd(8)}${cpu(a.passages, b.passages)}`);
  console.log(`  server peak memory     ${r(a.serverPeakMb, b.serverPeakMb)}`);
  console.log(`  database size          ${r(a.databaseMb, b.databaseMb)}`);
}

/** The database as it was at `n` articles, kept for measuring again. */
const copyAt = (n: number) => `${DATABASE}.${n}`;

async function main() {
  const remeasure = process.argv.includes("--remeasure");
  const texts = loadRealTexts();
  console.log(`real texts: ${texts.length} (${texts.filter((t) => t.source === "basil").length} BASIL articles, ${texts.filter((t) => t.source === "page").length} extracted pages); the rest of each archive are paragraph-mixed variants of them`);
  const results: Measurement[] = [];
  if (remeasure) {
    for (const n of SIZES) {
      if (!existsSync(copyAt(n))) throw new Error(`${copyAt(n)} is missing: build it first (npm run scale -- --sizes ${n}).`);
      process.env.LACUNA_DATABASE = copyAt(n);
      await disconnectDb();
      // An archive built before a schema change gets the new migrations first (adding columns or tables: quick).
      await deployMigrations(copyAt(n));
      const fixtures = JSON.parse(readFileSync(`${copyAt(n)}.fixtures.json`, "utf8")) as Fixtures;
      const m = await measure(n, fixtures, null, copyAt(n));
      report(m);
      results.push(m);
      await disconnectDb();
    }
  } else {
    process.env.LACUNA_DATABASE = DATABASE;
    const fresh = !process.argv.includes("--keep") || !existsSync(FIXTURES);
    if (fresh) for (const suffix of ["", "-wal", "-shm", ".fixtures.json"]) rmSync(DATABASE + suffix, { force: true });
    await deployMigrations(DATABASE);
    const random = seededRandom(16);
    const figures = (): BuildFigures => ({ added: 0, duplicates: 0, seconds: { prepare: 0, index: 0, save: 0, file: 0 }, cpu: { prepare: 0, index: 0, save: 0 } });
    let fixtures: Fixtures;
    const first = figures();
    if (fresh) fixtures = await createFixtures(texts, random, first);
    else fixtures = JSON.parse(readFileSync(FIXTURES, "utf8")) as Fixtures;
    for (const n of SIZES) {
      const build = results.length === 0 ? first : figures();
      const before = await articleCount();
      if (before < n) {
        console.error(`building ${n.toLocaleString("en-US")} articles…`);
        await grow(n, texts, fixtures, random, build);
      }
      writeFileSync(FIXTURES, JSON.stringify(fixtures));
      await (await db()).$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      await disconnectDb();
      copyFileSync(DATABASE, copyAt(n));
      copyFileSync(FIXTURES, `${copyAt(n)}.fixtures.json`);
      const m = await measure(n, fixtures, build.added > 0 ? build : null, DATABASE);
      report(m);
      results.push(m);
    }
  }
  for (let k = 1; k < results.length; k++) ratios(results[k - 1]!, results[k]!);
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
