import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-user-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `lacuna user …` as a user does, on its own database file, with optional stdin. */
function lacuna(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("npx", ["tsx", "--conditions=react-server", "cli/lacuna.ts", ...args], { cwd: root, env: { ...process.env, LACUNA_DATABASE: path.join(scratch, "users.db") } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

describe("lacuna user", () => {
  it("creates an account with a generated password printed once, or one read from stdin, and lists them", async () => {
    const made = await lacuna(["user", "add", "Alice", "--role", "viewer"]);
    expect(made.code).toBe(0);
    const printed = JSON.parse(made.stdout) as { username: string; role: string; password: string };
    expect(printed).toMatchObject({ username: "alice", role: "viewer" });
    expect(printed.password).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const piped = await lacuna(["user", "add", "bob", "--password-stdin"], "bob's long password\n");
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual({ username: "bob", role: "editor" });

    const listed = await lacuna(["user", "list"]);
    expect(listed.stdout.trim().split("\n").map((line) => (JSON.parse(line) as { username: string }).username)).toEqual(["alice", "bob"]);

    // Account changes made here reach the team's activity log; a refused one does not.
    expect((await lacuna(["user", "set-role", "alice", "editor"])).code).toBe(0);
    expect((await lacuna(["user", "set-password", "bob"])).code).toBe(0);
    expect((await lacuna(["user", "sign-out", "bob"])).code).toBe(0);
    expect((await lacuna(["user", "remove", "ALICE"])).code).toBe(0);
    expect((await lacuna(["user", "remove", "nobody"])).code).toBe(1);
    const db = new Database(path.join(scratch, "users.db"), { readonly: true });
    try {
      const log = db.prepare('SELECT "actor", "action", "text" FROM "Activity" ORDER BY "at", "id"').all() as Array<{ actor: string; action: string; text: string }>;
      expect(log.map((e) => `${e.action}: ${e.text}`)).toEqual([
        "account.created: created the viewer account “alice”",
        "account.created: created the editor account “bob”",
        "account.role: made “alice” an editor",
        "account.password: set a new password for “bob” (its sessions were ended)",
        "account.signed-out: signed “bob” out everywhere (0 sessions ended)",
        "account.removed: removed the account “alice”",
      ]);
      expect(new Set(log.map((e) => e.actor)).size).toBe(1);
      expect(log[0]!.actor).toMatch(/command line/);
    } finally {
      db.close();
    }
  }, 120_000);

  it("says what is wrong, with exit code 1 for a refused change and 2 for bad arguments", async () => {
    expect(await lacuna(["user", "add", "carol", "--password-stdin"], "short\n")).toMatchObject({ code: 1, stderr: expect.stringContaining("at least 10") });
    expect(await lacuna(["user", "promote", "bob"])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown action "promote"') });
  }, 120_000);

  it("refuses a role it does not know as a usage error, naming the roles, and makes or changes no account", async () => {
    expect(await lacuna(["user", "add", "dave", "--role", "admin"])).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining('Unknown --role "admin": use editor or viewer.') });
    expect(await lacuna(["user", "add", "erin", "--role", "viewer"])).toMatchObject({ code: 0 });
    expect(await lacuna(["user", "set-role", "erin", "owner"])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown role "owner": use editor or viewer.') });
    // --role on another action would be ignored: the list would not be the viewers only.
    expect(await lacuna(["user", "list", "--role", "viewer"])).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining("--role is for user add") });
    const db = new Database(path.join(scratch, "users.db"), { readonly: true });
    try {
      const accounts = db.prepare('SELECT "username", "role" FROM "User" WHERE "username" IN (?, ?)').all("dave", "erin");
      expect(accounts).toEqual([{ username: "erin", role: "viewer" }]);
    } finally {
      db.close();
    }
  }, 120_000);
});
