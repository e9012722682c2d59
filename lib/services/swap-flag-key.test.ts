import { describe, expect, it } from "vitest";
import { analyseDocuments } from "../compare/analyse-documents";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { swapFlagKey, swappedFlagKeys } from "./swap-flag-key";

const ab = analyseDocuments(harbourA, harbourB);
const ba = analyseDocuments(harbourB, harbourA);

describe("swapFlagKey", () => {
  it("the fixture raises every kind of flag, so the translation is checked for each", () => {
    const kinds = new Set(ab.omissions.map((f) => (f.key.startsWith("quote:changed:") ? "quote-changed" : f.kind)));
    expect([...kinds].sort()).toEqual(["conflict", "entity", "number", "passage", "quote", "quote-changed"]);
    // Conflicts keep the key format of the changed figures they replace, so earlier reviews still attach;
    // one is filed under each side.
    expect(ab.omissions.filter((f) => f.kind === "conflict").map((f) => f.key.slice(0, 25)).sort()).toEqual(["number:a:4200000>5100000:", "number:b:4200000>5100000:"]);
  });

  it("gives, for every flag of A vs B, the key the same flag has in B vs A, and back", () => {
    const keysBA = ab.omissions.map((f) => swapFlagKey(f, ab));
    expect(keysBA).toHaveLength(ba.omissions.length);
    expect(new Set(keysBA)).toEqual(new Set(ba.omissions.map((f) => f.key)));
    const back = swappedFlagKeys(ba);
    for (const flag of ab.omissions) expect(back.get(swapFlagKey(flag, ab)!)).toBe(flag.key);
  });

  it("names the other side for a one-sided flag, keeping what the flag is about", () => {
    const aaberg = ab.omissions.find((f) => f.kind === "entity" && /Aaberg/.test(f.term ?? ""));
    expect(aaberg?.key).toMatch(/^entity:b:/);
    expect(swapFlagKey(aaberg!, ab)).toBe(aaberg!.key.replace(/^entity:b:/, "entity:a:"));
  });

  it("leaves a key of an unknown format untranslated", () => {
    const flag = { ...ab.omissions[0]!, key: "tone:b:harsher" };
    expect(swapFlagKey(flag, ab)).toBeUndefined();
  });
});
