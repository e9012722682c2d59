import path from "node:path";
import { statSync } from "node:fs";
import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { backupDatabase } from "../../lib/db/backup";
import { databasePath } from "../../lib/db/database-path";

export const backup: Command = {
  summary: "copy the database to a file, safely while the server runs, and check the copy",
  usage: `Usage: lacuna backup FILE

Copies the database (data/lacuna.db, or LACUNA_DATABASE) to FILE as one
consistent snapshot, even while the server or a worker is writing (SQLite's
online backup; copying the file by hand can catch a write half done), then
reads the copy back (PRAGMA quick_check) and counts its articles and
stories. FILE must not exist. To restore: stop the server, move the copy
to data/lacuna.db (delete data/lacuna.db-wal and -shm), start it again.`,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError("Give one file to write the copy to.");
    const destination = path.resolve(positionals[0] as string);
    const source = databasePath();
    let result;
    try {
      result = await backupDatabase(source, destination);
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return 1;
    }
    const megabytes = (statSync(destination).size / 1_048_576).toFixed(1);
    io.out(`Copied ${source} to ${destination}: ${result.articles} article${result.articles === 1 ? "" : "s"}, ${result.stories} stor${result.stories === 1 ? "y" : "ies"}, ${megabytes} MB.`);
    if (result.check !== "ok") {
      io.err(`The copy does not read back whole (quick_check: ${result.check}); keep the database as it is and try again.`);
      return 1;
    }
    return 0;
  },
};
