import type { Command } from "../command";
import { withDatabase } from "../database";
import { reindexArchive } from "../../lib/services/corpus-index";

export const reindex: Command = {
  summary: "bring the corpus index up to date (articles stored before it, or under older rules)",
  usage: `Usage: lacuna reindex

Computes the index entry (grouping features, rare-term keys, passage
fingerprints) of every article that lacks a current one. A server does the same
quietly in the background; this does it now and says how many.`,
  async run(_args, io) {
    const done = await withDatabase(() => reindexArchive({ onProgress: (n) => io.interactive && io.err(`  ${n} articles indexed…`) }));
    io.out(JSON.stringify({ indexed: done }));
    return 0;
  },
};
