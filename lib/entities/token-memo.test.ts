import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { sharedTokens } from "./token-memo";

describe("shared tokens", () => {
  it("gives a name's tokens as the tokeniser does, read once for every comparison that asks", () => {
    const name = "Secretary of State Antony Blinken";
    const first = sharedTokens(name);
    expect(first).toEqual(tokenize(name));
    expect(sharedTokens(name)).toBe(first);
  });
});
