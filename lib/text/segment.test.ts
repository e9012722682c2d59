import { describe, expect, it } from "vitest";
import { segmentBlocks } from "./segment";
import { blocksToText, type Block } from "./types";

function body(...paragraphs: string[]): Block[] {
  return paragraphs.map((text) => ({ role: "body", text }));
}

function sentences(text: string): string[] {
  return segmentBlocks(body(text)).map((p) => p.text);
}

describe("segmentBlocks", () => {
  it("keeps offsets that point into the canonical text, across blocks", () => {
    const blocks: Block[] = [
      { role: "heading", text: "Talks in London" },
      { role: "body", text: "  Mr. Lee spoke first.  Then Dr. Kim replied.\u00a0" },
      { role: "caption", text: "Ministers meet. Photo: AP" },
      { role: "body", text: "Officials met again on Jan. 5. Nothing was agreed." },
    ];
    const canonical = blocksToText(blocks);
    const passages = segmentBlocks(blocks);
    expect(passages.map((p) => p.text)).toEqual([
      "Talks in London",
      "Mr. Lee spoke first.",
      "Then Dr. Kim replied.",
      "Ministers meet. Photo: AP",
      "Officials met again on Jan. 5.",
      "Nothing was agreed.",
    ]);
    for (const p of passages) expect(canonical.slice(p.start, p.end)).toBe(p.text);
    expect(passages.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(passages.map((p) => p.paragraph)).toEqual([0, 1, 1, 2, 3, 3]);
    expect(passages.map((p) => p.role)).toEqual(["heading", "body", "body", "caption", "body", "body"]);
  });

  it("gives a credits line no passage, and the passages after it their true offsets", () => {
    const blocks: Block[] = [
      { role: "body", text: "Dock workers kept the port shut for a second day." },
      { role: "credit", text: "(Reporting by Ines Albanese; Editing by Helen Marsh)" },
      { role: "body", text: "Talks resume on Monday." },
    ];
    const canonical = blocksToText(blocks);
    const passages = segmentBlocks(blocks);
    expect(passages.map((p) => p.text)).toEqual(["Dock workers kept the port shut for a second day.", "Talks resume on Monday."]);
    expect(passages.map((p) => [p.index, p.paragraph])).toEqual([[0, 0], [1, 2]]);
    for (const p of passages) expect(canonical.slice(p.start, p.end)).toBe(p.text);
  });

  it("does not break after titles, initials, months before a day, No. before a number", () => {
    expect(
      sentences(
        "Gen. Mark Milley met Mrs. Ito and Lt. Col. Ann Park on Sept. 11. John F. Kennedy won the No. 2 spot. St. Louis was next. Representative C. A. Dutch Ruppersberger of Maryland and J. R. R. Tolkien agreed.",
      ),
    ).toEqual([
      "Gen. Mark Milley met Mrs. Ito and Lt. Col. Ann Park on Sept. 11.",
      "John F. Kennedy won the No. 2 spot.",
      "St. Louis was next.",
      "Representative C. A. Dutch Ruppersberger of Maryland and J. R. R. Tolkien agreed.",
    ]);
  });

  it("keeps U.S., U.N. and Inc. inside a sentence but ends the sentence when a new one clearly starts", () => {
    expect(
      sentences(
        "U.S. and U.N. envoys met Acme Inc. Chief Executive Jane Roe. Troops left the U.S. The talks ended. Shares of Acme Corp. It fell 3.5% by 7 p.m. on Monday.",
      ),
    ).toEqual([
      "U.S. and U.N. envoys met Acme Inc. Chief Executive Jane Roe.",
      "Troops left the U.S.",
      "The talks ended.",
      "Shares of Acme Corp.",
      "It fell 3.5% by 7 p.m. on Monday.",
    ]);
  });

  it("gives a closing quote to the sentence it closes and keeps attributions with the quote", () => {
    expect(
      sentences("“We discussed China. We agreed,” the minister said. “Why?” he asked. He paused … and left… Then he returned."),
    ).toEqual([
      "“We discussed China.",
      "We agreed,” the minister said.",
      "“Why?” he asked.",
      "He paused … and left…",
      "Then he returned.",
    ]);
    expect(sentences('He said: "It is over." She nodded.')).toEqual(['He said: "It is over."', "She nodded."]);
    expect(sentences("“What have you been doing, John?” Obama said. The House voted.")).toEqual([
      "“What have you been doing, John?” Obama said.",
      "The House voted.",
    ]);
  });

  it("never splits a heading or caption into sentences", () => {
    const passages = segmentBlocks([
      { role: "heading", text: "U.S. envoy: Talks end. What next?" },
      { role: "caption", text: "Gen. Milley (left). Photo: Reuters." },
    ]);
    expect(passages.map((p) => [p.role, p.text])).toEqual([
      ["heading", "U.S. envoy: Talks end. What next?"],
      ["caption", "Gen. Milley (left). Photo: Reuters."],
    ]);
  });

  it("splits list items written on their own lines", () => {
    expect(sentences("Key points:\n- Tariffs rise\n• Talks resume in June\n1. Troops stay")).toEqual([
      "Key points:",
      "- Tariffs rise",
      "• Talks resume in June",
      "1. Troops stay",
    ]);
  });

  it("handles all-caps copy", () => {
    expect(sentences("THE U.S. TEAM LEFT. GEN. MILLEY STAYED. THE END.")).toEqual([
      "THE U.S. TEAM LEFT.",
      "GEN. MILLEY STAYED.",
      "THE END.",
    ]);
  });

  it("breaks at Japanese full stops, also next to English", () => {
    expect(sentences("両外相はロンドンで会談した。中国について協議した。Blinken said talks went well. 「協力する。」と述べた。")).toEqual([
      "両外相はロンドンで会談した。",
      "中国について協議した。",
      "Blinken said talks went well.",
      "「協力する。」と述べた。",
    ]);
  });

  it("cuts text without sentence punctuation into passages of at most 60 words, at clause marks when near", () => {
    const words = Array.from({ length: 150 }, (_, i) => (i === 40 ? `word${i},` : `word${i}`));
    const passages = segmentBlocks(body(words.join(" ")));
    const counts = passages.map((p) => p.text.split(/\s+/).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(60);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(150);
    expect(passages.some((p) => p.text.endsWith("word40,"))).toBe(true);
  });

  it("keeps a long sentence with spaces whole under the word cap: the character cap is for text without spaces", () => {
    const sentence =
      "BRISTOL, England, March 4, 2026 /PRNewswire/ -- Northcombe Ashdown & Pyle LLP, together with co-counsel Tamsin Rowe Legal, today announced that the Honourable Mrs Justice Eleanor P. Marchbank of the High Court of Justice in London has given final approval to a settlement worth about £120,000,000 for approximately 41,200 households on the estuary against Severnside Estuary Water Services Company, Inc.";
    expect(sentence.length).toBeGreaterThan(400);
    expect(sentence.split(" ").length).toBeLessThanOrEqual(60);
    expect(sentences(`${sentence} The company said nothing.`)).toEqual([sentence, "The company said nothing."]);
  });

  it("cuts long text without spaces by characters", () => {
    const text = "あ".repeat(1000);
    const passages = segmentBlocks(body(text));
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.map((p) => p.text).join("")).toBe(text);
  });

  it("returns nothing for empty or punctuation-only blocks and one passage for one word", () => {
    expect(segmentBlocks(body("", "   ", "* * *"))).toEqual([]);
    expect(sentences("Hello")).toEqual(["Hello"]);
    expect(segmentBlocks([])).toEqual([]);
  });
});

describe("segmentBlocks: case captions and company abbreviations", () => {
  it("never ends a sentence at a caption's 'v.' or 'vs.', whatever follows", () => {
    expect(sentences("Judge Ames ruled in Dorrance v. Tillwater Mills Co., No. 3:25-cv-00412. The mill appealed.")).toEqual([
      "Judge Ames ruled in Dorrance v. Tillwater Mills Co., No. 3:25-cv-00412.",
      "The mill appealed.",
    ]);
    expect(sentences("The case, Pruett vs. The State of Ohio, was heard on Monday.")).toEqual(["The case, Pruett vs. The State of Ohio, was heard on Monday."]);
    // A capital "V." is an initial or a numeral, read as before.
    expect(sentences("The rules are in Title V. The agency wrote them.")).toEqual(["The rules are in Title V.", "The agency wrote them."]);
  });

  it("reads a company's 'Co.' or 'Inc.' by what follows: a comma, a lower-case word or a case number go on; a new sentence does not", () => {
    expect(sentences("It sued Tillwater Mills Co. No. 3:25-cv-00412 was filed in May.")).toEqual(["It sued Tillwater Mills Co. No. 3:25-cv-00412 was filed in May."]);
    expect(sentences("Shares of Tillwater Mills Co., Inc. and of Brackley Inc. rose.")).toEqual(["Shares of Tillwater Mills Co., Inc. and of Brackley Inc. rose."]);
    expect(sentences("Shares of Tillwater Mills Co. The company said nothing.")).toEqual(["Shares of Tillwater Mills Co.", "The company said nothing."]);
  });
});

describe("segmentBlocks: initials", () => {
  it("keeps a middle initial inside its sentence, even one that spells an abbreviation ('P.' is no page)", () => {
    const passages = segmentBlocks([{ role: "body", text: "The pressure has fallen on Robert P. McCulloch, the prosecuting attorney for St. Louis County. He said no." }]);
    expect(passages.map((p) => p.text)).toEqual(["The pressure has fallen on Robert P. McCulloch, the prosecuting attorney for St. Louis County.", "He said no."]);
  });
});
