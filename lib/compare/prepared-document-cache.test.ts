import { describe, expect, it } from "vitest";
import { PreparedDocumentCache } from "./prepared-document-cache";
import type { ComparableDocument } from "./types";

const doc = (text: string, outlet = "wire"): ComparableDocument => ({ info: { title: "Talks", outlet }, blocks: [{ role: "body", text }] });

describe("PreparedDocumentCache", () => {
  it("reads an article once while its content stays the same", () => {
    const cache = new PreparedDocumentCache();
    const first = cache.get(doc("Blinken met Motegi in Tokyo."));
    expect(cache.get(doc("Blinken met Motegi in Tokyo."))).toBe(first);
  });

  it("reads an edited article afresh, whatever part changed", () => {
    const cache = new PreparedDocumentCache();
    const first = cache.get(doc("Blinken met Motegi in Tokyo."));
    const edited = cache.get(doc("Blinken met Kishi in Tokyo."));
    expect(edited).not.toBe(first);
    expect(edited.passages[0]?.text).toBe("Blinken met Kishi in Tokyo.");
    expect(cache.get(doc("Blinken met Motegi in Tokyo.", "daily")).info.outlet).toBe("daily");
  });

  it("lets the least recently used article go when the text budget is spent", () => {
    const cache = new PreparedDocumentCache(60);
    const a = cache.get(doc("A".repeat(25)));
    cache.get(doc("B".repeat(25)));
    expect(cache.get(doc("A".repeat(25)))).toBe(a); // A is now the most recent
    cache.get(doc("C".repeat(25))); // over budget: B goes
    expect(cache.size).toBe(2);
    expect(cache.get(doc("A".repeat(25)))).toBe(a);
    expect(cache.get(doc("X".repeat(100)))).not.toBe(cache.get(doc("X".repeat(100)))); // too large to keep
  });
});
