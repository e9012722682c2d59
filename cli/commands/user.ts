import type { CliIO, Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { oneOf } from "../option-values";
import { withDatabase } from "../database";
import { readStdin } from "../read-text";
import { changePassword, changeRole, createAccount, generatePassword, listAccounts, removeAccount, ROLES, signOutEverywhere } from "../../lib/services/accounts/accounts";
import { UserError } from "../../lib/services/user-error";
import { quoted, recordActivity, type ActivityAction } from "../../lib/services/activity";
import { commandLineActor } from "../activity-actor";

const usage = `Usage: lacuna user <action> …

  user add NAME [--role editor|viewer] [--password-stdin]
                      create an account (role editor by default); without
                      --password-stdin a strong password is made and printed once
  user list           the accounts and their roles
  user set-password NAME [--password-stdin]
                      a new password (made and printed, or read from stdin);
                      signs the account out everywhere
  user set-role NAME editor|viewer
  user sign-out NAME  end every session of the account
  user remove NAME    delete the account (its reviews keep its name)

Editors add, review, file and delete; viewers read, compare and export.
The CLI works on the database directly, as the machine's own user: whoever can
run it can manage accounts.`;

/** The password to set: the first line of stdin, or a generated one (printed, since nobody else knows it). */
async function passwordFrom(fromStdin: boolean | undefined): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: generatePassword(), generated: true };
  const password = (await readStdin()).replace(/\r?\n$/, "");
  return { password, generated: false };
}

function name(positionals: string[]): string {
  const value = positionals[1];
  if (!value) throw new UsageError("Give the account's user name.");
  return value;
}

/** Account changes made on the command line are the team's business too: each lands in the activity log once it succeeded. */
async function logged<T>(change: Promise<T>, action: ActivityAction, describe: (result: T) => string): Promise<T> {
  const result = await change;
  await recordActivity(commandLineActor(), action, describe(result));
  return result;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { role: { type: "string" }, "password-stdin": { type: "boolean" } });
  const action = positionals[0];
  // An option another action takes would be ignored without a word: `user list --role viewer` lists every account.
  if (values.role !== undefined && action !== "add") throw new UsageError("--role is for user add; change a role with user set-role NAME editor|viewer.");
  if (values["password-stdin"] && action !== "add" && action !== "set-password") throw new UsageError("--password-stdin is for user add and user set-password.");
  switch (action) {
    case "add": {
      const username = name(positionals);
      // Checked before the password is read or made: a mistyped role makes no account.
      const role = oneOf("--role", values.role ?? "editor", ROLES);
      const { password, generated } = await passwordFrom(values["password-stdin"]);
      const user = await withDatabase(() => logged(createAccount({ username, password, role }), "account.created", (u) => `created the ${u.role} account ${quoted(u.username)}`));
      io.err(`Created ${user.role} account "${user.username}".${generated ? " Its password is printed below, once: pass it on safely." : ""}`);
      io.out(JSON.stringify({ username: user.username, role: user.role, ...(generated ? { password } : {}) }));
      return 0;
    }
    case "set-password": {
      const username = name(positionals);
      const { password, generated } = await passwordFrom(values["password-stdin"]);
      await withDatabase(() => logged(changePassword(username, password), "account.password", () => `set a new password for ${quoted(username.toLowerCase())} (its sessions were ended)`));
      io.err(`New password set for "${username.toLowerCase()}"; its sessions were ended.`);
      io.out(JSON.stringify({ username: username.toLowerCase(), ...(generated ? { password } : {}) }));
      return 0;
    }
    case "set-role": {
      const username = name(positionals);
      if (!positionals[2]) throw new UsageError("Give the new role: editor or viewer.");
      const role = oneOf("role", positionals[2], ROLES);
      await withDatabase(() => logged(changeRole(username, role), "account.role", () => `made ${quoted(username.toLowerCase())} ${role === "editor" ? "an editor" : `a ${role}`}`));
      io.err(`"${username.toLowerCase()}" is now a ${role}.`);
      return 0;
    }
    case "sign-out": {
      const username = name(positionals);
      const count = await withDatabase(() => logged(signOutEverywhere(username), "account.signed-out", (n) => `signed ${quoted(username.toLowerCase())} out everywhere (${n} session${n === 1 ? "" : "s"} ended)`));
      io.err(`Ended ${count} session(s).`);
      return 0;
    }
    case "remove": {
      const username = name(positionals);
      await withDatabase(() => logged(removeAccount(username), "account.removed", () => `removed the account ${quoted(username.toLowerCase())}`));
      io.err(`Removed "${username.toLowerCase()}".`);
      return 0;
    }
    case "list": {
      const users = await withDatabase(() => listAccounts());
      if (users.length === 0) io.err("No accounts yet: create one with `lacuna user add NAME`.");
      for (const user of users) io.out(JSON.stringify({ username: user.username, role: user.role, createdAt: user.createdAt.toISOString() }));
      return 0;
    }
    default:
      throw new UsageError(action ? `Unknown action "${action}".` : "Say what to do: add, list, set-password, set-role, sign-out or remove.");
  }
}

export const user: Command = {
  summary: "manage accounts: add, list, set-password, set-role, sign-out, remove",
  usage,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof UserError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    }
  },
};
