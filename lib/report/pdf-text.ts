/**
 * What the PDF can print exactly. Its typeface (pdf-fonts.ts) has Latin,
 * Greek and Cyrillic; scripts it lacks (Chinese, Japanese, Korean, Indic…)
 * are transliterated with any-ascii (北京 → BeiJing) rather than printed as
 * blank boxes, and so are right-to-left scripts (Hebrew, Arabic…): pdfkit
 * lays every line out left to right, so they would print backwards. The
 * report says how many characters were changed, so nobody mistakes the PDF
 * for the exact text.
 */
import anyAscii from "any-ascii";

export interface PdfText {
  text: string;
  /** Characters that had to be transliterated or replaced. */
  replaced: number;
}

const INVISIBLE = /[\p{Cc}\p{Cf}]/u;
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

/**
 * A filter for text bound for the PDF: `hasGlyph` says which code points the
 * typeface can draw. Decisions are kept per code point, as a long report
 * repeats the same few hundred characters.
 */
export function pdfTextFilter(hasGlyph: (codePoint: number) => boolean): (input: string) => PdfText {
  const printable = new Map<string, boolean>();
  const canPrint = (char: string): boolean => {
    let known = printable.get(char);
    if (known === undefined) {
      known = !INVISIBLE.test(char) && !RIGHT_TO_LEFT.test(char) && hasGlyph(char.codePointAt(0)!);
      printable.set(char, known);
    }
    return known;
  };
  return (input) => {
    let replaced = 0;
    let text = "";
    for (const char of input.normalize("NFC")) {
      if (char === "\n" || canPrint(char)) {
        text += char;
        continue;
      }
      if (/\s/u.test(char)) {
        text += " ";
        continue;
      }
      replaced++;
      if (INVISIBLE.test(char)) continue;
      const ascii = anyAscii(char);
      text += ascii.length > 0 ? ascii : "?";
    }
    return { text, replaced };
  };
}
