/**
 * Test helper: the CLI as a real process (one node process, so a test can
 * kill -9 exactly it), on a given database file, on loopback fixtures only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

export interface LacunaProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export function spawnLacuna(args: string[], env: Record<string, string>): LacunaProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "cli/lacuna.ts", ...args], {
    cwd: root,
    env: { ...process.env, LACUNA_ALLOW_LOOPBACK_FETCH: "1", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function runLacuna(args: string[], env: Record<string, string>): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const run = spawnLacuna(args, env);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
