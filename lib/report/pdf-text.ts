/**
 * The PDF uses the 14 standard PDF fonts (no font files to ship or fetch),
 * which can only show the Windows-1252 ("WinAnsi") characters. Everything else
 * is transliterated with any-ascii (Хабаровск → Khabarovsk, 北京 → BeiJing)
 * rather than printed as blank boxes, and the report says how many characters
 * were changed so nobody mistakes the PDF for the exact text.
 */
import anyAscii from "any-ascii";

// Windows-1252 code points above Latin-1 that the standard fonts also carry.
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

export function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRA.has(codePoint);
}

export interface PdfText {
  text: string;
  /** Characters that had to be transliterated or replaced. */
  replaced: number;
}

export function toWinAnsi(input: string): PdfText {
  let replaced = 0;
  let text = "";
  for (const char of input.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (char === "\n" || isWinAnsi(code)) {
      text += char;
      continue;
    }
    if (/\s/u.test(char)) {
      text += " ";
      continue;
    }
    if (/[\p{Cc}\p{Cf}]/u.test(char)) {
      replaced++;
      continue;
    }
    replaced++;
    const ascii = anyAscii(char);
    text += ascii.length > 0 ? ascii : "?";
  }
  return { text, replaced };
}
