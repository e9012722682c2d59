/**
 * Who holds a lease: "host:pid:nonce". The host and pid let a worker starting
 * on the same machine see that a lease's holder is gone (kill -9, a crash)
 * and take its jobs back at once instead of waiting for the lease to run out;
 * the nonce tells two workers of one process apart.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

export function newLeaseOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** True only when the owner ran on this machine and its process no longer exists. */
export function isDeadLocalOwner(owner: string, isAlive: (pid: number) => boolean = processExists): boolean {
  const match = /^(.*):(\d+):[0-9a-f]+$/.exec(owner);
  if (!match || match[1] !== hostname()) return false;
  const pid = Number(match[2]);
  return pid !== process.pid && !isAlive(pid);
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
