/**
 * The registry of CLI commands: one file per command in this folder, one line
 * here. Keep the list alphabetical. Each command is imported only when it
 * runs: `compare` must not pay for Prisma, pdfkit or the HTML extractor that
 * other commands need (a cold `compare` went from 1.7 s to a fraction of it;
 * docs/scale.md). `lacuna help` loads them all, which is fine for help.
 */
import type { Command } from "../command";

export const commands: Record<string, () => Promise<Command>> = {
  add: async () => (await import("./add")).add,
  backup: async () => (await import("./backup")).backup,
  compare: async () => (await import("./compare")).compare,
  extract: async () => (await import("./extract")).extract,
  find: async () => (await import("./find")).find,
  group: async () => (await import("./group")).group,
  ingest: async () => (await import("./ingest")).ingest,
  passages: async () => (await import("./passages")).passages,
  refetch: async () => (await import("./refetch")).refetch,
  reindex: async () => (await import("./reindex")).reindex,
  report: async () => (await import("./report")).report,
  "seed-demo": async () => (await import("./seed-demo")).seedDemo,
  user: async () => (await import("./user")).user,
  worker: async () => (await import("./worker")).worker,
};
