import { describe, expect, it } from "vitest";
import { isHttpsRequest, isPublicPath, safeNextPath, safeNextTarget, sessionCookieOptions, sessionLifetimeSeconds, signInUrl } from "./session-paths";

describe("sign-in paths", () => {
  it("only the sign-in page and the framework's assets are open without a session", () => {
    expect(isPublicPath("/sign-in")).toBe(true);
    expect(isPublicPath("/_next/static/chunks/a.js")).toBe(true);
    expect(isPublicPath("/")).toBe(false);
    expect(isPublicPath("/sign-in-not")).toBe(false);
    expect(isPublicPath("/api/reports/story/x")).toBe(false);
  });

  it("sends the analyst back only to a path on this site", () => {
    expect(safeNextPath("/compare/a/b?x=1")).toBe("/compare/a/b?x=1");
    for (const evil of ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", null, "/sign-in?next=/x"]) expect(safeNextPath(evil)).toBe("/");
  });

  it("keeps a shared item link's fragment through sign-in, on this site's path only", () => {
    expect(safeNextTarget("/compare/a/b?order=b", "#item:passage%3Aa%3Ad0c870b9")).toBe("/compare/a/b?order=b#item:passage%3Aa%3Ad0c870b9");
    expect(safeNextTarget("/stories/s1", "pair-12")).toBe("/stories/s1#pair-12");
    expect(safeNextTarget("/stories/s1", "")).toBe("/stories/s1");
    expect(safeNextTarget("/stories/s1", null)).toBe("/stories/s1");
    // The path decides the host: a fragment never makes an outside address.
    expect(safeNextTarget("//evil.example/", "#item:x")).toBe("/#item:x");
    expect(safeNextTarget("https://evil.example/", "#x")).toBe("/#x");
    // A fragment with characters a URL cannot hold raw, or an absurd length, is dropped.
    for (const odd of ["#a b", "#a\nLocation: x", "#<script>", "#" + "a".repeat(501), "#a#b"]) expect(safeNextTarget("/compare/a/b", odd)).toBe("/compare/a/b");
  });

  it("builds the sign-in address with where to return and why", () => {
    expect(signInUrl("/")).toBe("/sign-in");
    expect(signInUrl("/stories/s1", "expired")).toBe("/sign-in?next=%2Fstories%2Fs1&reason=expired");
    expect(signInUrl("//evil.example")).toBe("/sign-in");
  });

  it("keeps the session cookie from scripts and cross-site writes, Secure over HTTPS", () => {
    expect(sessionCookieOptions(false, 60)).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 60 });
    expect(sessionCookieOptions(true).secure).toBe(true);
    expect(isHttpsRequest("https")).toBe(true);
    expect(isHttpsRequest("https, http")).toBe(true);
    expect(isHttpsRequest(null, "https:")).toBe(true);
    expect(isHttpsRequest(null, "http:")).toBe(false);
  });

  it("reads the session lifetime from LACUNA_SESSION_DAYS, 7 days when unset or unusable", () => {
    expect(sessionLifetimeSeconds({})).toBe(7 * 86400);
    expect(sessionLifetimeSeconds({ LACUNA_SESSION_DAYS: "1" })).toBe(86400);
    expect(sessionLifetimeSeconds({ LACUNA_SESSION_DAYS: "-3" })).toBe(7 * 86400);
    expect(sessionLifetimeSeconds({ LACUNA_SESSION_DAYS: "soon" })).toBe(7 * 86400);
  });
});
