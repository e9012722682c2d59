import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "./windows-1252";

describe("decodeWindows1252", () => {
  it("maps 0x80–0x9F to the typographic characters, not to C1 controls", () => {
    const bytes = Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]);
    expect(decodeWindows1252(bytes)).toBe("€…‘’“”–—™Ÿ");
  });

  it("keeps ASCII and the Latin-1 upper half as they are", () => {
    const bytes = Uint8Array.from([0x41, 0x20, 0xe9, 0xfc, 0xa3, 0xff]);
    expect(decodeWindows1252(bytes)).toBe("A éü£ÿ");
  });

  it("decodes a view into a larger buffer from its own offset", () => {
    const whole = Uint8Array.from([0x78, 0x78, 0x93, 0x4f, 0x4b, 0x94, 0x78]);
    expect(decodeWindows1252(whole.subarray(2, 6))).toBe("“OK”");
  });
});
