/**
 * The registry of CLI commands: one file per command in this folder, one line
 * here. Keep the list alphabetical.
 */
import type { Command } from "../command";
import { add } from "./add";
import { compare } from "./compare";
import { extract } from "./extract";
import { group } from "./group";
import { ingest } from "./ingest";
import { report } from "./report";
import { seedDemo } from "./seed-demo";
import { worker } from "./worker";
import { user } from "./user";

export const commands: Record<string, Command> = {
  add,
  compare,
  extract,
  group,
  ingest,
  report,
  "seed-demo": seedDemo,
  worker,
  user,
};
