import { describe, expect, it } from "vitest";
import { SYNTHETIC_EVENTS } from "./fixtures/synthetic-events";
import { prepareCollection, resolveParams } from "./group-articles";
import { buildNeighbourGraph } from "./neighbour-graph";

describe("buildNeighbourGraph", () => {
  const params = resolveParams();
  const { vectors, days } = prepareCollection(SYNTHETIC_EVENTS, params);
  const edges = buildNeighbourGraph(vectors, days, params);
  const index = (id: string) => SYNTHETIC_EVENTS.findIndex((d) => d.id === id);
  const edge = (x: string, y: string) => edges.find((e) => e.a === Math.min(index(x), index(y)) && e.b === Math.max(index(x), index(y)));

  it("links articles of one event", () => {
    expect(edge("volcano-wire", "volcano-daily")?.score).toBeGreaterThan(params.mergeThreshold);
    expect(edge("rates-wire", "rates-markets")?.score).toBeGreaterThan(params.mergeThreshold);
  });

  it("lists each pair once, lower index first, without self-links", () => {
    const keys = edges.map((e) => `${e.a}:${e.b}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of edges) expect(e.a).toBeLessThan(e.b);
  });

  it("damps a pair published a year apart", () => {
    const sameWeek = edge("budget2023-wire", "budget2023-local")!.score;
    const yearApart = edge("budget2023-wire", "budget2024-wire")?.score ?? 0;
    expect(yearApart).toBeLessThan(sameWeek / 100);
  });
});
