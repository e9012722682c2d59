import { describe, expect, it } from "vitest";
import { checkAddress, describeVerdict, parseIpLiteral } from "./address-policy";

function reasonOf(address: string, allowLoopback = false): string {
  const verdict = checkAddress(address, { allowLoopback });
  return verdict.allowed ? "allowed" : verdict.reason;
}

describe("checkAddress", () => {
  it("allows public unicast addresses of both families", () => {
    expect(reasonOf("93.184.216.34")).toBe("allowed");
    expect(reasonOf("8.8.8.8")).toBe("allowed");
    expect(reasonOf("2606:4700:4700::1111")).toBe("allowed");
  });

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["::1", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["169.254.1.1", "link_local"],
    ["fe80::1", "link_local"],
    ["fe80::1%eth0", "link_local"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.0.8", "reserved"],
    ["198.18.0.1", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.99", "documentation"],
    ["2001:db8::1", "documentation"],
    ["fc00::1", "unique_local"],
    ["fd12:3456::1", "unique_local"],
  ])("refuses %s as %s", (address, reason) => {
    expect(reasonOf(address)).toBe(reason);
  });

  it("names cloud metadata endpoints as such", () => {
    expect(reasonOf("169.254.169.254")).toBe("metadata");
    expect(reasonOf("fd00:ec2::254")).toBe("metadata");
    expect(reasonOf("100.100.100.200")).toBe("metadata");
  });

  it.each([
    // The legacy inet_aton spellings that getaddrinfo and some URL parsers still accept.
    ["2130706433", "loopback"],
    ["0x7f000001", "loopback"],
    ["0177.0.0.1", "loopback"],
    ["017700000001", "loopback"],
    ["127.1", "loopback"],
    ["127.0.1", "loopback"],
    ["0x7f.1", "loopback"],
    ["10.1", "private"],
    ["0xa9fea9fe", "metadata"],
    ["0", "unspecified"],
    ["127.0.0.1.", "loopback"],
  ])("sees through the IPv4 spelling %s (%s)", (address, reason) => {
    expect(reasonOf(address)).toBe(reason);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:10.0.0.5]", "private"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::127.0.0.1", "loopback"],
    ["::a00:5", "private"],
    ["64:ff9b::10.0.0.5", "private"],
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["2002:7f00:1::", "loopback"],
    ["2002:c0a8:101::1", "private"],
  ])("judges the IPv6 form %s by the IPv4 address inside (%s)", (address, reason) => {
    expect(reasonOf(address)).toBe(reason);
  });

  it("lets IPv6 forms of public IPv4 addresses through", () => {
    expect(reasonOf("::ffff:93.184.216.34")).toBe("allowed");
    expect(reasonOf("64:ff9b::5db8:d822")).toBe("allowed");
    expect(reasonOf("2002:5db8:d822::1")).toBe("allowed");
  });

  it("refuses transition forms whose inner address cannot be trusted", () => {
    expect(reasonOf("2001::1")).toBe("ipv6_transition"); // Teredo
    expect(reasonOf("64:ff9b:1::a00:5")).toBe("ipv6_transition"); // NAT64 local-use
  });

  it("allowLoopback opens 127.0.0.0/8 and ::1 and nothing else", () => {
    expect(reasonOf("127.0.0.1", true)).toBe("allowed");
    expect(reasonOf("127.8.9.10", true)).toBe("allowed");
    expect(reasonOf("::1", true)).toBe("allowed");
    expect(reasonOf("10.0.0.5", true)).toBe("private");
    expect(reasonOf("169.254.169.254", true)).toBe("metadata");
    expect(reasonOf("0.0.0.0", true)).toBe("unspecified");
    expect(reasonOf("fc00::1", true)).toBe("unique_local");
    expect(reasonOf("::ffff:127.0.0.1", true)).toBe("loopback");
  });

  it("refuses host names: only addresses are judged here", () => {
    expect(reasonOf("localhost")).toBe("not_an_ip");
    expect(reasonOf("example.com")).toBe("not_an_ip");
    expect(reasonOf("08.0.0.1")).toBe("not_an_ip");
  });

  it("describes a refusal in words a user can act on", () => {
    expect(describeVerdict(checkAddress("10.0.0.5"))).toBe("10.0.0.5 is a private network address");
  });
});

describe("parseIpLiteral", () => {
  it("returns the canonical address for odd spellings and null for names", () => {
    expect(parseIpLiteral("0x7f000001")?.toString()).toBe("127.0.0.1");
    expect(parseIpLiteral("[::1]")?.toString()).toBe("::1");
    expect(parseIpLiteral("news.example")).toBeNull();
  });
});
