import { describe, expect, it } from "vitest";
import { parseAllowedHosts } from "./host-allowlist";
import { MAX_REQUEST_BODY_BYTES } from "./limits";
import { checkRequest } from "./request-gate";
import { checkActionBody } from "./action-body";

const allowlist = parseAllowedHosts("lacuna.newsroom.example");

function request(method: string, rawPath: string, headers: Record<string, string>) {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return checkRequest({ method, rawPath, headers: { get: (name) => map.get(name.toLowerCase()) ?? null } }, allowlist);
}

describe("the request gate", () => {
  it("lets a same-origin page view and a same-origin write through", () => {
    expect(request("GET", "/articles/abc", { host: "127.0.0.1:3000" })).toBeNull();
    expect(request("POST", "/articles/abc", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-length": "20" })).toBeNull();
    expect(request("POST", "/", { host: "lacuna.newsroom.example", origin: "https://lacuna.newsroom.example", "content-length": "20" })).toBeNull();
  });

  it("refuses the DNS-rebinding request of the issue: an unknown Host, whatever the Origin says", () => {
    const rebinding = { host: "attacker.example:3000", origin: "http://attacker.example:3000" };
    expect(request("POST", "/articles/abc", rebinding)).toMatchObject({ status: 403, code: "host_not_allowed" });
    expect(request("GET", "/api/reports/story/abc", { host: "attacker.example:3000" })).toMatchObject({ status: 403, code: "host_not_allowed" });
  });

  it("checks X-Forwarded-Host too, since the app trusts it for origins", () => {
    expect(request("GET", "/", { host: "127.0.0.1:3000", "x-forwarded-host": "attacker.example" })).toMatchObject({ status: 403 });
    expect(request("GET", "/", { host: "127.0.0.1:3000", "x-forwarded-host": "lacuna.newsroom.example, attacker.example" })).toMatchObject({ status: 403 });
    expect(request("POST", "/", { host: "127.0.0.1:3000", "x-forwarded-host": "lacuna.newsroom.example", origin: "https://lacuna.newsroom.example" })).toBeNull();
  });

  it("refuses a request without a Host", () => {
    expect(request("GET", "/", {})).toMatchObject({ status: 403 });
  });

  it("answers 400 for a malformed %-escape anywhere in the path", () => {
    expect(request("GET", "/articles/%E0%A4%A", { host: "localhost:3000" })).toMatchObject({ status: 400, code: "bad_path" });
    expect(request("GET", "/%zz", { host: "localhost:3000" })).toMatchObject({ status: 400 });
    expect(request("GET", "/articles/caf%C3%A9", { host: "localhost:3000" })).toBeNull();
  });

  it("refuses writes from another origin, an opaque origin, or a browser that marks them cross-site", () => {
    expect(request("POST", "/", { host: "127.0.0.1:3000", origin: "http://evil.example" })).toMatchObject({ status: 403, code: "cross_origin" });
    expect(request("POST", "/", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" })).toMatchObject({ status: 403 });
    expect(request("DELETE", "/", { host: "127.0.0.1:3000", origin: "null" })).toMatchObject({ status: 403 });
    expect(request("POST", "/", { host: "127.0.0.1:3000", origin: "not a url" })).toMatchObject({ status: 403 });
    expect(request("POST", "/", { host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" })).toMatchObject({ status: 403 });
    expect(request("POST", "/", { host: "127.0.0.1:3000", "sec-fetch-site": "same-site" })).toMatchObject({ status: 403 });
  });

  it("lets a write without any browser marks through (a script carries no victim's cookies; the session check still applies)", () => {
    expect(request("POST", "/", { host: "127.0.0.1:3000" })).toBeNull();
  });

  it("answers 413 for a declared body over the limit and 400 for a Content-Length that is not a number", () => {
    const same = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
    expect(request("POST", "/", { ...same, "content-length": String(MAX_REQUEST_BODY_BYTES) })).toBeNull();
    expect(request("POST", "/", { ...same, "content-length": String(MAX_REQUEST_BODY_BYTES + 1) })).toMatchObject({ status: 413, code: "too_large" });
    expect(request("POST", "/", { ...same, "content-length": "12abc" })).toMatchObject({ status: 400 });
  });
});

describe("the action body check", () => {
  it("accepts a JSON list of arguments, as Next sends them", () => {
    expect(checkActionBody("text/plain;charset=UTF-8", '["abc"]')).toBeNull();
    expect(checkActionBody("text/plain", "[]")).toBeNull();
  });

  it("answers 400 for a body that is not JSON or not a list", () => {
    expect(checkActionBody("text/plain;charset=UTF-8", '["unterminated')).toMatchObject({ status: 400, message: expect.stringMatching(/not JSON/) });
    expect(checkActionBody("text/plain", '{"a":1}')).toMatchObject({ status: 400, message: expect.stringMatching(/not a list/) });
    expect(checkActionBody(null, "")).toMatchObject({ status: 400 });
  });

  it("leaves other content types to their own parser", () => {
    expect(checkActionBody("application/x-www-form-urlencoded", "a=%zz")).toBeNull();
  });
});
