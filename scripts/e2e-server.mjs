#!/usr/bin/env node
// Starts the production build for end-to-end tests on a fresh database:
// delete the test file, migrate it, load the demo story, create the test
// accounts (e2e/test-accounts.json), serve on 127.0.0.1.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const port = process.argv[2] ?? "3100";
const db = process.env.LACUNA_DATABASE ?? "data/e2e.db";
if (!/e2e|test/.test(db)) throw new Error(`Refusing to reset ${db}: the e2e database file name must contain "e2e" or "test".`);
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(db + suffix, { force: true });

const run = (args, input) => {
  const result = spawnSync("npx", args, { stdio: [input === undefined ? "inherit" : "pipe", "inherit", "inherit"], input, env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(["tsx", "prisma/migrate.ts", "deploy"]);
run(["tsx", "--conditions=react-server", "cli/lacuna.ts", "seed-demo"]);
const accounts = JSON.parse(readFileSync(new URL("../e2e/test-accounts.json", import.meta.url), "utf8"));
for (const { username, password, role } of Object.values(accounts)) {
  run(["tsx", "--conditions=react-server", "cli/lacuna.ts", "user", "add", username, "--role", role, "--password-stdin"], password);
}

const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
