import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPastedText } from "../clean/clean-pasted-text";
import { extractArticle } from "./extract-article";
import { ExtractionError } from "./types";

const page = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");
const roles = (blocks: { role: string }[]): string[] => blocks.map((b) => b.role);

describe("extractArticle on a portal page with heavy chrome", () => {
  const article = extractArticle(page("portal-chrome.html"), "https://metrowire.example/news/flood-barriers");

  it("keeps the story paragraphs in order", () => {
    expect(article.blocks.map((b) => b.text.slice(0, 30))).toEqual([
      "Temporary flood barriers kept ",
      "The river reached 5.8 metres a",
      "About 300 residents who had le",
      '"The barriers did exactly what',
      "Engineers will inspect the bar",
    ]);
    expect(article.method).toBe("readability");
  });

  it("drops menus, app prompts, share bar, ads, attribution, disclaimer, tags, related stories and footer", () => {
    for (const chrome of ["Epaper", "Open in App", "Home", "Share on Facebook", "Advertisement", "With inputs from", "Disclaimer", "Tags", "Related Stories", "Bridge closed", "Trending", "All rights reserved"]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it("reads byline and a zoned date from the page text when no structured metadata has them", () => {
    expect(article.byline).toBe("Metro Wire");
    expect(article.publishedAt).toBe("2024-03-12T06:15:00+05:30");
    expect(article.title).toBe("Flood barriers hold as river peaks in Riverton");
    expect(article.siteName).toBe("Metro Wire Portal");
    expect(article.canonicalUrl).toBe("https://metrowire.example/news/flood-barriers");
  });
});

describe("extractArticle metadata from JSON-LD", () => {
  const article = extractArticle(page("jsonld-news.html"), "https://harbourtimes.example/politics/x?utm_source=feed");

  it("prefers the NewsArticle in an @graph over meta tags", () => {
    expect(article.title).toBe("Ministers agree fisheries deal after all-night talks");
    expect(article.byline).toBe("Ines Duarte, Tomasz Wilk");
    expect(article.publishedAt).toBe("2023-11-08T07:42:00+01:00");
    expect(article.siteName).toBe("The Harbour Times");
    expect(article.description).toBe("Quotas for cod and herring were cut by a tenth after talks ran past dawn.");
  });

  it("resolves the canonical link against the page URL and reads the language", () => {
    expect(article.canonicalUrl).toBe("https://harbourtimes.example/politics/2023/11/08/fisheries-deal");
    expect(article.lang).toBe("en-GB");
  });

  it("gives the body as paragraphs without the headline or byline", () => {
    expect(article.blocks).toHaveLength(5);
    expect(roles(article.blocks)).toEqual(["body", "body", "body", "body", "body"]);
    expect(article.text.startsWith("Fisheries ministers from the five coastal states")).toBe(true);
    expect(article.text).toBe(article.blocks.map((b) => b.text).join("\n\n"));
  });
});

describe("extractArticle block roles", () => {
  const article = extractArticle(page("figure-quote.html"));

  it("marks figure captions, sub-headings, blockquotes and list items", () => {
    expect(roles(article.blocks)).toEqual(["body", "caption", "body", "heading", "body", "quote", "body", "body", "list-item", "list-item", "list-item"]);
    expect(article.blocks[1]!.text).toBe("Tanks in the breeding room are kept at 14C to match mountain streams. Photo: Field Notes");
    expect(article.blocks[5]!.text).toBe("We are not saving a species in a tank. We are buying time until the streams are safe again.");
  });

  it("takes author and a date-only publication date from meta tags", () => {
    expect(article.byline).toBe("Priya Raman");
    expect(article.publishedAt).toBe("2022-06-14");
  });
});

describe("extractArticle on a blog page with cookie banner, newsletter box and comments", () => {
  const article = extractArticle(page("cookie-newsletter-comments.html"));

  it("keeps the four article paragraphs and nothing else", () => {
    expect(article.blocks).toHaveLength(4);
    expect(article.blocks[2]!.text).toMatch(/^Roadworks on the ring road/);
  });

  it("drops the cookie text, newsletter box, tags and reader comments", () => {
    for (const chrome of ["cookies", "Commuter Weekly", "Sign up", "Subscribe", "Tags:", "Comments", "N12", "Leave a Reply"]) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it("reads author from rel=author and time from <time datetime>", () => {
    expect(article.byline).toBe("Lena Ortiz");
    expect(article.publishedAt).toBe("2021-09-03T22:10:00-04:00");
    expect(article.canonicalUrl).toBe("https://commuter.example/night-buses-late");
  });
});

describe("extractArticle on a blog that renders its body from a template", () => {
  it("reads the article from an HTML template script inside the schema.org articleBody", () => {
    const paragraphs = [
      "The allotment society voted on Sunday to open twelve new plots on the old railway land by the canal.",
      "Members on the waiting list, some of whom have waited four years, will be offered plots in the order they applied.",
      "Water will be piped from the canal basin, and the society hopes to add a shared tool shed before the summer.",
    ];
    const html = `<html><body><div class="header"><h2>Community Garden Blog</h2></div>
      <div class="post"><h3>New plots on the railway land</h3>
      <div class="post-body" itemprop="articleBody"><script type="text/template">${paragraphs.map((p) => `<p>${p}</p>`).join("")}</script></div></div>
      </body></html>`;
    expect(extractArticle(html).blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual(paragraphs);
  });
});

describe("extractArticle on pages without an article", () => {
  it("throws an ExtractionError that names the URL when no text is left", () => {
    const html = "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>";
    expect(() => extractArticle(html, "https://example.test/empty")).toThrow(ExtractionError);
    expect(() => extractArticle(html, "https://example.test/empty")).toThrow(/No article text found at https:\/\/example\.test\/empty/);
  });

  it("still extracts a short notice laid out in a table", () => {
    const html =
      "<html><body><table><tr><td><a href='/'>Home</a> <a href='/archive'>Archive</a></td><td>Notice to residents<br><br>The water supply on Elm Street will be shut off on Thursday from 9 am to 1 pm while a valve is replaced.<br><br>Please store water in advance.</td></tr></table></body></html>";
    const article = extractArticle(html);
    expect(article.text).toContain("The water supply on Elm Street will be shut off on Thursday");
    expect(article.text).toContain("Please store water in advance.");
  });
});

describe("extractArticle on malformed page heads", () => {
  it("reads a page whose CMS printed a style block and meta tags before <html> and hid <html> in IE conditional comments", () => {
    const story = [
      "The ferry service to the northern islands resumed on Monday after a three-week strike by deck crews ended with a pay deal.",
      "Passengers queued from dawn at the terminal, and the operator added two extra sailings to clear the backlog of bookings.",
    ];
    const html = `<style>.grid{display:grid}</style>
<!DOCTYPE html>
<!--[if lt IE 9]><html class="ie"><![endif]--><!--[if gt IE 8]><!--><html lang="en"><!--<![endif]-->
<head><meta property="og:title" content="Ferries sail again"></head>
<body><nav><a href="/">Home</a></nav><article>${story.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const article = extractArticle(html);
    expect(article.blocks.map((b) => b.text)).toEqual(story);
    expect(article.title).toBe("Ferries sail again");
    expect(article.lang).toBe("en");
  });

  it("reads a page cut off before its <body> tag, with its story inside the unclosed <head>, as a browser does", () => {
    const story = [
      "The harbour board delayed the new ferry terminal by a year on Tuesday, citing a rise in steel prices and a shortage of dock workers.",
      "Board members said the design would not change, and that the contract with the builder would be signed again at the new price.",
    ];
    // A truncated or hand-made page: linkedom keeps this content in <head>, which Readability never reads.
    const html = `<html lang="en"><head><title>Terminal delayed</title><meta charset="utf-8"><h1>Terminal delayed</h1>${story.map((p) => `<p>${p}</p>`).join("")}`;
    const article = extractArticle(html, "https://harbour.example/terminal");
    expect(article.blocks.map((b) => b.text)).toEqual(story);
    expect(article.title).toBe("Terminal delayed");
  });
});

describe("extractArticle on pages that print content after </body> or </html>", () => {
  const story = [
    "The city council voted on Wednesday to close the old library on Main Street, ending a two-year dispute over the cost of repairing its roof.",
    "Residents who opposed the plan said they would keep protesting, and the council promised to open a reading room in the town hall by spring.",
    "The building will be offered for sale, and the money will go to the new library planned beside the station, the mayor said after the vote.",
  ];
  const paragraphs = (texts: string[]) => texts.map((p) => `<p>${p}</p>`).join("");

  it("reads an article printed after </html>, where a browser shows it at the end of the body", () => {
    const html = `<html><head><title>Library to close</title></head><body><nav><a href="/">Home</a></nav></body></html>
<article>${paragraphs(story)}</article>`;
    expect(extractArticle(html, "https://council.example/library").blocks.map((b) => b.text)).toEqual(story);
  });

  it("keeps the body's paragraphs and those printed after </body>, in page order", () => {
    const html = `<html><head><title>Library to close</title></head><body><div>${paragraphs(story.slice(0, 1))}</div></body><div>${paragraphs(story.slice(1))}</div></html><script>track()</script><!-- cached -->`;
    expect(extractArticle(html, "https://council.example/library").blocks.map((b) => b.text)).toEqual(story);
  });
});

describe("extractArticle on a page with an advertiser disclosure box", () => {
  it("drops the disclosure box and keeps the story", () => {
    const disclosure = `<section class="advertiser-disclosure-body"><h3>Advertiser Disclosure</h3><p>Many of the offers that appear on this website are from companies from which the site receives compensation, which may affect how and where products appear on this site, including the order in which they appear, and the site does not include every offer available.</p></section>`;
    const story = [
      "The airline will join the global alliance next spring, a year later than planned, after regulators asked for more time to review the deal.",
      "Members will be able to earn and spend miles on partner flights from the first day, the carrier said, and lounge access will follow within weeks.",
      "Analysts said the move would give the airline's hub a stronger position on routes to Asia, where it has struggled to fill seats since the pandemic.",
      "Fares on the first shared routes are not expected to change, although travellers connecting between the two networks should see shorter transfer times.",
    ];
    const html = `<html><body>${disclosure}<div class="story">${story.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain(story[0]);
    expect(article.text).toContain(story[2]);
    expect(article.text).not.toContain("receives compensation");
  });
});

describe("hostile markup", () => {
  it("refuses a page nested thousands of levels deep with a clear error instead of stalling", () => {
    const depth = 5_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Deep text that nobody should wait half a minute for.</p>${"</div>".repeat(depth)}</body></html>`;
    expect(() => extractArticle(html, "https://example.com/deep")).toThrow(ExtractionError);
    expect(() => extractArticle(html)).toThrow(/nests its markup more than/);
  });

  it("answers broken pages with the usual message, never a TypeError", () => {
    for (const html of [
      // all of it inside a comment: the "<html" in it is no element
      `<!-- <html><body><p>Hidden story text that is only a comment.</p></body></html>`,
      // a teaser after the end of the document (the tail of a page cut and pasted): linkedom builds a
      // tree no browser would, and Readability failed on it with a TypeError
      `</html><div class="info"><div class="caption"><a href="/v/1">The city's big night; a new pop-up market on the waterfront`,
    ]) {
      expect(() => extractArticle(html, "https://example.com/broken")).toThrow(ExtractionError);
      expect(() => extractArticle(html, "https://example.com/broken")).toThrow(/no readable paragraphs/);
    }
  });
});

describe("extractArticle on a short post followed by a long related-posts box", () => {
  const article = extractArticle(page("related-excerpts.html"), "https://magpie.example/ear-cuffs");

  it("keeps every paragraph of the post, including the short credit line", () => {
    expect(article.text).toContain("Ear cuffs are back");
    expect(article.text).toContain("Cuff: Harbour Studio. Hoops: Linden & Co.");
    expect(article.text).toContain("single longer earring");
  });

  it("drops the related teasers, however long their excerpts", () => {
    expect(article.text).not.toContain("Time to be quick");
    expect(article.text).not.toContain("Linen creases");
  });
});

describe("extractArticle on a blog post with its post footer", () => {
  const article = extractArticle(page("blog-post-footer.html"), "https://plotnotes.example/2023/03/allotments");

  it("keeps the four paragraphs of the post", () => {
    expect(article.text).toContain("has doubled in two years");
    expect(article.text).toContain("flats along the canal");
    expect(article.text).toContain("cannot split the existing plots");
    expect(article.text).toContain("has not answered the council's letters");
  });

  it("drops the author box: the writer's biography is not part of the story", () => {
    expect(article.text).not.toContain("has kept an allotment");
    expect(article.text).not.toContain("View all posts by");
  });

  it("drops the post's date-and-category lines above and below it", () => {
    expect(article.text).not.toContain("Posted on 14 March");
    expect(article.text).not.toContain("This entry was posted on");
  });
});

describe("extractArticle on a page whose standfirst sits in the article header", () => {
  const article = extractArticle(page("standfirst-header.html"), "https://gazzettadivalle.example/meteo/freddo");

  it("puts the standfirst first, then the body paragraphs", () => {
    expect(article.blocks[0]?.text).toBe("Piogge e temporali previsti per oggi nelle regioni centrali; neve sull'Appennino sopra i 1200 metri. Il sereno tornerà già domani.");
    expect(article.blocks[1]?.text.startsWith("Una perturbazione arrivata dai Balcani")).toBe(true);
    expect(article.text).toContain("alta pressione tornerà");
  });

  it("does not take the author's biography for a standfirst", () => {
    expect(article.text).not.toContain("scrive di clima e territorio");
  });
});

/** The bad pages issue #12 lists: each gives the article or a clear ExtractionError, never a crash or chrome. */
describe("extractArticle on awkward pages", () => {
  const bodies = (blocks: { role: string; text: string }[]): string[] => blocks.filter((b) => b.role === "body").map((b) => b.text);

  it("refuses a page that is only navigation around an empty JavaScript app shell, saying why", () => {
    const html = page("app-shell-navigation.html");
    expect(() => extractArticle(html, "https://harbourtimes.example/news/2026/05/04/night-ferry-vote")).toThrow(ExtractionError);
    expect(() => extractArticle(html, "https://harbourtimes.example/news/2026/05/04/night-ferry-vote")).toThrow(
      /No article text found at https:\/\/harbourtimes\.example\/news\/2026\/05\/04\/night-ferry-vote: the page draws its article with JavaScript/,
    );
    // A batch offers no Retry for it: a second fetch brings the same empty shell.
    expect(() => extractArticle(html)).toThrow(expect.objectContaining({ code: "needs_javascript" }));
  });

  it("gives the page's own story of two articles on one page, whole and in order, without the second story", () => {
    const article = extractArticle(page("two-articles.html"));
    expect(article.title).toBe("Harbour council votes to keep night ferry running");
    expect(article.text).not.toMatch(/Sea wall repairs|Quay Street/);
    expect(bodies(article.blocks)).toEqual([
      "The night ferry between Port Ellis and Kestrel Island will keep running until at least next spring after the harbour council voted seven to four on Monday to cover the operator's losses from its reserve fund.",
      "The service, which carries about 300 passengers on a typical weeknight, lost money in each of the last three years as fuel costs rose and the island's only late-night bar closed, the operator told councillors.",
      "Councillor Dana Whitlow, who proposed the subsidy, said nurses and hotel staff who finish late depend on the boat and that a water taxi would cost them four times as much.",
      "Opponents argued that the reserve fund was meant for sea wall repairs and warned that the subsidy could not be paid indefinitely without raising the harbour levy.",
    ]);
  });

  it("reads a live blog as its posts, newest first as published, without the time stamps or share links", () => {
    const article = extractArticle(page("live-blog.html"));
    expect(article.title).toBe("Storm Edith live: ferries cancelled as gales hit the coast");
    expect(article.blocks.filter((b) => b.role === "heading").map((b) => b.text)).toEqual([
      "Last ferry of the day cancelled",
      "Gusts of 70mph recorded on the headland",
      "Quay Street closed to traffic",
    ]);
    expect(bodies(article.blocks)).toHaveLength(4);
    expect(article.text).toContain("Forecasters expect the wind to peak around six this evening before easing overnight.");
    expect(article.blocks.some((b) => /^(?:1[56]:\d\d|Share)$/.test(b.text))).toBe(false);
  });

  it("reads an AMP page: amp-img, the ad slot, the sidebar menu and the boilerplate styles leave no text behind", () => {
    const article = extractArticle(page("amp-article.html"), "https://harbourtimes.example/amp/news/2026/05/04/night-ferry-vote");
    expect(article.title).toBe("Harbour council votes to keep night ferry running");
    expect(article.canonicalUrl).toBe("https://harbourtimes.example/news/2026/05/04/night-ferry-vote");
    expect(bodies(article.blocks)).toHaveLength(4);
    expect(article.blocks[0]!.text).toMatch(/^The night ferry between Port Ellis/);
    expect(article.text).not.toMatch(/Advertisement|Menu|amp-start|Home/);
  });

  it("reads an article set straight into <main> without an <article> element, without the site header or footer", () => {
    const article = extractArticle(page("main-without-article.html"));
    expect(bodies(article.blocks)).toHaveLength(4);
    expect(article.blocks[0]!.text).toMatch(/^Work on the damaged stretch of sea wall/);
    expect(article.text).toContain("with one lane closed at the busiest times.");
    expect(article.text).not.toMatch(/About us|Privacy|Sport/);
  });

  it("reads broken markup (unclosed paragraphs and bold, stray closing tags, unquoted attributes, no </html>) paragraph by paragraph", () => {
    const article = extractArticle(page("broken-markup.html"));
    expect(article.title).toBe("Lifeboat crew called out twice in one night");
    const paragraphs = bodies(article.blocks);
    expect(paragraphs[0]).toMatch(/^The Port Ellis lifeboat was launched twice on Saturday night.*near the harbour mouth\.$/);
    expect(paragraphs[1]).toMatch(/^Both crews were brought ashore safely.*three in the morning\.$/);
    expect(paragraphs[2]).toMatch(/^The station's coxswain said.*both calls\.$/);
    expect(article.text).not.toContain("Home");
  });
});

describe("extractArticle on the metadata lines of wire stories and press releases", () => {
  it("takes a wire's byline-and-time-stamp line for its byline and date, and keeps its credits line as a credit, not a caption", () => {
    const article = extractArticle(page("wire-story-credits.html"), "https://tidewater.example/markets/port-strike");
    expect(article.byline).toBe("Tidewater Press staff");
    expect(article.publishedAt).toBe("2025-03-14T06:42:00+00:00");
    expect(article.text).not.toContain("Updated 2 hours ago");
    expect(article.blocks[0]!.text).toMatch(/^VARENNA, March 14 \(Tidewater Press\) - Dock workers/);
    expect(article.blocks.at(-1)).toEqual({ role: "credit", text: "(Reporting by Ines Albanese in Varenna; Additional reporting by Piotr Nowak in Warsaw; Editing by Helen Marsh)" });
    expect(roles(article.blocks).filter((r) => r !== "body")).toEqual(["credit"]);
  });

  it("drops a press release's kind, its From and Published fields, its end mark, the notes to editors and the media contact", () => {
    const article = extractArticle(page("government-press-release.html"), "https://environment.gov.example/news/lower-anne-defences");
    expect(article.text).not.toMatch(/News release|From:|ENDS|Notes to editors|1,200 homes were evacuated|Media enquiries/);
    expect(article.publishedAt).toBe("2025-06-02");
    expect(article.blocks.map((b) => b.text.slice(0, 40))).toEqual([
      "Work on 14 kilometres of embankments wil",
      "The Department for Environment and Water",
      "The scheme will raise 14 kilometres of e",
      "Environment Secretary Priya Lawal said: ",
      "Construction will start in September and",
    ]);
    expect(article.publisherTypes).toEqual(["GovernmentOrganization"]);
  });

  it("drops a company release's contact block printed a paragraph per field, as the same release pasted as text loses it", () => {
    const html = page("company-release-contact-block.html");
    const article = extractArticle(html, "https://media.harbourline.example/news/timetable-restored");
    expect(article.text).not.toMatch(/Media Contact|Imogen Castell|Head of Communications|imogen\.castell@|1632 960 418|###|FOR IMMEDIATE RELEASE/);
    expect(article.blocks.at(-1)!.text).toMatch(/^Harbourline Ferries has operated passenger and vehicle services/);
    // The page's paragraphs pasted as text, one per line: the same body, line for line.
    const pasted = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]).join("\n\n");
    expect(cleanPastedText(pasted).blocks.map((b) => b.text)).toEqual(article.blocks.map((b) => b.text));
  });

  it("reads the publisher's declared type from JSON-LD", () => {
    expect(extractArticle(page("broadcaster-video.html")).publisherTypes).toEqual(["TelevisionStation"]);
    expect(extractArticle(page("ferry-vote-chrome.html")).publisherTypes).toEqual([]);
  });
});
