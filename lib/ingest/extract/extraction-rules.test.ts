/**
 * Rules measured by `npm run eval:extract -- --ablate`, each on a realistic page where switching it off changes
 * what a reader gets: the test fails without the rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";
import type { ExtractionRule } from "./extraction-rules";

const page = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");
const captions = (blocks: { role: string; text: string }[]): string[] => blocks.filter((b) => b.role === "caption").map((b) => b.text);

describe("image-box-captions: a picture box named by class", () => {
  const html = page("photo-box-wire.html");

  it("reads the text beside the picture as its caption, not as story text", () => {
    const article = extractArticle(html, "https://coastline.example/news/storm");
    expect(captions(article.blocks)).toEqual([expect.stringContaining("In this Nov. 3, 2019, file photo")]);
    expect(article.blocks.filter((b) => b.role === "body")[0]!.text).toMatch(/^A storm with gusts/);
  });

  it("leaves it as body text when the rule is off", () => {
    const article = extractArticle(html, "https://coastline.example/news/storm", { skipRules: ["image-box-captions"] });
    expect(captions(article.blocks)).toEqual([]);
    expect(article.text).toContain("In this Nov. 3, 2019, file photo");
  });
});

describe("other-stories: the next story appended below the article", () => {
  const html = page("two-articles.html");

  it("keeps the article that holds the page's headline and drops the story after it", () => {
    const article = extractArticle(html, "https://harbourtimes.example/news/night-ferry");
    expect(article.blocks.filter((b) => b.role === "body")).toHaveLength(4);
    expect(article.text).not.toContain("Sea wall repairs to start in June");
  });

  it("reads the second story as the end of the first when the rule is off", () => {
    const off = extractArticle(html, "https://harbourtimes.example/news/night-ferry", { skipRules: ["other-stories"] });
    expect(off.text).toContain("Work on the damaged stretch of sea wall below Quay Street");
  });
});

describe("story-lists: a section front is not an article", () => {
  const html = page("section-front.html");

  it("refuses a page of headline links with one-line teasers, saying what it is", () => {
    expect(() => extractArticle(html, "https://harbourtimes.example/news")).toThrow(
      /No article found at https:\/\/harbourtimes\.example\/news: the page is a list of links to other stories/,
    );
  });

  it("returns the teasers as an 'article' when the rule is off", () => {
    const off = extractArticle(html, "https://harbourtimes.example/news", { skipRules: ["story-lists"] });
    expect(off.text).toContain("Harbour council votes to keep night ferry running");
    expect(off.text).toContain("Beach clean-up draws record 400 volunteers");
  });
});

describe("heading-paragraphs: an unclosed <h1> before the story", () => {
  const html = page("unclosed-heading.html");

  it("reads the paragraphs the heading swallowed as the story's body", () => {
    const article = extractArticle(html, "https://harbourtimes.example/news/lifeboat");
    const body = article.blocks.filter((b) => b.role === "body");
    expect(body).toHaveLength(3);
    expect(body[0]!.text).toMatch(/^The Port Ellis lifeboat was launched twice/);
    expect(article.blocks.some((b) => b.role === "heading")).toBe(false);
  });

  it("reads them as headings when the rule is off", () => {
    const off = extractArticle(html, "https://harbourtimes.example/news/lifeboat", { skipRules: ["heading-paragraphs"] });
    expect(off.blocks.filter((b) => b.role === "heading").map((b) => b.text)).toContainEqual(expect.stringMatching(/^Both crews were brought ashore/));
  });
});

describe("wire-footers: feed footers in brackets", () => {
  const html = page("photo-box-wire.html");

  it("drops '(With inputs from agencies)' but keeps the reporters' credit, which is part of the story as published", () => {
    const article = extractArticle(html, "https://coastline.example/news/storm");
    expect(article.text).not.toContain("With inputs from");
    expect(article.text).toContain("(Reporting by Maria Lindqvist; Editing by Tom Hale)");
    const off = extractArticle(html, "https://coastline.example/news/storm", { skipRules: ["wire-footers"] });
    expect(off.text).toContain("(With inputs from agencies)");
  });
});

/**
 * One news page carrying the chrome that each of these rules removes, every piece placed where Readability
 * alone keeps it. Each case states what a reader would otherwise see in the extracted story, and checks that
 * the rule is what removes it: with only that rule off, the chrome is back.
 */
