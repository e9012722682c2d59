import { describe, expect, it } from "vitest";
import { BoundedCache, rememberPromise } from "./bounded-cache";

describe("BoundedCache", () => {
  it("drops the least recently used entries once the weight passes the bound", () => {
    const cache = new BoundedCache<string, number>(10);
    cache.set("a", 1, 4);
    cache.set("b", 2, 4);
    expect(cache.get("a")).toBe(1); // "a" is now the most recently used
    cache.set("c", 3, 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("does not keep an entry heavier than the whole bound, nor the old value under its key", () => {
    const cache = new BoundedCache<string, string>(10);
    cache.set("page", "old", 2);
    cache.set("page", "huge", 11);
    expect(cache.get("page")).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});

describe("rememberPromise", () => {
  it("runs the work once for callers that ask while it is pending and after it succeeded", async () => {
    const cache = new BoundedCache<string, Promise<string>>(100);
    let runs = 0;
    const work = async () => `analysis ${++runs}`;
    const [first, second] = await Promise.all([rememberPromise(cache, "pair", 1, work), rememberPromise(cache, "pair", 1, work)]);
    expect([first, second, await rememberPromise(cache, "pair", 1, work)]).toEqual(["analysis 1", "analysis 1", "analysis 1"]);
    expect(runs).toBe(1);
  });

  it("forgets a failure, so the next caller runs the work again", async () => {
    const cache = new BoundedCache<string, Promise<string>>(100);
    let runs = 0;
    const flaky = async () => {
      runs += 1;
      if (runs === 1) throw new Error("worker lost");
      return "analysis";
    };
    await expect(rememberPromise(cache, "pair", 1, flaky)).rejects.toThrow("worker lost");
    await expect(rememberPromise(cache, "pair", 1, flaky)).resolves.toBe("analysis");
    expect(runs).toBe(2);
  });
});
