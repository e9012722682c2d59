/**
 * Checks of option values, before a command does anything: a value the
 * command cannot use is a usage error (exit code 2, the usage printed, nothing
 * written), named with its option and what the option takes, not a failure
 * found halfway through the work (exit code 1, like a fetch that failed).
 */
import { UsageError } from "./command";

/** The value when it is one of `accepted`; else a usage error listing them. */
export function oneOf<T extends string>(option: string, value: string, accepted: readonly T[]): T {
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Unknown ${option} "${value}": use ${alternatives(accepted)}.`);
}

/**
 * The value when `problem` finds nothing wrong with it; else a usage error
 * with the option, the value and the problem (the rule's own words, shared
 * with the app's forms: "use YYYY-MM-DD").
 */
export function checkedValue(option: string, value: string, problem: (value: string) => string | undefined): string {
  const found = problem(value);
  if (found) throw new UsageError(`${option} "${value}": ${found}`);
  return value;
}

/** "a or b", "a, b or c". */
function alternatives(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}

/** The options every command printing a chosen format takes: `--format X`, and `--json` as other CLIs spell `--format json`. */
export const FORMAT_OPTIONS = {
  format: { type: "string" },
  json: { type: "boolean", default: false },
} as const;

/**
 * The format asked for: `--format X` (one of `accepted`), `--json` for json, `fallback` when neither is given.
 * `--json` beside another format is a usage error rather than a silent pick of one of them.
 */
export function chosenFormat<T extends string>(values: { format?: string; json?: boolean }, accepted: readonly T[], fallback: T): T {
  const format = values.format === undefined ? undefined : oneOf("--format", values.format, accepted);
  if (!values.json) return format ?? fallback;
  if (format !== undefined && format !== "json") throw new UsageError(`--json asks for --format json, not "${format}": give one of them.`);
  return oneOf("--json", "json", accepted);
}
