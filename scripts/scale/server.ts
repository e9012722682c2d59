/**
 * The production server for the scale measurements: `next start` on
 * 127.0.0.1 with the scale database, its peak memory read from /proc (the
 * largest VmHWM among its process tree), timed GET requests.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Server {
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(database: string, port: number): Promise<Server> {
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("No production build: run `npx next build` first.");
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, LACUNA_DATABASE: database, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: `next start` runs the server in a child process, which must stop with it.
    detached: true,
  });
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited:\n${log}`);
    try {
      if ((await fetch(`${origin}/favicon.ico`)).status < 600) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start in 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}

function children(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** CPU milliseconds (user + system) the process tree has used so far, from /proc (10 ms ticks). */
export function cpuMs(pid: number): number {
  let ticks = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const stat = readFileSync(`/proc/${current}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      continue;
    }
    queue.push(...children(current));
  }
  return ticks * 10;
}

/** Peak resident memory (VmHWM) of the largest process in the tree, in MB. */
export function peakMemoryMb(pid: number): number {
  let peak = 0;
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop()!;
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, "utf8"));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      continue;
    }
    queue.push(...children(current));
  }
  return peak;
}

export interface Timed {
  ms: number;
  bytes: number;
  status: number;
}

/** `cookie`: the signed-in session every page asks for (without one, pages answer with a redirect to sign-in). */
export async function timedGet(url: string, cookie = ""): Promise<Timed> {
  const t0 = performance.now();
  const response = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - t0, bytes: body.byteLength, status: response.status };
}
