#!/usr/bin/env node
/**
 * Entry point of `npm run lacuna -- <command> …`. Dispatches to the command
 * registry and turns errors into messages and exit codes a script can rely on:
 * 0 success, 1 failure, 2 usage error (bad arguments, or started without the
 * react-server condition: cli/server-condition.ts).
 */
import { setFlagsFromString } from "node:v8";
import { type CliIO, UsageError } from "./command";
import { commands } from "./commands/index";
import { hasServerCondition, MISSING_CONDITION_MESSAGE } from "./server-condition";

// `lacuna passages ID | head`: the reader closed the pipe and has what it wanted. Stop quietly, as
// Unix tools do, instead of an unhandled EPIPE stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const io: CliIO = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  interactive: Boolean(process.stderr.isTTY),
};

async function printHelp(): Promise<void> {
  io.out("Usage: lacuna <command> [options]\n\nCommands:");
  for (const [name, load] of Object.entries(commands)) io.out(`  ${name.padEnd(10)} ${(await load()).summary}`);
  io.out("\nRun `lacuna help <command>` for a command's options.");
}

/** `lacuna help help`: help is no command of the registry, but a user asking about it gets its usage. */
const HELP_USAGE = "Usage: lacuna help [command]\n\nLists the commands, or prints a command's usage and options.";
const isHelp = (word: string | undefined) => word === "help" || word === "--help" || word === "-h";

async function main(argv: string[]): Promise<number> {
  // Every command (and the help, which loads them all) needs it; one line saying how to run the CLI, not a stack trace.
  if (!(await hasServerCondition())) {
    io.err(MISSING_CONDITION_MESSAGE);
    return 2;
  }
  const [name, ...args] = argv;
  if (!name || isHelp(name)) {
    if (isHelp(args[0])) {
      io.out(HELP_USAGE);
      return 0;
    }
    const topic = args[0] && Object.hasOwn(commands, args[0]) ? commands[args[0]] : undefined;
    if (topic) io.out((await topic()).usage);
    else await printHelp();
    // `lacuna help bogus`: the list is printed, and the mistake said, as for `lacuna bogus`.
    if (args[0] && !topic) {
      io.err(`lacuna: unknown command "${args[0]}".`);
      return 2;
    }
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`lacuna: unknown command "${name}". Run \`lacuna help\` for the list.`);
    return 2;
  }
  // A command is one short process. With V8's default tiering, the hot functions of Prisma's WebAssembly query
  // compiler are compiled again in the background, and the process cannot exit until those compiles finish:
  // 0.2-0.3 s after every database command's output, as long as the command's own work. Baseline code only (set before
  // Prisma loads) ends that wait; a 2,000-article `add --jsonl` took the same time either way. `worker` runs for
  // hours and keeps the optimising tier.
  if (name !== "worker") setFlagsFromString("--liftoff-only");
  const command = await load();
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lacuna ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    io.err(`lacuna ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LACUNA_DEBUG) io.err(String((error as Error).stack));
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(String(error));
    process.exitCode = 1;
  },
);
