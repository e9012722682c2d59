import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");

/** The CLI's entry point under tsx, as a user may start it; `conditions` as given on the command line. */
async function withTsx(conditions: string[], ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", ...conditions, "cli/lacuna.ts", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("lacuna started with tsx directly", () => {
  it("without --conditions=react-server says in one line how to run it, with no stack trace and no half output", async () => {
    const { code, stdout, stderr } = await withTsx([], "--help");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("npm run -s lacuna -- …");
    expect(stderr).toContain("--conditions=react-server");
  }, 60_000);

  it("with the condition lists every command", async () => {
    const { code, stdout } = await withTsx(["--conditions=react-server"], "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}compare +compare two articles/m);
    expect(stdout).toMatch(/^ {2}worker +/m);
  }, 60_000);
});
