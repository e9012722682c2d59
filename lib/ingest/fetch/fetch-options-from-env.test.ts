import { describe, expect, it } from "vitest";
import { fetchOptionsFromEnv } from "./fetch-options-from-env";

describe("fetchOptionsFromEnv", () => {
  it("allows loopback only for LACUNA_ALLOW_LOOPBACK_FETCH=1 exactly", () => {
    expect(fetchOptionsFromEnv({ LACUNA_ALLOW_LOOPBACK_FETCH: "1" })).toEqual({ allowLoopback: true });
    expect(fetchOptionsFromEnv({})).toEqual({ allowLoopback: false });
    expect(fetchOptionsFromEnv({ LACUNA_ALLOW_LOOPBACK_FETCH: "true" })).toEqual({ allowLoopback: false });
    expect(fetchOptionsFromEnv({ LACUNA_ALLOW_LOOPBACK_FETCH: "0" })).toEqual({ allowLoopback: false });
  });
});
