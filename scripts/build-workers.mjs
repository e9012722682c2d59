#!/usr/bin/env node
// Bundles the worker-thread code (lib/workers/heavy-work.ts and what it
// imports from the pure core) into plain ES modules that a worker thread
// loads in a fraction of a second: `npm run build` writes
// generated/workers/ for the production server; the dev server, the CLI and
// the tests call this with their own folder (lib/workers/heavy-pool.ts); the
// CLI's bundle (cli/build-bundle.mjs) holds a copy built with it, so a CLI run
// does not bundle the workers again.
// pdfkit (reads its font files by path), fontkit (pdfkit's, one copy) and linkedom stay external and are
// loaded from node_modules, so the output folder must sit inside the project;
// the rest (word lists in JSON among them) is bundled.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles the worker-thread code into `outdir` (emptied first). */
export async function buildWorkerBundle(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { "heavy-work": path.join(root, "lib/workers/heavy-work.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["pdfkit", "fontkit", "linkedom"],
    outExtension: { ".js": ".mjs" },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = path.resolve(root, process.argv[2] ?? "generated/workers");
  await buildWorkerBundle(outdir);
  if (!process.argv[2]) process.stderr.write(`Built worker bundle in ${path.relative(process.cwd(), outdir)}/\n`);
}
