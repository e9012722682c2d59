import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { progressBar } from "../progress-bar";
import { parseUrlList, type ParsedUrlList } from "../../lib/ingest/batch/parse-url-list";
import { parseLinkLines, type LinkLines } from "../../lib/ingest/batch/parse-link-lines";
import { closeHeavyPool } from "../../lib/workers/heavy-pool";
import { startJobWorker } from "../../lib/services/job-runner";
import { INGEST_LINK_JOB, MAX_LINKS_PER_BATCH, isFinished, queueIngestList, waitForIngestBatches, type IngestLinkView } from "../../lib/services/ingest-urls";
import { readTextFile } from "../read-text";
import { linksQueuedText, recordActivity } from "../../lib/services/activity";
import { commandLineActor } from "../activity-actor";

export const ingest: Command = {
  summary: "fetch articles from URLs and store them (several in parallel)",
  usage: `Usage: lacuna ingest URL… [--file urls.txt] [--story ID]
       lacuna ingest --resume BATCH_ID…

Fetches each page safely, extracts the article and stores it once. Prints one
JSON line per link: {"url","state":"done"|"duplicate"|"changed"|"failed","articleId","error","batch"}.
"changed": the link's article is stored, but its page has been updated since
(same address, other text): the stored version is kept, and "note" says what
changed; \`lacuna refetch ARTICLE_ID\` takes the new version in place.
A link given twice is fetched once; its second place gets a line of its own,
{"line","url","state":"repeated","repeatOf","note"} ("repeatOf": the line it repeats).
Any number of links: they are queued in batches of ${MAX_LINKS_PER_BATCH} in the database and
worked on by this command, and by the server if it is running (fetch caps are
shared: LACUNA_FETCH_CONCURRENCY, LACUNA_FETCH_PER_HOST). If the command is
stopped, the links stay queued: --resume with the batch ids printed on stderr
waits for them again (the server, or this command, finishes them).
Two links that lead to one article (two addresses of one page): the one given
first is "done" and keeps its address, later ones "duplicate", across batches.
A links file holds one link per line (a line starting with # is a note and is
passed over): each result from it has its "line", and a line that gives no
link ("htp:/x", a stray word) is reported in its place as
{"line","input","state":"failed","error"}.
Exit code 0 when every link was stored or already stored (changed or not); 1 when any link
failed or could not be read as a link (the others are still stored).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { file: { type: "string" }, story: { type: "string" }, resume: { type: "string", multiple: true } });
    const resume = values.resume ?? [];
    const listed = values.file ? await readTextFile(values.file) : "";
    if (positionals.every((p) => !p.trim()) && !listed.trim() && resume.length === 0) throw new UsageError("Give at least one URL, or --file with one URL per line, or --resume BATCH_ID.");
    const { urls: given, repeated: givenTwice, rejected } = linksOfArguments(positionals);
    for (const r of rejected) io.err(`skipped ${r.input}: ${r.reason}`);
    // The file's lines are reported in the results, with their numbers, as `add --jsonl` reports its lines.
    const fromFile = parseLinkLines(listed, new Set(given));
    const urls = [...given, ...fromFile.links.map((l) => l.url)];
    const lineOf = new Map(fromFile.links.map((l) => [l.url, l.line]));
    const unusable = rejected.length + fromFile.failures.length;
    // The file's lines that gave no link, or a link it gave before, are reported in line order between its links.
    const lineResults = [...fromFile.failures.map(failedLine), ...fromFile.repeated.map(repeatedLine)].sort((x, y) => x.line - y.line);
    const argumentRepeats = givenTwice.map((r) => ({ url: r.url, state: "repeated", note: "given twice as an argument: fetched once" }));
    if (urls.length === 0 && resume.length === 0) {
      for (const f of lineResults) io.out(JSON.stringify(f));
      io.err("No link Lacuna can fetch.");
      return 1;
    }
    return withDatabase(async () => {
      // One list, however many batches it takes: its order decides which line added an article (queueIngestList).
      const batchIds = [...resume, ...(await queueIngestList(urls, values.story ?? null, { requestedBy: commandLineActor().username }))];
      if (urls.length > 0) await recordActivity(commandLineActor(), "links.queued", await linksQueuedText(urls.length, values.story, givenTwice.length + fromFile.repeated.length), values.story ?? null);
      io.err(`batch${batchIds.length === 1 ? "" : "es"} ${batchIds.join(" ")} (resume with: lacuna ingest --resume ${batchIds.join(" --resume ")})`);
      // Works on its own batches; a running server's worker may take some of them too.
      const worker = startJobWorker({ groupIds: batchIds, kinds: [INGEST_LINK_JOB], log: (message) => io.err(message) });
      const interrupted = new AbortController();
      const onInterrupt = () => interrupted.abort(new Error(`Stopped. The links stay queued: the server finishes them, or run \`lacuna ingest --resume ${batchIds.join(" --resume ")}\`.`));
      process.once("SIGINT", onInterrupt);
      process.once("SIGTERM", onInterrupt);
      let bar: ReturnType<typeof progressBar> | null = null;
      let links: IngestLinkView[];
      try {
        links = await waitForIngestBatches(batchIds, {
          signal: interrupted.signal,
          onProgress: (current) => {
            bar ??= progressBar(io, current.length);
            const active = current.find((l) => !isFinished(l) && l.state !== "queued");
            bar.update(current.filter(isFinished).length, active ? `${active.state} ${active.url}` : "");
          },
        });
      } finally {
        process.off("SIGINT", onInterrupt);
        process.off("SIGTERM", onInterrupt);
        // Links are finished (or we were stopped): what is still running hands its job back to the queue.
        await worker.stop(interrupted.signal.aborted ? 0 : 5_000);
        await closeHeavyPool();
        (bar as ReturnType<typeof progressBar> | null)?.finish();
      }
      if (links.length === 0) {
        io.err(`No links found for batch ${resume.join(", ")}.`);
        return 1;
      }
      const order = new Map(batchIds.map((id, i) => [id, i]));
      links.sort((x, y) => order.get(x.batchId)! - order.get(y.batchId)!);
      const queuedNow = new Set(batchIds.slice(resume.length));
      // The file's unusable and repeated lines go between its links, in line order; links from arguments or resumed batches come first.
      const pending = [...lineResults];
      for (const link of links) {
        const line = queuedNow.has(link.batchId) ? lineOf.get(link.url) : undefined;
        while (line !== undefined && pending.length > 0 && pending[0]!.line < line) io.out(JSON.stringify(pending.shift()!));
        // A changed link's text is a note on what changed, not an error.
        const says = link.state === "changed" ? { note: link.error ?? undefined } : { error: link.error ?? undefined };
        io.out(JSON.stringify({ line, url: link.url, state: link.state, articleId: link.articleId ?? undefined, ...says, batch: link.batchId }));
      }
      for (const f of [...pending, ...argumentRepeats]) io.out(JSON.stringify(f));
      const failed = links.filter((l) => l.state === "failed").length;
      if (failed > 0) io.err(`${failed} of ${links.length} link(s) failed.`);
      if (fromFile.failures.length > 0) io.err(`${fromFile.failures.length} line(s) of ${values.file} gave no link Lacuna can fetch (their results have "line" and "input").`);
      return failed > 0 || unusable > 0 ? 1 : 0;
    });
  },
};

