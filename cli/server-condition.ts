/**
 * The CLI's commands reach server modules (lib/db imports "server-only"),
 * which load only under React's "react-server" export condition: the bundle
 * behind `npm run -s lacuna -- …` is built with it, and tsx needs
 * `--conditions=react-server`. Started as `npx tsx cli/lacuna.ts …` without it,
 * `lacuna help` printed half its list and a stack trace about Client
 * Components, which says nothing about how to run the CLI.
 */

export const MISSING_CONDITION_MESSAGE =
  "lacuna: run the CLI as `npm run -s lacuna -- …` (or `npx tsx --conditions=react-server cli/lacuna.ts …`): its server modules load only under the react-server condition.";

/**
 * True when "server-only" loads, i.e. the process runs under the react-server condition (or from the bundle, where
 * it is built in empty). Asked before any command loads: once a command's import of it has failed, Node also
 * reports the failure as an uncaught exception, which no catch around the import stops.
 */
export async function hasServerCondition(): Promise<boolean> {
  try {
    await import("server-only");
    return true;
  } catch {
    return false;
  }
}
