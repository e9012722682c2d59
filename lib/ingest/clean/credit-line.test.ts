import { describe, expect, it } from "vitest";
import { isReporterCredit } from "./credit-line";

describe("isReporterCredit", () => {
  it("recognises the credits closing a wire story, short or long", () => {
    expect(isReporterCredit("(Reporting by Anna Lindqvist; Editing by Mark Osei)")).toBe(true);
    expect(
      isReporterCredit("Reporting by Jonathan Landay in Washington and Jo Park at the United Nations; Additional reporting by Ann Lee; Writing by J. Smith; Editing by Leslie Adler"),
    ).toBe(true);
    expect(isReporterCredit("(Writing by Jane Doe. Editing by John Roe)")).toBe(true);
    expect(isReporterCredit("Contributing: Ann Lee, USA TODAY")).toBe(true);
  });

  it("leaves sentences about reporting", () => {
    expect(isReporterCredit("Reporting by Reuters showed that the plan had failed.")).toBe(false);
    expect(isReporterCredit("Reporting by the BBC revealed the memo.")).toBe(false);
    expect(isReporterCredit("The reporting was done by Jane Doe.")).toBe(false);
  });
});
