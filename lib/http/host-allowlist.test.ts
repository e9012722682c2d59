import { describe, expect, it } from "vitest";
import { hostnameOf, isAllowedHost, parseAllowedHosts } from "./host-allowlist";

describe("the host allowlist", () => {
  const local = parseAllowedHosts(undefined);
  const team = parseAllowedHosts(" lacuna.newsroom.example, *.desk.example ,10.1.2.3");

  it("allows loopback names on any port even when nothing is configured", () => {
    for (const host of ["localhost", "localhost:3000", "127.0.0.1:3120", "[::1]:3000", "LOCALHOST:80"]) expect(isAllowedHost(host, local)).toBe(true);
  });

  it("refuses any other name, which is what a DNS-rebinding page sends", () => {
    for (const host of ["attacker.example:3000", "attacker.example", "127.0.0.1.attacker.example", "localhost.attacker.example", "192.168.1.5:3000"]) {
      expect(isAllowedHost(host, local)).toBe(false);
    }
  });

  it("refuses empty and malformed Host values", () => {
    for (const host of [null, "", " ", "user@localhost", "localhost/path", "localhost:3000:1", "[::1", "local host"]) expect(isAllowedHost(host, local)).toBe(false);
  });

  it("adds configured names, wildcards for names below a domain, and IP addresses", () => {
    expect(isAllowedHost("lacuna.newsroom.example", team)).toBe(true);
    expect(isAllowedHost("lacuna.newsroom.example.:443", team)).toBe(true);
    expect(isAllowedHost("a.desk.example:8443", team)).toBe(true);
    expect(isAllowedHost("b.a.desk.example", team)).toBe(true);
    expect(isAllowedHost("desk.example", team)).toBe(false);
    expect(isAllowedHost("evildesk.example", team)).toBe(false);
    expect(isAllowedHost("10.1.2.3:3000", team)).toBe(true);
    expect(isAllowedHost("localhost:3000", team)).toBe(true);
  });

  it("fails at start on an entry that is not a host name, naming it", () => {
    expect(() => parseAllowedHosts("https://lacuna.example")).toThrow(/"https:\/\/lacuna.example" is not a host name/);
    expect(() => parseAllowedHosts("lacuna.example:3000")).toThrow(/without scheme or port/);
    expect(() => parseAllowedHosts("*")).toThrow(/not a host name/);
  });

  it("reads the name out of Host header values", () => {
    expect(hostnameOf("Example.ORG:3000")).toBe("example.org");
    expect(hostnameOf("[::1]:3000")).toBe("::1");
    expect(hostnameOf("example.org.")).toBe("example.org");
    expect(hostnameOf("exa mple.org")).toBeNull();
  });
});
