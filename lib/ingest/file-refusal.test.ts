import { describe, expect, it } from "vitest";
import { refusedFile } from "./file-refusal";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

describe("refusedFile", () => {
  it("refuses a PDF, also after blank lines, saying to paste its text", () => {
    expect(refusedFile("briefing.pdf", bytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj"))).toBe(
      "briefing.pdf is a PDF. Lacuna reads web pages (.html) and text; copy the PDF's text and paste it instead.",
    );
    expect(refusedFile("saved.txt", bytes("\r\n%PDF-1.7\n"))).toMatch(/saved\.txt is a PDF/);
  });

  it("refuses an empty file, an image and an office document by name", () => {
    expect(refusedFile("blank.html", new Uint8Array())).toBe("blank.html is empty.");
    expect(refusedFile("photo.html", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toMatch(/photo\.html is not a web page or a text file/);
    expect(refusedFile("notes.txt", bytes("PK\x03\x04\x14\x00\x06\x00"))).toMatch(/notes\.txt is not a web page or a text file/);
  });

  it("lets a page or a text that mentions PDFs through", () => {
    expect(refusedFile("story.html", bytes("<!doctype html><p>The file began with %PDF-1.7, the clerk said.</p>"))).toBeNull();
    expect(refusedFile("story.txt", bytes("Officials said the %PDF-1.7 report was late."))).toBeNull();
  });
});
