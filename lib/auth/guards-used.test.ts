/**
 * Every server action, page and route handler checks who is asking before it
 * does anything (docs/security.md). This reads the app's source so a new
 * action without a guard fails here, not in an attacker's hands.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Actions anyone may call: signing in needs no session, signing out ends one. */
const OPEN_ACTIONS = new Set(["signInAction", "signOutAction"]);
/** Pages anyone may open. */
const OPEN_PAGES = new Set(["sign-in/page.tsx"]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** Exported async functions and the first statement of each body. */
function exportedFunctions(source: string): Array<{ name: string; firstStatement: string }> {
  // The header ends at the last "{" of its line (return types hold braces too).
  return [...source.matchAll(/export (?:default )?async function (\w+)\([\s\S]*?\)[^\n]*\{\n\s*([^\n]*)/g)].map((m) => ({ name: m[1]!, firstStatement: m[2]!.trim() }));
}

const GUARD = /^(?:const \w+ = |const editor = canEdit\()?(?:await )?(?:canEdit\()?await require(?:Viewer|Editor)\(\)/;

describe("every entry point checks the session first", () => {
  it("each server action calls requireEditor() or requireViewer() on its first line", () => {
    const actions = files(path.join(APP, "actions")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const checked = actions.flatMap((file) => exportedFunctions(readFileSync(file, "utf8")).filter((fn) => !OPEN_ACTIONS.has(fn.name)).map((fn) => ({ ...fn, file: path.basename(file) })));
    expect(checked.length).toBeGreaterThan(10);
    expect(checked.filter((fn) => !/^(const \w+ = )?await require(Viewer|Editor)\(\);$/.test(fn.firstStatement)).map((fn) => `${fn.file}: ${fn.name}`)).toEqual([]);
  });

  it("each page and route handler calls a guard on its first line", () => {
    const entries = files(APP).filter((f) => /\/(page\.tsx|route\.ts)$/.test(f) && !OPEN_PAGES.has(path.relative(APP, f)));
    const unguarded = entries.flatMap((file) =>
      exportedFunctions(readFileSync(file, "utf8"))
        .filter((fn) => !GUARD.test(fn.firstStatement))
        .map((fn) => `${path.relative(APP, file)}: ${fn.name}`),
    );
    expect(entries.length).toBeGreaterThan(8);
    expect(unguarded).toEqual([]);
  });
});
