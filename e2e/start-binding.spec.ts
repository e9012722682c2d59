/**
 * `npm start` must not be reachable from the network unless told to be: it
 * listens on 127.0.0.1 by default (LACUNA_HOST to change it). Checked on the
 * real command, by reading the kernel's table of listening sockets.
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PORT } from "./http";

const START_PORT = PORT + 9;
const DATABASE = "data/e2e-start.db";

/** Listening TCP sockets on a port, as "address:port" in hex as /proc/net/tcp{,6} write them. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => fields[1]!),
  );
}

test("npm start listens on 127.0.0.1 only", async () => {
  test.setTimeout(120_000);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DATABASE + suffix, { force: true });
  const server = spawn("npm", ["start", "--", "-p", String(START_PORT)], {
    env: { ...process.env, LACUNA_DATABASE: DATABASE, LACUNA_HOST: "", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: "ignore",
  });
  try {
    await expect.poll(() => listeners(START_PORT).length, { timeout: 90_000 }).toBeGreaterThan(0);
    // 0100007F is 127.0.0.1 (little-endian hex); 00000000 or :: would be every interface.
    expect(listeners(START_PORT)).toEqual(["0100007F:" + START_PORT.toString(16).toUpperCase().padStart(4, "0")]);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
});
