import { describe, expect, it } from "vitest";
import { MAX_FAILURES, SignInThrottle, WINDOW_MS } from "./sign-in-throttle";

describe("the sign-in throttle", () => {
  it("refuses an account after too many failures in the window, and lets it in again once they age out", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.fail("alice", 1000 + i);
    expect(throttle.waitFor("alice", 2000)).toBe(0);
    throttle.fail("alice", 2000);
    expect(throttle.waitFor("alice", 2000)).toBe(WINDOW_MS - 1000);
    expect(throttle.waitFor("bob", 2000)).toBe(0);
    expect(throttle.waitFor("alice", 1000 + WINDOW_MS)).toBe(0);
  });

  it("forgets the failures after a successful sign-in", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < MAX_FAILURES; i++) throttle.fail("alice", i);
    throttle.succeed("alice");
    expect(throttle.waitFor("alice", 100)).toBe(0);
  });
});
