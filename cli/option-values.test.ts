import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "./args";
import { UsageError } from "./command";
import { chosenFormat, FORMAT_OPTIONS } from "./option-values";

/** The format a command would print, read from its argument list as the command reads it. */
function withArgs(args: string[], accepted: readonly string[] = ["text", "json"], fallback = "text"): string {
  const { values } = parseCommandArgs(args, FORMAT_OPTIONS);
  return chosenFormat(values, accepted, fallback);
}

describe("chosenFormat (--format X, or --json as other CLIs spell it)", () => {
  it("takes --json for --format json, anywhere among the arguments", () => {
    expect(withArgs(["a.txt", "b.txt", "--json"])).toBe("json");
    expect(withArgs(["--json", "a.txt", "b.txt"])).toBe("json");
  });

  it("keeps --format and the command's own default", () => {
    expect(withArgs(["a.txt", "--format", "json"])).toBe("json");
    expect(withArgs(["a.txt"])).toBe("text");
    expect(withArgs(["a", "b"], ["md", "html", "pdf", "json", "csv"], "md")).toBe("md");
    expect(withArgs(["a", "b", "--json"], ["md", "html", "pdf", "json", "csv"], "md")).toBe("json");
  });

  it("accepts --json beside --format json, and refuses it beside another format instead of picking one", () => {
    expect(withArgs(["--json", "--format", "json"])).toBe("json");
    expect(() => withArgs(["--json", "--format", "text"])).toThrow(UsageError);
    expect(() => withArgs(["--json", "--format", "text"])).toThrow(/--json asks for --format json, not "text"/);
  });

  it("still refuses a format the command does not print", () => {
    expect(() => withArgs(["--format", "yaml"])).toThrow(/Unknown --format "yaml": use text or json/);
  });
});
