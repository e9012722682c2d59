import { describe, expect, it } from "vitest";
import { formatDateTime, formatShortDateTime } from "./format";

describe("times shown beside a review", () => {
  it("are compact beside the item, with the full time (year, zone) for the tooltip, both in UTC as server and browser render them", () => {
    expect(formatShortDateTime("2026-12-07T10:21:43.120Z")).toBe("7 Dec, 10:21");
    expect(formatDateTime("2026-12-07T10:21:43.120Z")).toBe("7 Dec 2026, 10:21 UTC");
    // Just after midnight UTC is the next day, whatever the machine's zone.
    expect(formatShortDateTime("2026-12-31T23:59:00.000Z")).toBe("31 Dec, 23:59");
    expect(formatShortDateTime("2027-01-01T00:05:00.000Z")).toBe("1 Jan, 00:05");
  });
});