/** The links given as arguments (and those given twice); an argument that holds none ("htp:/x") is reported, not passed over. */
function linksOfArguments(args: string[]): Pick<ParsedUrlList, "urls" | "repeated" | "rejected"> {
  const { urls, repeated, rejected } = parseUrlList(args.join("\n"));
  for (const arg of args) {
    const found = parseUrlList(arg);
    if (arg.trim() && found.urls.length === 0 && found.rejected.length === 0) rejected.push({ input: arg, reason: "not a link; give http:// or https:// addresses." });
  }
  return { urls, repeated, rejected };
}

/** A line of the file whose link came before, as a result of its own: which line it repeats; fetched once there. */
function repeatedLine(repeat: LinkLines["repeated"][number]) {
  return repeat.firstLine === null
    ? { line: repeat.line, url: repeat.url, state: "repeated", note: "also given as an argument: fetched once" }
    : { line: repeat.line, url: repeat.url, state: "repeated", repeatOf: repeat.firstLine, note: `duplicate of line ${repeat.firstLine}: already in this batch, fetched once` };
}

/** A line of the file that gave no link, as a failed result: the line's number, its text and why. */
function failedLine(failure: LinkLines["failures"][number]) {
  return { line: failure.line, input: failure.input, state: "failed", error: failure.reason };
}
