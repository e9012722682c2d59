import { describe, expect, it } from "vitest";
import { isContactLine } from "./interface-lines";

describe("isContactLine", () => {
  it("takes an invitation to write to the reporter with an address or account, not an address alone", () => {
    expect(isContactLine("Reach the reporter at jdoe@example.com.")).toBe(true);
    expect(isContactLine("Follow him on Twitter @jdoe.")).toBe(true);
    expect(isContactLine("The ministry said complaints go to info@ministry.gov.")).toBe(false);
    expect(isContactLine("Contact the authors for the full data set.")).toBe(false);
  });

  it("decides at once on a hostile page's one endless word, in Latin or Chinese letters", () => {
    // The address expression was tried at every position of a run without "@": quadratic, about
    // 20 s for 100,000 letters (3 s for 40,000), minutes for a page's worth, in the extraction worker.
    for (const word of ["x".repeat(100_000), "日".repeat(100_000), `${"a.".repeat(50_000)}@`]) {
      const started = performance.now();
      expect(isContactLine(word)).toBe(false);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
