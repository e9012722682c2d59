/**
 * Who the activity log names for a command-line write. The CLI works on the
 * database as the machine's own user, without an account, so the entry names
 * that user and says it came from the command line: a team reading the
 * Activity page sees an import or an account change that no browser made.
 */
import os from "node:os";

export function commandLineActor(): { username: string } {
  let who = process.env.USER || process.env.LOGNAME || "";
  try {
    who = os.userInfo().username || who;
  } catch {
    // No passwd entry for this uid (some containers): the environment's name, or none.
  }
  return { username: who ? `${who} (command line)` : "command line" };
}
