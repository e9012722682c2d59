/**
 * The contract every CLI command implements. Commands write results to
 * `io.out` and diagnostics to `io.err`, so `npm run -s lacuna -- …` prints only
 * the result on stdout and stays pipeable.
 */
export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  interactive: boolean;
}

export interface Command {
  /** One line for `lacuna help`. */
  summary: string;
  /** Usage text shown on `lacuna help <command>` and on a usage error. */
  usage: string;
  /** Returns the process exit code. Throw `UsageError` for bad arguments. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Bad arguments: the CLI prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {}
