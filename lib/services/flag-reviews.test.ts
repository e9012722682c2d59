import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listReviews } from "../db/reviews";
import { reviewFlag } from "./flag-reviews";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(async () => cleanup());

describe("reviewFlag", () => {
  it("stores a verdict with its note, replaces it, and clears it with 'none'", async () => {
    const scope = "story:s1";
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "needs-check", note: "Ask the desk" });
    expect((await listReviews(scope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "needs-check", note: "Ask the desk" });
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "confirmed" });
    expect((await listReviews(scope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "confirmed", note: "" });
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "none" });
    expect((await listReviews(scope)).size).toBe(0);
  });

  it.each([
    ["an unknown scope", { scope: "global", flagKey: "k", status: "confirmed" as const }, /scope/],
    ["a missing flag key", { scope: "story:s1", flagKey: "", status: "confirmed" as const }, /which flag/],
    ["an overlong note", { scope: "story:s1", flagKey: "k", status: "confirmed" as const, note: "x".repeat(5001) }, /5,000/],
  ])("refuses %s with a message and stores nothing", async (_name, input, message) => {
    const error = await reviewFlag(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((await listReviews("story:s1")).size).toBe(0);
  });
});
