import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./safe-link";

describe("safeHttpUrl", () => {
  it("accepts http and https URLs", () => {
    expect(safeHttpUrl("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHttpUrl("  http://example.com ")).toBe("http://example.com/");
  });

  it("refuses script, data and disguised schemes", () => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "//evil.example/x", "not a url", ""]) {
      expect(safeHttpUrl(url)).toBeNull();
    }
  });
});
