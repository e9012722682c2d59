import { describe, expect, it } from "vitest";
import { FetchError } from "../fetch/fetch-error";
import { describeFailure, isRetryable, timeoutFailure } from "./link-failure";

describe("link failures", () => {
  it("keeps the fetcher's code and sentence", () => {
    const failure = describeFailure(new FetchError("blocked_address", "127.0.0.1 is a private address; Lacuna does not fetch it."));
    expect(failure).toEqual({ code: "blocked_address", message: "127.0.0.1 is a private address; Lacuna does not fetch it." });
  });

  it("gives anything else a generic code and a readable message", () => {
    expect(describeFailure(new Error("boom"))).toEqual({ code: "failed", message: "boom" });
    expect(describeFailure(undefined)).toEqual({ code: "failed", message: "The link could not be ingested." });
  });

  it("offers no retry for links refused by policy or by what they are", () => {
    for (const code of ["blocked_address", "blocked_port", "invalid_url", "not_html", "too_large", "sign_in_wall", "embedded_frame", "needs_javascript"]) expect(isRetryable(code)).toBe(false);
    for (const code of ["timeout", "http_status", "network", "dns_failed", "interrupted", "failed", null]) expect(isRetryable(code)).toBe(true);
  });

  it("says how long it waited", () => {
    expect(timeoutFailure(45_000)).toEqual({ code: "timeout", message: "Gave up on this link after 45 seconds." });
  });
});
