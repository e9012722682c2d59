import { describe, expect, it } from "vitest";
import { TextIndex } from "./text-index";

describe("TextIndex.inDateline: a place a source names only in its dateline", () => {
  // Invented wire copy filed from Marlowe; the raw-text check asks whether the wire writes "Marlowe".
  const wire = new TextIndex(
    [
      "Judge approves water settlement",
      "MARLOWE, Ky., Dec. 3 (CWS) - A federal judge on Thursday approved a settlement between the water utility and its customers.",
      "The utility said it would not appeal, according to a filing in NEW HAVEN.",
    ].join("\n"),
  );

  it("finds the place of a line's dateline, whatever its case, as whole words", () => {
    expect(wire.inDateline("Marlowe")).toBe(true);
    expect(wire.hasAlone("Marlowe")).toBe(false);
    expect(wire.inDateline("Marl")).toBe(false);
  });

  it("reads no capitals outside a dateline as one", () => {
    expect(wire.inDateline("New Haven")).toBe(false);
    expect(new TextIndex("A judge in Marlowe approved it.").inDateline("Marlowe")).toBe(false);
  });
});
