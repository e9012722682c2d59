import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import { readMetadata } from "./read-metadata";

const titleOf = (head: string, body = ""): string | null =>
  readMetadata(parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document).title;

describe("an article's title read from the page's <title>", () => {
  it("keeps the headline's own dash and what follows it when the <h1> shows the same headline", () => {
    expect(titleOf("<title>Mayor orders inquiry – ‘we owe them answers’</title>", "<h1>Mayor orders inquiry – ‘we owe them answers’</h1>")).toBe(
      "Mayor orders inquiry – ‘we owe them answers’",
    );
    expect(titleOf("<title>Café owners in Lindmoor count the cost – “we lost everything”</title>", "<h1>Café owners in Lindmoor count the cost - \"We lost everything\"</h1>")).toBe(
      "Café owners in Lindmoor count the cost – “we lost everything”",
    );
  });

  it("keeps a second half that reads as the headline's own words, with no <h1> to go by", () => {
    expect(titleOf("<title>Mayor orders inquiry – ‘we owe them answers’</title>")).toBe("Mayor orders inquiry – ‘we owe them answers’");
    expect(titleOf("<title>Lindmoor warehouse fire - live updates</title>")).toBe("Lindmoor warehouse fire - live updates");
  });

  it("still drops the site's name and section after the headline", () => {
    expect(titleOf("<title>Mayor orders inquiry into refinery blast – BBC News</title>")).toBe("Mayor orders inquiry into refinery blast");
    expect(titleOf("<title>Mayor orders inquiry into refinery blast | Reuters</title>")).toBe("Mayor orders inquiry into refinery blast");
    expect(titleOf("<title>Mayor orders inquiry into refinery blast - World - The Halden Post</title>")).toBe("Mayor orders inquiry into refinery blast");
    expect(titleOf("<title>Mayor orders inquiry into refinery blast · haldenpost.com</title>")).toBe("Mayor orders inquiry into refinery blast");
    // A <h1> that repeats the site's name does not make it part of the headline.
    expect(titleOf("<title>Refinery blast: mayor orders inquiry | Halden Gazette</title>", "<h1>Refinery blast: mayor orders inquiry | Halden Gazette</h1>")).toBe("Refinery blast: mayor orders inquiry");
  });

  it("keeps a headline In Title Case whole when the <h1> shows all of it, and drops a name after it when the <h1> does not", () => {
    const title = "<title>Mayor Orders Inquiry Into Refinery Blast – We Owe Them Answers</title>";
    expect(titleOf(title, "<h1>Mayor Orders Inquiry Into Refinery Blast – We Owe Them Answers</h1>")).toBe("Mayor Orders Inquiry Into Refinery Blast – We Owe Them Answers");
    expect(titleOf("<title>Mayor Orders Inquiry Into Refinery Blast – Halden Post</title>", "<h1>Mayor Orders Inquiry Into Refinery Blast</h1>")).toBe("Mayor Orders Inquiry Into Refinery Blast");
  });

  it("drops the part that is the site's name wherever it stands, keeping the headline's own dash", () => {
    const head = `<meta property="og:site_name" content="Halden Post"><title>Halden Post | Mayor orders inquiry – ‘we owe them answers’</title>`;
    expect(titleOf(head)).toBe("Mayor orders inquiry – ‘we owe them answers’");
  });

  it("keeps a short headline whole rather than leaving two words of it", () => {
    expect(titleOf("<title>Port Halden : cinq morts dans l'explosion d'une raffinerie</title>")).toBe("Port Halden : cinq morts dans l'explosion d'une raffinerie");
  });
});

describe("an extracted article whose headline has a dash", () => {
  it("has the whole headline as its title, and not again as its first passage", () => {
    const lead = "The mayor of Lindmoor said on Wednesday that the town would hold a public inquiry into the warehouse fire that killed two workers on Sunday night.";
    const html = `<!DOCTYPE html><html><head><title>Mayor orders inquiry – ‘we owe them answers’</title></head><body><article><h1>Mayor orders inquiry – ‘we owe them answers’</h1>${`<p>${lead}</p><p>Relatives of the two workers, who had both worked at the site for more than a decade, welcomed the decision and said they wanted to know why the sprinklers had failed.</p>`.repeat(3)}</article></body></html>`;
    const article = extractArticle(html);
    expect(article.title).toBe("Mayor orders inquiry – ‘we owe them answers’");
    expect(article.blocks[0]?.text).toBe(lead);
  });
});