describe("rules that keep page chrome out of a news story", () => {
  const html = page("ferry-vote-chrome.html");
  const url = "https://harbourtimes.example/news/2026/05/04/night-ferry-vote";
  const story = [
    "The night ferry between Port Ellis and Kestrel Island will keep running until at least next spring after the harbour council voted seven to four on Monday to cover the operator's losses from its reserve fund.",
    "The service, which carries about 300 passengers on a typical weeknight, lost money in each of the last three years as fuel costs rose and the island's only late-night bar closed, the operator told councillors.",
    "Councillor Dana Whitlow, who proposed the subsidy, said nurses and hotel staff who finish late depend on the boat and that a water taxi would cost them four times as much.",
    "Opponents argued that the reserve fund was meant for sea wall repairs and warned that the subsidy, estimated at 410,000 pounds a year, could not be paid indefinitely without raising the harbour levy.",
    "The operator, Kestrel Lines, said it would publish passenger numbers every quarter so the council can review the arrangement before the next budget is set in February.",
  ];
  const article = extractArticle(html, url);
  const hasBlock = (blocks: { text: string }[], text: string): boolean => blocks.some((b) => b.text.includes(text));

  it("keeps every story paragraph, in order, and the photo caption", () => {
    expect(article.blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual(story);
    expect(captions(article.blocks)).toEqual(["The last sailing leaves Port Ellis at 23:40 each night."]);
  });

  const cases: { rule: ExtractionRule; what: string; chrome: string }[] = [
    { rule: "prune-hidden", what: "a region notice hidden with `display: none !important`, which Readability's own visibility test misses", chrome: "This video is not available in your region" },
    { rule: "prune-visually-hidden", what: "the screen-reader label 'Image caption,' in front of the caption", chrome: "Image caption," },
    { rule: "prune-metadata", what: "a relative time stamp in an element named publish-date", chrome: "Updated 2 hours ago" },
    { rule: "tag-lines", what: "the topics line under the story", chrome: "Topics: Port Ellis, Kestrel Island" },
    { rule: "ui-labels", what: "an advertising label between paragraphs", chrome: "Story continues below advertisement" },
    { rule: "ui-labels", what: "a gallery counter", chrome: "Image 1 of 4" },
    { rule: "contact-lines", what: "the reporter's e-mail invitation at the end", chrome: "Contact the reporter at" },
    { rule: "url-echo", what: "the page's own address printed above the story", chrome: url },
    { rule: "bylines", what: "a plain 'By …' line above the story (the author is read as metadata)", chrome: "By Ana Ruiz" },
    { rule: "title-heading", what: "the headline repeated as the first heading (Readability misses it when the social title differs)", chrome: "Harbour council votes to keep night ferry running" },
    { rule: "datelines", what: "a publication-date line the time-stamp rule does not read ('4th of May')", chrome: "Published on 4th of May, 2026" },
    { rule: "timestamps", what: "an agency time stamp with the outlet's name in front", chrome: "Harbour Times Published Monday, May 4, 2026" },
  ];

  for (const { rule, what, chrome } of cases) {
    it(`${rule}: drops ${what}`, () => {
      expect(hasBlock(article.blocks, chrome)).toBe(false);
      expect(article.text).toContain(story[0]);
      const off = extractArticle(html, url, { skipRules: [rule] });
      expect(hasBlock(off.blocks, chrome)).toBe(true);
    });
  }

  it("reads the author and date it removed from the text as metadata", () => {
    expect(article.title).toBe("Harbour council votes to keep night ferry running");
    expect(article.byline).toContain("Ana Ruiz");
    expect(article.publishedAt).toBe("2026-05-04T07:45:00+01:00");
  });
});

describe("sign-in-walls: a login or paywall page is not an article", () => {
  const login = page("sign-in-page.html");
  const teaser = page("paywall-teaser.html");
  const story = "https://coastal-ledger.example/news/harbour-fees-rise";

  it("refuses the login page a paywalled link redirects to, naming where the link led", () => {
    const loginUrl = "https://coastal-ledger.example/account/login?return=%2Fnews%2Fharbour-fees-rise";
    expect(() => extractArticle(login, loginUrl)).toThrow(
      expect.objectContaining({
        code: "sign_in_wall",
        message: expect.stringMatching(/^No article found: the link leads to a sign-in or subscription page \(https:\/\/coastal-ledger\.example\/account\/login\?return=[^)]*\), not to the article; nothing was taken from it\. .*paste its text instead\.$/),
      }),
    );
  });

  it("refuses the same login page served at the article's own address (200, no redirect)", () => {
    expect(() => extractArticle(login, story)).toThrow(expect.objectContaining({ code: "sign_in_wall", message: expect.stringContaining("asks the reader to sign in or subscribe") }));
  });

  it("refuses a paywall teaser: a paragraph above 'Subscribe to continue reading'", () => {
    expect(() => extractArticle(teaser, story)).toThrow(expect.objectContaining({ code: "sign_in_wall", message: expect.stringContaining(`at ${story}`) }));
  });

  it("refuses a saved login page (no address) by its title", () => {
    expect(() => extractArticle(login)).toThrow(expect.objectContaining({ code: "sign_in_wall" }));
  });

  it("stores a short real article with a 'Sign in' link, a login dropdown and a newsletter box, and prose about signing in", () => {
    const article = extractArticle(page("brief-with-sign-in-chrome.html"), "https://coastal-ledger.example/news/bank-app-outage");
    expect(article.title).toBe("Harbour Savings customers locked out of app for a day");
    expect(article.text).toMatch(/^Customers of Harbour Savings could not sign in to the building society's app/);
    expect(article.text).toContain("can claim back any charges, the society said.");
    expect(article.text).not.toContain("Forgot your password");
    expect(article.text).not.toContain("Subscribe to our newsletter");
  });

  it("stored the login form's few lines as an 'article' when the rule is off", () => {
    const off = extractArticle(login, story, { skipRules: ["sign-in-walls"] });
    expect(off.text).toContain("Subscribers get unlimited access");
    const offTeaser = extractArticle(teaser, story, { skipRules: ["sign-in-walls"] });
    expect(offTeaser.text).toContain("The harbour committee voted seven to four");
  });
});

describe("reporter-credits and release-metadata: the lines about a story, not of it", () => {
  const wire = page("wire-story-credits.html");
  const release = page("government-press-release.html");

  it("marks a wire's credits line as a credit, and leaves it a caption (its class names a credit) with the rule off", () => {
    const credit = "(Reporting by Ines Albanese in Varenna; Additional reporting by Piotr Nowak in Warsaw; Editing by Helen Marsh)";
    expect(extractArticle(wire).blocks.at(-1)).toEqual({ role: "credit", text: credit });
    expect(extractArticle(wire, undefined, { skipRules: ["reporter-credits"] }).blocks.at(-1)).toEqual({ role: "caption", text: credit });
  });

  it("drops a release's kind, fields, end mark and notes to editors, which come back with the rule off", () => {
    expect(extractArticle(release).text).not.toMatch(/News release|From: Department|ENDS|Notes to editors/);
    const off = extractArticle(release, undefined, { skipRules: ["release-metadata"] });
    for (const line of ["News release", "From: Department for Environment and Water", "ENDS", "Notes to editors", "Media enquiries"]) expect(off.text).toContain(line);
  });
});

describe("issuer-boilerplate: a company release's 'About' section and safe-harbor statement", () => {
  const release = page("company-press-release.html");
  const roleOf = (blocks: { role: string; text: string }[], start: string): string | undefined => blocks.find((b) => b.text.startsWith(start))?.role;

  it("keeps them in the text under the role no analysis reads; the story stays body and the contact after '###' goes", () => {
    const article = extractArticle(release, "https://newswire.example/acme-clinics");
    for (const start of ["About Acme Pharmacy", "Acme Pharmacy Holdings, Inc. is a leading", "For more information about Acme", "Forward-Looking Statements", "This press release contains", "Actual results could differ"])
      expect(roleOf(article.blocks, start)).toBe("boilerplate");
    expect(article.blocks.filter((b) => b.role === "body").map((b) => b.text.slice(0, 20))).toEqual(["COLUMBUS, Ohio, Marc", "The clinics will off", "\"Too many families i", "The first twelve cli"]);
    expect(article.text).not.toMatch(/###|Media Contact|Jordan Reyes/);
  });

  it("leaves them as the story's heading and paragraphs with the rule off", () => {
    const off = extractArticle(release, "https://newswire.example/acme-clinics", { skipRules: ["issuer-boilerplate"] });
    expect(roleOf(off.blocks, "About Acme Pharmacy")).toBe("heading");
    expect(roleOf(off.blocks, "Acme Pharmacy Holdings, Inc. is a leading")).toBe("body");
    expect(roleOf(off.blocks, "This press release contains")).toBe("body");
  });

  it("reads a bold heading run into its paragraph by a line break, and leaves a news page's paragraph that opens with 'About'", () => {
    const story = (extra: string) => `<!DOCTYPE html><html lang="en"><head><title>Ferry operator adds winter sailings</title></head><body><article>
<h1>Ferry operator adds winter sailings</h1>
<p>Harbourline Ferries will run four extra sailings a day between Castlereach and the islands from November, the operator said on Monday.</p>
<p>About 200 islanders had signed a petition asking for the extra crossings after a winter in which storms cancelled one sailing in five.</p>
<p>The new timetable adds an early crossing at 6:10 and a late one at 22:30, using the company's second vessel, the Morven.</p>
${extra}</article></body></html>`;
    const inline = extractArticle(story("<p><b>About Harbourline Ferries</b><br>Harbourline Ferries Ltd. is an island ferry operator carrying 1.1 million passengers a year on six routes from Castlereach.</p>"));
    expect(inline.blocks.at(-1)).toEqual({ role: "boilerplate", text: expect.stringMatching(/^About Harbourline Ferries Harbourline Ferries Ltd\. is an island ferry operator/) });
    const plain = extractArticle(story(""));
    expect(plain.blocks.map((b) => b.role)).toEqual(["body", "body", "body"]);
    expect(plain.text).toContain("About 200 islanders had signed a petition");
  });
});
