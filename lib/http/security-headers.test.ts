import { describe, expect, it } from "vitest";
import { BASE_SECURITY_HEADERS, isNonPagePath, newNonce, NON_PAGE_CSP, pageCsp } from "./security-headers";

describe("security headers", () => {
  it("page scripts need the request's nonce: no 'unsafe-inline' for scripts", () => {
    const csp = pageCsp("abc123==");
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("allows eval only under next dev", () => {
    expect(pageCsp("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("gives JSON, downloads and the raw source a policy under which nothing runs", () => {
    expect(NON_PAGE_CSP).toContain("default-src 'none'");
    expect(NON_PAGE_CSP).toContain("sandbox");
    expect(isNonPagePath("/api/reports/story/x")).toBe(true);
    expect(isNonPagePath("/articles/abc/raw")).toBe(true);
    expect(isNonPagePath("/articles/abc")).toBe(false);
    expect(isNonPagePath("/")).toBe(false);
  });

  it("turns off browser features Lacuna never uses", () => {
    expect(BASE_SECURITY_HEADERS["Permissions-Policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(BASE_SECURITY_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("makes a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
