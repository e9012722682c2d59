/** Argument parsing for the CLI, on Node's own parseArgs; unknown options are usage errors. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command";

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
