import { describe, expect, it } from "vitest";
import { searchKey } from "./search-key";

describe("searchKey", () => {
  it("drops accents and letter case, so both spellings give one key", () => {
    expect(searchKey("Café owners")).toBe("cafe owners");
    expect(searchKey("CAFE OWNERS")).toBe("cafe owners");
    expect(searchKey("Explosion meurtrière à Beyrouth")).toBe("explosion meurtriere a beyrouth");
    expect(searchKey("São Paulo, Zürich, İstanbul, Ελλάδα")).toBe("sao paulo, zurich, istanbul, ελλαδα");
  });

  it("spells letters with a stroke as the plain letters typed for them", () => {
    expect(searchKey("Łódź and Øresund, Straße")).toBe("lodz and oresund, strasse");
  });

  it("keeps kana voicing marks and Hangul syllables as written", () => {
    expect(searchKey("ガザ停戦")).toBe("ガザ停戦");
    expect(searchKey("한국 정부")).toBe("한국 정부");
  });

  it("keeps digits, currency marks and punctuation", () => {
    expect(searchKey("Quake of 5.7 — $5bn, €3")).toBe("quake of 5.7 — $5bn, €3");
  });
});
