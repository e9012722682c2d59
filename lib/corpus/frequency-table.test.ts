import { describe, expect, it } from "vitest";
import { FrequencyTable, frequencyTableFrom } from "./frequency-table";
import { hash52 } from "./hash52";

describe("FrequencyTable", () => {
  it("returns what was set for 52-bit hashes, and nothing for others", () => {
    const table = new FrequencyTable(1000);
    const hashes = Array.from({ length: 1000 }, (_, i) => hash52(`feature ${i}`));
    hashes.forEach((h, i) => table.set(h, i + 2));
    expect(table.size).toBe(1000);
    hashes.forEach((h, i) => expect(table.get(h)).toBe(i + 2));
    expect(table.get(hash52("never stored"))).toBeUndefined();
    table.set(hashes[0]!, 7);
    expect(table.get(hashes[0]!)).toBe(7);
    expect(table.size).toBe(1000);
  });

  it("refuses more rows than it was sized for instead of looping forever", () => {
    const table = new FrequencyTable(4);
    expect(() => {
      for (let i = 1; i <= 100; i++) table.set(i, i);
    }).toThrow(/full/);
  });
});

describe("frequencyTableFrom", () => {
  it("holds every row of every page, however many pages outgrow its first arrays", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ hash: hash52(`s:word${i}`), df: 2 + (i % 50) }));
    async function* pages() {
      for (let at = 0; at < rows.length; at += 64) yield rows.slice(at, at + 64);
    }
    const table = await frequencyTableFrom(pages(), 4);
    expect(table.size).toBe(1000);
    for (const row of rows) expect(table.get(row.hash)).toBe(row.df);
    expect(table.get(hash52("s:absent"))).toBeUndefined();
  });
});

describe("hash52", () => {
  it("spreads strings over all 52 bits, as safe integers", () => {
    const hashes = Array.from({ length: 2000 }, (_, i) => hash52(`n:name ${i}`));
    expect(hashes.every((h) => Number.isSafeInteger(h) && h >= 0 && h < 2 ** 52)).toBe(true);
    expect(Math.max(...hashes)).toBeGreaterThan(2 ** 51);
    expect(new Set(hashes).size).toBe(2000);
  });
});
