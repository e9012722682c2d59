/**
 * Prebuilds the CLI with esbuild into dist/cli/ (ES modules, one chunk per
 * command, so a command loads only its own code), instead of compiling the
 * TypeScript on every run. Packages stay in node_modules (native better-sqlite3,
 * Prisma's runtime, pdfkit's font files), except what must be bundled to run
 * under plain Node: JSON data packages and `server-only` (its react-server
 * build is empty; the CLI is server code). cli/run.mjs calls this whenever a
 * source file is newer than the bundle, so the bundle is never stale.
 */
import { build } from "esbuild";
import { buildWorkerBundle } from "../scripts/build-workers.mjs";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE_DIR = path.join(root, "dist/cli");

const keepPackagesExternal = {
  name: "packages-external",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path === "server-only" || args.path.endsWith(".json") || args.path.startsWith("node:")) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** Built beside the old bundle and swapped in, so a CLI started meanwhile never finds half a bundle. */
/**
 * A JSON data package (the 3.6 MB SUBTLEX word list) is read and parsed when
 * loaded instead of being inlined as a JavaScript literal: JSON.parse takes a
 * few tens of milliseconds where compiling the same literal took hundreds.
 */
const jsonAtRunTime = {
  name: "json-at-run-time",
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/].*\.json$/ }, (args) => ({
      contents: `import { readFileSync } from "node:fs";\nexport default JSON.parse(readFileSync(${JSON.stringify(args.path)}, "utf8"));\n`,
      loader: "js",
    }));
  },
};

/**
 * Source files that find their neighbours through import.meta (the migration
 * runner finds prisma/migrations, the generated client its own folder) keep
 * their own location in the bundle, not the bundle's.
 */
const keepModuleLocation = {
  name: "keep-module-location",
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.")) return undefined;
      return {
        contents: source
          .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
          .replaceAll("import.meta.filename", JSON.stringify(args.path)),
        loader: args.path.endsWith("ts") ? "ts" : "js",
      };
    });
  },
};

/**
 * The generated data tables (word counts, gram weights, stemmed synonym
 * groups: one string literal each, 1.9 MB in all) are written beside the bundle
 * as plain files and read when loaded. As string literals in the code every
 * CLI start paid to decode and scan them with the code (~20 ms of a ~400 ms
 * start); a file read as Latin-1 (the tables are ASCII) costs about one. The
 * sources stay as they are for the server, the tests and the scripts.
 */
const DATA_TABLES = /[\\/]lib[\\/]similarity[\\/](word-count-data|gram-weights-data|synonym-stem-data)\.ts$/;

function dataBesideBundle(outdir) {
  return {
    name: "data-beside-bundle",
    setup(b) {
      b.onLoad({ filter: DATA_TABLES }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const found = /export const (\w+) =\s*("(?:[^"\\]|\\.)*");/.exec(source);
        if (!found) throw new Error(`${args.path}: expected one exported string literal`);
        const [, name, literal] = found;
        const value = JSON.parse(literal);
        if (!/^[\x00-\x7f]*$/.test(value)) throw new Error(`${args.path}: the table is not ASCII; read it as UTF-8`);
        const file = `${path.basename(args.path, ".ts")}.txt`;
        mkdirSync(path.join(outdir, "data"), { recursive: true });
        writeFileSync(path.join(outdir, "data", file), value, "latin1");
        return {
          contents: `import { readFileSync } from "node:fs";\nexport const ${name} = readFileSync(new URL(${JSON.stringify(`./data/${file}`)}, import.meta.url), "latin1");\n`,
          loader: "js",
        };
      });
    },
  };
}

export async function buildCliBundle() {
  const staging = `${BUNDLE_DIR}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { lacuna: "cli/lacuna.ts" },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    conditions: ["react-server"],
    plugins: [keepPackagesExternal, jsonAtRunTime, dataBesideBundle(staging), keepModuleLocation],
    // Bundled CommonJS (none expected) would need require; give it one.
    banner: { js: "import { createRequire as __lacunaRequire } from 'node:module'; const require = __lacunaRequire(import.meta.url);" },
    logLevel: "warning",
    legalComments: "none",
  });
  // The worker threads' code, built with the CLI and from the same sources (cli/run.mjs points the pool at it):
  // bundling it on every run that needed a thread cost about a second.
  await buildWorkerBundle(path.join(staging, "workers"));
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  renameSync(staging, BUNDLE_DIR);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCliBundle();
