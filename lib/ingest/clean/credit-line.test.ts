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

  it("recognises a newspaper's credit naming the contributors first", () => {
    expect(isReporterCredit("Staff writer Dana Okafor contributed to this report.")).toBe(true);
    expect(isReporterCredit("Luis Ferreira and Mei Tanaka contributed reporting.")).toBe(true);
    expect(isReporterCredit("Associated Press writers Tom Beck in Lisbon and Ana Ruiz contributed to this story.")).toBe(true);
    expect(isReporterCredit("Mei Tanaka contributed reporting from Osaka and Kobe.")).toBe(true);
    expect(isReporterCredit("Additional reporting by Ola Svensson.")).toBe(true);
  });

  it("leaves sentences about what contributed to something", () => {
    expect(isReporterCredit("Falling demand for diesel contributed to the decline.")).toBe(false);
    expect(isReporterCredit("Two former officials who contributed to the report said it was rewritten.")).toBe(false);
    expect(isReporterCredit("Volunteers contributed research that the council later ignored.")).toBe(false);
    // An official report is news; only "this report" is the story's own.
    expect(isReporterCredit("The Harbour Authority contributed to the report.")).toBe(false);
  });

  it("leaves sentences about reporting", () => {
    expect(isReporterCredit("Reporting by Reuters showed that the plan had failed.")).toBe(false);
    expect(isReporterCredit("Reporting by the BBC revealed the memo.")).toBe(false);
    expect(isReporterCredit("The reporting was done by Jane Doe.")).toBe(false);
  });
});
