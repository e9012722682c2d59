import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { firmNameEnd } from "./firm-names";

/** The words of the firm's name found at the first token, or undefined. */
function firmAtStart(text: string): string | undefined {
  const tokens = tokenize(text);
  const end = firmNameEnd(text, tokens, 0);
  return end === undefined ? undefined : text.slice(tokens[0]?.start ?? 0, tokens[end - 1]?.end ?? 0);
}

describe("firmNameEnd", () => {
  it("reads partners' names joined by commas and an ampersand, or by 'and' before a company suffix, as one firm", () => {
    expect(firmAtStart("Kasowitz, Benson, Torres & Friedman is a law firm.")).toBe("Kasowitz, Benson, Torres & Friedman");
    expect(firmAtStart("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC, where he was a partner.")).toBe("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo PC");
  });

  it("leaves lists alone: no ampersand and no company suffix, or a single word", () => {
    expect(firmAtStart("Ohio, Michigan and Wisconsin voted.")).toBeUndefined();
    expect(firmAtStart("Smith, Jones and Brown voted no.")).toBeUndefined();
    expect(firmAtStart("Benson said so.")).toBeUndefined();
  });
});
