import { describe, expect, it } from "vitest";
import { documentFingerprint } from "./document-fingerprint";
import { PreparedDocumentCache } from "./prepared-document-cache";
import type { ComparableDocument } from "../types/comparison";

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

describe("PreparedDocumentCache keys", () => {
  it("keeps a short key for a long article, and finds it again from an equal copy", () => {
    const long = "The talks covered trade, security and the Indo-Pacific. ".repeat(30_000); // ≈1.7 MB
    const key = documentFingerprint(doc(long));
    expect(key.length).toBeLessThan(40);
    const cache = new PreparedDocumentCache(5_000_000);
    const first = cache.get(doc(long));
    expect(cache.get(doc(long))).toBe(first);
  });

  it("tells apart documents that differ only in where a block ends, a role or the source", () => {
    const two = (x: string, y: string, role: "body" | "heading" = "body"): ComparableDocument => ({
      info: { title: "Talks", outlet: "wire" },
      blocks: [{ role, text: x }, { role: "body", text: y }],
    });
    const keys = [
      documentFingerprint(two("Blinken met", " Motegi.")),
      documentFingerprint(two("Blinken met ", "Motegi.")),
      documentFingerprint(two("Blinken met", " Motegi.", "heading")),
      documentFingerprint({ ...two("Blinken met", " Motegi."), info: { title: "Talks", outlet: "daily" } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(documentFingerprint(two("Blinken met", " Motegi."))).toBe(keys[0]);
  });

  it("never serves another article's reading, even when two fingerprints collide", () => {
    const cache = new PreparedDocumentCache(undefined, () => "same key");
    const first = cache.get(doc("Blinken met Motegi in Tokyo."));
    const other = cache.get(doc("Austin met Kishi in Tokyo."));
    expect(other).not.toBe(first);
    expect(other.passages[0]?.text).toBe("Austin met Kishi in Tokyo.");
    expect(cache.get(doc("Austin met Kishi in Tokyo."))).toBe(other);
    expect(cache.size).toBe(1);
  });
});
