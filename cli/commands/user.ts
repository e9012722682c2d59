import type { CliIO, Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { readStdin } from "../read-text";
import { changePassword, changeRole, createAccount, generatePassword, listAccounts, removeAccount, signOutEverywhere } from "../../lib/services/accounts/accounts";
import { UserError } from "../../lib/services/user-error";

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

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { role: { type: "string" }, "password-stdin": { type: "boolean" } });
  const action = positionals[0];
  switch (action) {
    case "add": {
      const username = name(positionals);
      const { password, generated } = await passwordFrom(values["password-stdin"]);
      const user = await withDatabase(() => createAccount({ username, password, role: values.role ?? "editor" }));
      io.err(`Created ${user.role} account "${user.username}".${generated ? " Its password is printed below, once: pass it on safely." : ""}`);
      io.out(JSON.stringify({ username: user.username, role: user.role, ...(generated ? { password } : {}) }));
      return 0;
    }
    case "set-password": {
      const username = name(positionals);
      const { password, generated } = await passwordFrom(values["password-stdin"]);
      await withDatabase(() => changePassword(username, password));
      io.err(`New password set for "${username.toLowerCase()}"; its sessions were ended.`);
      io.out(JSON.stringify({ username: username.toLowerCase(), ...(generated ? { password } : {}) }));
      return 0;
    }
    case "set-role": {
      const username = name(positionals);
      const role = positionals[2];
      if (!role) throw new UsageError("Give the new role: editor or viewer.");
      await withDatabase(() => changeRole(username, role));
      io.err(`"${username.toLowerCase()}" is now a ${role}.`);
      return 0;
    }
    case "sign-out": {
      const count = await withDatabase(() => signOutEverywhere(name(positionals)));
      io.err(`Ended ${count} session(s).`);
      return 0;
    }
    case "remove": {
      const username = name(positionals);
      await withDatabase(() => removeAccount(username));
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
