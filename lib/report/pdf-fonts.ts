/**
 * The typeface the PDF is set in: DejaVu Sans, regular and bold, from the npm
 * package `dejavu-fonts-ttf` (a free licence that allows embedding; pdfkit
 * embeds only the glyphs a report uses, so a one-page report stays ~15 KB).
 * It covers Latin with every European diacritic (Polish, Czech, Turkish,
 * Romanian, Vietnamese…), Greek and Cyrillic, which the 14 standard PDF fonts
 * could only transliterate. The files are found by package resolution, so the CLI's and the workers'
 * bundles, which keep node_modules external, find them too.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as fontkit from "fontkit";

export interface PdfFonts {
  /** Paths of the font files, which pdfkit reads and embeds (a subset of). */
  regular: string;
  bold: string;
  /** True when both faces have a glyph for this code point. */
  hasGlyph(codePoint: number): boolean;
}

/** The names render-pdf.ts registers the faces under. */
export const BODY_FONT = "Body";
export const BOLD_FONT = "Body-Bold";

let loaded: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  if (loaded) return loaded;
  const folder = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  const regular = path.join(folder, "DejaVuSans.ttf");
  const bold = path.join(folder, "DejaVuSans-Bold.ttf");
  const faces = [regular, bold].map((file) => {
    // The files live in node_modules, found at run time: nothing for the build to trace (without this
    // comment Turbopack traced the whole project into the server's output).
    const face = fontkit.create(readFileSync(/*turbopackIgnore: true*/ file));
    if (!("hasGlyphForCodePoint" in face)) throw new Error("DejaVu Sans: expected a single font, found a collection");
    return face;
  });
  const memo = new Map<number, boolean>();
  const hasGlyph = (codePoint: number): boolean => {
    let known = memo.get(codePoint);
    if (known === undefined) {
      known = faces.every((face) => face.hasGlyphForCodePoint(codePoint));
      memo.set(codePoint, known);
    }
    return known;
  };
  loaded = { regular, bold, hasGlyph };
  return loaded;
}
