import { describe, expect, it } from "vitest";
import { fullKeys, pickWithinCaps, type CapCandidate } from "./job-caps";

const link = (id: string, host: string): CapCandidate => ({ id, kind: "ingest-link", concurrencyKey: host });
const caps = { "ingest-link": { total: 4, perKey: 2 }, "report-export": { total: 1 } };

describe("pickWithinCaps", () => {
  it("takes the oldest jobs up to the total cap and at most perKey of one host", () => {
    const candidates = [link("1", "a"), link("2", "a"), link("3", "a"), link("4", "b"), link("5", "c"), link("6", "c")];
    expect(pickWithinCaps(candidates, [], caps, 10)).toEqual(["1", "2", "4", "5"]);
  });

  it("counts what other workers already run", () => {
    const candidates = [link("1", "a"), link("2", "b"), link("3", "b"), link("4", "c")];
    const running = [
      { kind: "ingest-link", concurrencyKey: "a", count: 2 },
      { kind: "ingest-link", concurrencyKey: "b", count: 1 },
    ];
    // 3 running: one more fits, and host a is full.
    expect(pickWithinCaps(candidates, running, caps, 10)).toEqual(["2"]);
  });

  it("keeps each kind to its own cap and ignores kinds it has no cap for", () => {
    const candidates: CapCandidate[] = [
      { id: "e1", kind: "report-export", concurrencyKey: null },
      { id: "e2", kind: "report-export", concurrencyKey: null },
      link("1", "a"),
      { id: "x", kind: "unknown", concurrencyKey: null },
    ];
    expect(pickWithinCaps(candidates, [], caps, 10)).toEqual(["e1", "1"]);
  });

  it("stops at the worker's free slots", () => {
    expect(pickWithinCaps([link("1", "a"), link("2", "b"), link("3", "c")], [], caps, 2)).toEqual(["1", "2"]);
  });
});

describe("fullKeys", () => {
  it("names the kinds and hosts at their cap so the claim can look past their jobs", () => {
    const running = [
      { kind: "ingest-link", concurrencyKey: "a", count: 2 },
      { kind: "ingest-link", concurrencyKey: "b", count: 1 },
      { kind: "report-export", concurrencyKey: null, count: 1 },
    ];
    expect(fullKeys(running, caps)).toEqual({ kinds: ["report-export"], keys: [{ kind: "ingest-link", key: "a" }] });
  });
});
