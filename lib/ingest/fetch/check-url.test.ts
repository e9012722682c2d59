import { describe, expect, it } from "vitest";
import { checkPort, effectivePort } from "./check-url";
import { FetchError } from "./fetch-error";

describe("checkPort", () => {
  it("lets links on the standard web ports through, written or implied", () => {
    for (const link of ["https://news.example/a", "http://news.example/a", "https://news.example:443/a", "http://news.example:80/a"]) {
      expect(() => checkPort(new URL(link), false)).not.toThrow();
    }
  });

  it("refuses other ports with a blocked_port error naming the port", () => {
    for (const [link, port] of [["http://news.example:8080/a", 8080], ["https://news.example:8443/a", 8443], ["http://news.example:22/", 22]] as const) {
      let error: unknown;
      try {
        checkPort(new URL(link), false);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).code).toBe("blocked_port");
      expect((error as FetchError).message).toContain(`port ${port}`);
    }
  });

  it("allows any port under the loopback test setting, where test servers use random ports", () => {
    expect(() => checkPort(new URL("http://127.0.0.1:41234/a"), true)).not.toThrow();
  });

  it("reads the scheme's default port when none is written", () => {
    expect(effectivePort(new URL("https://x.example/"))).toBe(443);
    expect(effectivePort(new URL("http://x.example/"))).toBe(80);
    expect(effectivePort(new URL("http://x.example:8080/"))).toBe(8080);
  });
});
