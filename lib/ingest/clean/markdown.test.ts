import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPastedText } from "./clean-pasted-text";
import { looksLikeMarkdown, markdownToText } from "./markdown";

const clipping = readFileSync(join(__dirname, "fixtures", "clipped-markdown.md"), "utf8");

describe("an article clipped as Markdown", () => {
  it("reads as the text a reader sees: the headline as title, the byline and date lifted, no link addresses or marks", () => {
    const cleaned = cleanPastedText(clipping);
    expect(cleaned.title).toBe("Harbour board delays ferry terminal by a year");
    expect(cleaned.byline).toBe("Tomasz Wilk");
    expect(cleaned.publishedAt?.slice(0, 10)).toBe("2023-11-08");
    const text = cleaned.blocks.map((b) => b.text).join("\n");
    expect(text).toContain("RIVERTON — The harbour board voted on Tuesday to delay the new ferry terminal at Pier 4 by a year");
    expect(text).toContain("its chair, Marta Okafor, said.");
    expect(text).toContain('"We will not sign a contract we cannot pay for," Okafor told reporters after the vote.');
    expect(text).toContain("The builder, Northway Construction, said it would hold its price until March");
    expect(text).toContain("where the board promised to repair the two worn berths before the season begins.");
    expect(text).toContain("The repairs will cost about £2.4 million.");
    expect(text).not.toMatch(/https?:|\]\(|\*\*|^#|^>|northway\.example/m);
    expect(cleaned.blocks.find((b) => b.text === "What happens next")?.role).toBe("heading");
    expect(cleaned.blocks.find((b) => b.text.startsWith("Cranes over the unfinished terminal"))?.role).toBe("caption");
  });

  it("takes title, author and date from a clipper's front matter when the text has no headline", () => {
    const obsidian = [
      "---",
      'title: "Ferry terminal delayed"',
      'source: "https://harbourtimes.example/news/ferry-terminal-delay"',
      "author:",
      '  - "[[Tomasz Wilk]]"',
      "published: 2023-11-08",
      "tags:",
      '  - "clippings"',
      "---",
      "The [harbour board](https://harbourtimes.example/board) voted on Tuesday to delay the terminal, its chair said after a long meeting.",
      "",
      "Ferry operators, named in the [planning file](https://en.wikipedia.org/wiki/Ferry_(boat)), will stay at the old quay for another summer.",
    ].join("\n");
    const cleaned = cleanPastedText(obsidian);
    expect(cleaned.title).toBe("Ferry terminal delayed");
    expect(cleaned.byline).toBe("Tomasz Wilk");
    expect(cleaned.publishedAt?.slice(0, 10)).toBe("2023-11-08");
    expect(cleaned.url).toBe("https://harbourtimes.example/news/ferry-terminal-delay");
    expect(cleaned.blocks.map((b) => b.text)).toEqual([
      "The harbour board voted on Tuesday to delay the terminal, its chair said after a long meeting.",
      "Ferry operators, named in the planning file, will stay at the old quay for another summer.",
    ]);
  });

  it("keeps only a web address as the page's source", () => {
    const page = (source: string) => cleanPastedText(`---\ntitle: Talks\nsource: ${source}\n---\nThe ministers met in London on Monday and agreed to meet again in June, officials said.`).url;
    expect(page("https://wire.example/talks")).toBe("https://wire.example/talks");
    expect(page("javascript:alert(1)")).toBeUndefined();
    expect(page("Kyodo News")).toBeUndefined();
  });

  it("is told from plain text that happens to use asterisks, underscores, brackets or a hash", () => {
    const plain = [
      "The council's #1 priority is the bridge, the mayor said on Monday.",
      "Spending rose 5 * 3 percent, a figure the treasurer called a typo*.",
      "The file_name_v2 spreadsheet [attached] lists every contract since 2019.",
      "*Correction: an earlier version misstated the date of the vote.",
      ">>> class Widget: ... def __init__(self): ... pass",
      "The __init__ method runs first, the tutorial explains.",
    ].join("\n\n");
    expect(looksLikeMarkdown(plain)).toBe(false);
    expect(cleanPastedText(plain).blocks.map((b) => b.text)).toEqual(plain.split("\n\n"));
    expect(looksLikeMarkdown(clipping)).toBe(true);
  });

  it("keeps what only looks like Markdown inside a word and the text of code spans", () => {
    const { text } = markdownToText("## Notes\n\nThe snake_case_name stays, **bold** goes, and `code` keeps its word; see [the report](https://example.com/r).");
    expect(text.trim()).toBe("Notes\n\nThe snake_case_name stays, bold goes, and code keeps its word; see the report.");
  });

  it("reads hostile lines of brackets, asterisks and underscores in linear time", () => {
    const start = performance.now();
    for (const unit of ["[", "](", "**a", "*", "_", "![", "[x](", "`"]) {
      const hostile = `# Title\n\n[a](https://x.example) ${unit.repeat(200_000)}`;
      expect(looksLikeMarkdown(hostile)).toBe(true);
      cleanPastedText(hostile);
    }
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
