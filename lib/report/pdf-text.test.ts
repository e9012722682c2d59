import { describe, expect, it } from "vitest";
import { pdfFonts } from "./pdf-fonts";
import { pdfTextFilter } from "./pdf-text";

const toPdfText = pdfTextFilter(pdfFonts().hasGlyph);

describe("pdfTextFilter with the PDF's typeface", () => {
  it("keeps Latin with its diacritics, Greek, Cyrillic and typographic marks", () => {
    const text = "Café “quoted” – 5 € … Œuvre; Łódź, Şişli, Nguyễn; Ελλάδα; Хабаровск";
    expect(toPdfText(text)).toEqual({ text, replaced: 0 });
  });

  it("composes decomposed accents before deciding (e + combining acute is é)", () => {
    expect(toPdfText("Cafe\u0301")).toEqual({ text: "Café", replaced: 0 });
  });

  it("transliterates scripts the typeface lacks and right-to-left scripts, counting each character", () => {
    expect(toPdfText("北京 שלום")).toEqual({ text: "BeiJing slvm", replaced: 2 + 4 });
  });

  it("drops invisible control and format characters and turns odd spaces into spaces", () => {
    expect(toPdfText("a\u200bb\u0007c\td")).toEqual({ text: "abc d", replaced: 2 });
  });
});
