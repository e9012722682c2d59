#!/usr/bin/env node
/**
 * `npm run lacuna -- …` and the `lacuna` bin: runs the CLI from the bundle in
 * dist/cli (cli/build-bundle.mjs), rebuilding it first (about a second) when
 * any file it is built from is newer. Checking ~500 file dates costs a few
 * milliseconds; compiling the TypeScript on every run cost over a second.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist/cli/lacuna.js");
const SOURCES = ["cli", "lib", "generated", "prisma", "demo", "package.json", "tsconfig.json"];

function newestSource(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return /\.(ts|tsx|mjs|js|json|prisma|sql|txt)$/.test(entry) ? stat.mtimeMs : 0;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestSource(path.join(entry, name)));
  }
  return newest;
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
if (built === 0 || SOURCES.some((s) => newestSource(path.join(root, s)) > built)) {
  const { buildCliBundle } = await import("./build-bundle.mjs");
  await buildCliBundle();
}
// The worker threads run the copy built with the bundle (lib/workers/heavy-pool.ts), not a fresh bundle per run.
process.env.LACUNA_WORKER_BUNDLE ??= path.join(root, "dist/cli/workers/heavy-work.mjs");
await import(pathToFileURL(bundle).href);
