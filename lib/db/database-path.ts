/**
 * Where the SQLite database lives. One rule for the app, the CLI, the
 * migration runner and the tests: `LACUNA_DATABASE` (a file path) wins,
 * otherwise `data/lacuna.db` under the project root. Tests set their own file
 * so they never touch the user's data.
 */
import path from "node:path";

export function databasePath(): string {
  const configured = process.env.LACUNA_DATABASE?.trim();
  // turbopackIgnore: the path is chosen at run time; it is not a file for the bundler to trace.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), configured || path.join("data", "lacuna.db"));
}
