import { describe, expect, it } from "vitest";
import { isBylineLine } from "./byline-line";
import { matchByline } from "./chrome-rules";

describe("isBylineLine", () => {
  it("takes a desk byline with its time stamps for metadata, however long", () => {
    expect(matchByline("By Meridian Press staff · December 3, 2026 2:05 PM UTC · Updated 3 hours ago")).toBe("Meridian Press staff");
    expect(isBylineLine("By Meridian Press staff · December 3, 2026 2:05 PM UTC · Updated 3 hours ago")).toBe(true);
    expect(isBylineLine("By Jane Doe and John Roe | Published March 14, 2025 | Last updated 10:32 AM GMT")).toBe(true);
    expect(isBylineLine("By Courier staff with Meridian Press | Published 3 December 2026")).toBe(true);
  });

  it("leaves a long line whose rest is not a time stamp, and sentences that start with By", () => {
    expect(isBylineLine("By Jane Doe · The council's plan to close three libraries was approved on Monday after a four-hour debate")).toBe(false);
    expect(isBylineLine("By Monday evening the roads were clear.")).toBe(false);
    expect(isBylineLine("By then staff had left the building.")).toBe(false);
  });
});
