import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./pdf-text";

describe("toWinAnsi", () => {
  it("keeps what the standard fonts can show, typographic quotes and dashes included", () => {
    expect(toWinAnsi("Café “quoted” – 5 € … Œuvre")).toEqual({ text: "Café “quoted” – 5 € … Œuvre", replaced: 0 });
  });

  it("transliterates other scripts and counts every changed character", () => {
    const result = toWinAnsi("Łódź Хабаровск");
    // ó is Latin-1 and stays; Ł and ź are not and become L and z.
    expect(result.text).toBe("Lódz Khabarovsk");
    expect(result.replaced).toBe(2 + 9);
  });

  it("drops invisible control and format characters", () => {
    expect(toWinAnsi("a\u200bb\u0007c").text).toBe("abc");
  });
});
