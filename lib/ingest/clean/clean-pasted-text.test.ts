import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blocksToText } from "../../text/types";
import { cleanPastedText } from "./clean-pasted-text";

const fixture = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");
const bodyTexts = (raw: string): string[] => cleanPastedText(raw).blocks.filter((b) => b.role === "body").map((b) => b.text);

describe("cleanPastedText on the ANI portal seed", () => {
  const result = cleanPastedText(fixture("seed-ani-portal.txt"));
  const text = blocksToText(result.blocks);

  it("lifts byline, date with its zone, and title out of the body", () => {
    expect(result.byline).toBe("ANI");
    expect(result.publishedAt).toBe("2021-05-04T07:45:00+05:30");
    expect(result.title).toBe("Japan, US agree to step up cooperation against China");
    expect(text).not.toContain("By ANI");
    expect(text).not.toContain("Japan, US agree to step up cooperation against China");
  });

  it("drops navigation, app prompts, attribution, disclaimer, tags and the related-stories list", () => {
    for (const chrome of ["City", "Epaper", "Open in App", "With inputs from ANI", "Disclaimer", "Tags:", "Related Stories", "Iowa Shooting", "Putin"]) {
      expect(text).not.toContain(chrome);
    }
    expect(result.removed).toEqual(expect.arrayContaining(["City", "Epaper", "Open in App", "Related Stories"]));
  });

  it("keeps the story, with its duplicated lead paragraph only once, from lead to last paragraph", () => {
    const body = bodyTexts(fixture("seed-ani-portal.txt"));
    expect(body).toHaveLength(8);
    expect(body[0]).toMatch(/^US Secretary of State Antony Blinken and Japanese Foreign Minister/);
    expect(body[1]).toMatch(/^The talks between the two leaders took place on Monday/);
    expect(body[7]).toMatch(/^Affirming his "ironclad" support/);
  });
});

describe("cleanPastedText on the second seed", () => {
  const result = cleanPastedText(fixture("seed-second-outlet.txt"));

  it("takes the date from the metadata prefix and drops the prefix from the first paragraph", () => {
    expect(result.publishedAt).toBe("2021-05-04");
    expect(result.blocks[0]).toEqual({ role: "body", text: expect.stringMatching(/^Japanese Foreign Minister Toshimitsu Motegi/) });
    expect(result.removed).toEqual(["date 2021-05-04"]);
  });

  it("keeps photo captions and the sub-heading, marked so they do not count as body", () => {
    const roles = result.blocks.map((b) => b.role);
    expect(roles).toEqual(["body", "caption", "body", "body", "caption", "heading", "body"]);
    expect(result.blocks[1]!.text).toMatch(/^Blinken and Lloyd .* Credit: AP$/);
    expect(result.blocks[5]!.text).toBe("Trilateral talk on North Korea's ballistic missile programs");
  });
});

describe("cleanPastedText general rules on an invented portal page", () => {
  const result = cleanPastedText(fixture("portal-chrome.txt"));
  const text = blocksToText(result.blocks);

  it("reads byline and a day-month-year date with a 12-hour time and zone", () => {
    expect(result.byline).toBe("Maria Okafor");
    expect(result.publishedAt).toBe("2024-03-12T18:15:00+00:00");
    expect(result.title).toBe("Harbour strike ends after dockworkers accept new pay offer");
  });

  it("removes menus, prompts, inline read-also links, credits lines, topics, copyright and teaser lists", () => {
    for (const chrome of ["Home", "Sport", "Listen to this article", "Share on WhatsApp", "Advertisement", "Also read", "Reporting by", "Topics:", "©", "Download our app", "More from World", "Fuel prices"]) {
      expect(text).not.toContain(chrome);
    }
  });

  it("keeps the body, the sub-heading and the credited photo caption", () => {
    expect(result.blocks.map((b) => b.role)).toEqual(["body", "body", "body", "body", "heading", "body", "caption"]);
    expect(text).toContain("a spokesperson for the harbour authority said.");
  });
});

describe("cleanPastedText on a headline with a standfirst above the byline", () => {
  // An invented broadsheet report pasted as the page shows it: headline, standfirst, byline, story.
  const raw = [
    "Harbour board doubles mooring fees as repair bill climbs",
    "Owners of small boats face the steepest rise in a generation, and some say they will leave the marina",
    "By Tomasz Wren, Coastal Affairs Editor",
    "The Eastmouth harbour board voted on Tuesday to double mooring fees from April, saying the storm repairs had cost twice what it planned.",
    "The board's chair, Agnes Boyle, said the fees had not risen since 2011.",
  ].join("\n\n");

  it("takes the first line as the title and keeps the standfirst as text", () => {
    const result = cleanPastedText(raw);
    expect(result.title).toBe("Harbour board doubles mooring fees as repair bill climbs");
    expect(result.byline).toContain("Tomasz Wren");
    expect(bodyTexts(raw)[0]).toBe("Owners of small boats face the steepest rise in a generation, and some say they will leave the marina");
  });
});

describe("cleanPastedText on plain text without chrome", () => {
  it("keeps blank-line paragraphs unchanged", () => {
    const raw = "The council approved the budget on Monday.\n\nOpposition members said the vote was rushed.\n\nA final reading is due next week.";
    expect(cleanPastedText(raw)).toEqual({
      blocks: raw.split("\n\n").map((text) => ({ role: "body", text })),
      removed: [],
    });
  });

  it("treats single-newline-separated paragraphs as paragraphs", () => {
    const raw = "Rain is forecast for the north on Friday.\nTemperatures will fall to 4C overnight.\nThe weekend should be dry.";
    expect(bodyTexts(raw)).toEqual(raw.split("\n"));
  });

  it("joins hard-wrapped lines back into one paragraph", () => {
    const raw = "The committee will publish its findings in the spring,\nafter hearing evidence from fifteen witnesses and\nreviewing the agency's internal emails.\n\nNo date has been set.";
    expect(bodyTexts(raw)).toEqual([
      "The committee will publish its findings in the spring, after hearing evidence from fifteen witnesses and reviewing the agency's internal emails.",
      "No date has been set.",
    ]);
  });

  it("normalises whitespace: CRLF, NBSP, tabs, zero-width characters, runs of spaces", () => {
    const raw = "  First\u00a0paragraph  has\tgaps.\u200b\r\n\r\n\r\nSecond   one.  ";
    expect(bodyTexts(raw)).toEqual(["First paragraph has gaps.", "Second one."]);
  });

  it("does not take sentences that merely start with 'By' for a byline", () => {
    const raw = "By the end of the day, the river had risen two metres.\n\nResidents were moved to the school hall.";
    const result = cleanPastedText(raw);
    expect(result.byline).toBeUndefined();
    expect(result.blocks).toHaveLength(2);
  });

  it("keeps body text that mentions a prompt word inside a sentence", () => {
    const raw = "Readers who subscribe to the newsletter were told about the recall first, the company said in a statement on Monday.";
    expect(bodyTexts(raw)).toEqual([raw]);
  });

  it("returns nothing for empty or blank input", () => {
    expect(cleanPastedText("")).toEqual({ blocks: [], removed: [] });
    expect(cleanPastedText(" \n\n \t\n")).toEqual({ blocks: [], removed: [] });
  });

  it("treats a menu or breadcrumb flattened into one line as chrome and a bare date line as the dateline", () => {
    const raw =
      "Home | World | Business | Sport\n\nCouncil delays vote on tram extension\n\nTuesday, 4 May 2021, 07:45 IST\n\nThe city council postponed its vote on the tram extension after two members asked for a new cost estimate.\n\nNews › Local › Transport";
    const result = cleanPastedText(raw);
    expect(result.publishedAt).toBe("2021-05-04T07:45:00+05:30");
    expect(result.title).toBe("Council delays vote on tram extension");
    expect(result.blocks).toEqual([{ role: "body", text: "The city council postponed its vote on the tram extension after two members asked for a new cost estimate." }]);
  });

  it("does not cut the article at a related-looking sub-heading in its first half", () => {
    const para = "The minister said the new rules would apply from January and that firms had been consulted for a year.";
    const raw = `${para}\n\nMore from the minister\n\n${para.replace("minister", "deputy")}\n\n${para.replace("January", "March")}\n\n${para.replace("year", "month")}`;
    expect(bodyTexts(raw)).toHaveLength(4);
  });

  it("turns bulleted lines into list items", () => {
    const result = cleanPastedText("The plan has three parts:\n- a new bridge\n- two bus lanes\n- wider pavements");
    expect(result.blocks.map((b) => b.role)).toEqual(["body", "list-item", "list-item", "list-item"]);
    expect(result.blocks[1]!.text).toBe("a new bridge");
  });
});

describe("cleanPastedText on a Japanese page (no spaces between words)", () => {
  const paragraphs = [
    "茂木外相とブリンケン米国務長官は3日、ロンドンで会談した。",
    "両外相は、東シナ海や南シナ海での力による一方的な現状変更の試みに反対することで一致した。",
    "会談は約40分間行われた。",
    "両氏は北朝鮮の非核化に向けて緊密に連携することも確認した。",
  ];
  const raw = ["ホーム", "政治", "経済", "国際", "ログイン", "", "日米外相がロンドンで会談", "", ...paragraphs.flatMap((p) => [p, ""]), "関連記事", "", "シェア"].join("\n");

  it("keeps the article's paragraphs (each read as one 'word' before, so all were taken for menu entries) and drops the menus", () => {
    const result = cleanPastedText(raw);
    expect(result.blocks.filter((b) => b.role === "body").map((b) => b.text)).toEqual(paragraphs);
    expect(result.removed).toEqual(expect.arrayContaining(["ホーム", "政治", "ログイン", "関連記事", "シェア"]));
  });
});

describe("a pasted article whose first line is its headline", () => {
  const lead =
    "The Elm Street bridge in Wexford will stay closed to traffic until at least September after inspectors found corrosion in two of its steel girders, the county council said on Thursday.";
  const second = "About 14,000 vehicles crossed the bridge each day before it was shut on Monday, according to council figures.";
  const report = (headline: string): string => [headline, lead, second].join("\n\n");

  it("takes a headline followed by paragraphs as the title, not as the first passage", () => {
    const result = cleanPastedText(report("Corroded girders keep Wexford bridge shut until September"));
    expect(result.title).toBe("Corroded girders keep Wexford bridge shut until September");
    expect(result.blocks.map((b) => b.text)).toEqual([lead, second]);
    expect(result.removed).toContain("Corroded girders keep Wexford bridge shut until September");
  });

  it("takes a headline in a script written without spaces", () => {
    const text = ["ウェックスフォードの橋、9月まで通行止め", "ウェックスフォード郡議会は木曜日、エルム通りの橋の鋼製の桁2本に腐食が見つかったため、少なくとも9月まで通行止めを続けると発表した。", "橋は月曜日に閉鎖された。"].join("\n\n");
    const result = cleanPastedText(text);
    expect(result.title).toBe("ウェックスフォードの橋、9月まで通行止め");
    expect(result.blocks[0]!.text).toMatch(/^ウェックスフォード郡議会は/);
  });

  it("takes the headline above a line naming the issuer", () => {
    const result = cleanPastedText(["Statement on the closure of the Elm Street bridge", "Department of Transport and Infrastructure", lead].join("\n\n"));
    expect(result.title).toBe("Statement on the closure of the Elm Street bridge");
    expect(result.blocks.map((b) => b.text)).toEqual(["Department of Transport and Infrastructure", lead]);
  });

  it("drops a first line repeating the typed title, compared without case, quotes, dashes or end punctuation", () => {
    // A question mark ends it like a sentence: only the typed title shows it is the headline.
    const pasted = report("Who will pay to repair the Elm Street bridge – ‘not us’, says the county?");
    const typed = `who will pay to repair the Elm Street bridge - "not us", says the county`;
    expect(cleanPastedText(pasted).blocks[0]!.text).toMatch(/^Who will pay/);
    expect(cleanPastedText(pasted, { title: typed }).blocks.map((b) => b.text)).toEqual([lead, second]);
  });

  it("keeps a first line that is a sentence of the report, or a line that is all the text there is", () => {
    expect(cleanPastedText([lead, second].join("\n\n")).title).toBeUndefined();
    expect(cleanPastedText([lead, second].join("\n\n")).blocks.map((b) => b.text)).toEqual([lead, second]);
    const alone = cleanPastedText("Corroded girders keep Wexford bridge shut until September", { title: "Corroded girders keep Wexford bridge shut until September" });
    expect(alone.blocks.map((b) => b.text)).toEqual(["Corroded girders keep Wexford bridge shut until September"]);
  });

  it("keeps a typed title that differs from the first line as the analyst's, but still leaves the headline out of the body", () => {
    const result = cleanPastedText(report("Corroded girders keep Wexford bridge shut until September"), { title: "Bridge closure (council)" });
    expect(result.blocks.map((b) => b.text)).toEqual([lead, second]);
  });
});

describe("cleanPastedText on a wire story and a press release pasted as text", () => {
  it("lifts a desk byline with its time stamps and drops the credits line", () => {
    const result = cleanPastedText(
      [
        "Port strike halts grain exports from Varenna for a second day",
        "By Tidewater Press staff · March 14, 2025 6:42 AM GMT · Updated 2 hours ago",
        "VARENNA, March 14 (Tidewater Press) - Dock workers at Varenna kept the port's grain terminals shut for a second day on Friday, the port authority said.",
        "Freight rates for grain cargoes loading in the region rose 9% on Thursday, shipbrokers said.",
        "Reporting by Ines Albanese in Varenna and Marco Bellini in Rome; Additional reporting by Piotr Nowak in Warsaw; Editing by Helen Marsh and Tom Hale",
      ].join("\n"),
    );
    expect(result.byline).toBe("Tidewater Press staff");
    expect(result.publishedAt).toBe("2025-03-14T06:42:00+00:00");
    expect(result.blocks.map((b) => b.text.slice(0, 20))).toEqual(["VARENNA, March 14 (T", "Freight rates for gr"]);
  });

  it("drops the release's kind, header fields, end mark, notes to editors and contacts, and takes its date", () => {
    const result = cleanPastedText(
      [
        "For immediate release",
        "New flood defences approved for the Lower Anne valley",
        "From:",
        "Department for Environment and Water",
        "Published: 2 June 2025",
        "The Department for Environment and Water has approved funding of 48 million pounds for new flood defences along the Lower Anne.",
        "Construction will start in September and is expected to take three years, the department said in its statement.",
        "ENDS",
        "Notes to editors",
        "1. The Lower Anne flooded in January, when 1,200 homes were evacuated.",
        "Media enquiries: press office, 0300 555 0142",
      ].join("\n"),
    );
    expect(result.title).toBe("New flood defences approved for the Lower Anne valley");
    expect(result.publishedAt).toBe("2025-06-02");
    expect(result.blocks.map((b) => b.text.slice(0, 30))).toEqual(["The Department for Environment", "Construction will start in Sep"]);
    expect(result.removed).toEqual(expect.arrayContaining(["For immediate release", "From:", "Department for Environment and Water", "ENDS", "Notes to editors"]));
  });
});

describe("cleanPastedText on a company's press release: its 'About' section and safe-harbor statement", () => {
  const body = [
    "Acme Pharmacy to open 40 walk-in clinics in rural Ohio",
    "COLUMBUS, Ohio, March 3, 2027 /PRNewswire/ -- Acme Pharmacy Holdings, Inc. (NASDAQ: ACME) today announced plans to open 40 walk-in clinics in rural Ohio counties over the next two years.",
    "The clinics will offer vaccinations, screenings and treatment for minor illnesses, and will accept Medicaid, the company said.",
    "\"Too many families drive an hour to see anyone at all,\" said Dana Whitfield, chief executive of Acme Pharmacy.",
  ];
  const about = "Acme Pharmacy Holdings, Inc. is a leading community pharmacy chain with more than 1,200 stores in 14 states, headquartered in Columbus, Ohio. For more information visit www.acmepharmacy.example.";
  const safeHarbor = "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing of clinic openings.";
  const risks = "Actual results could differ materially from those expressed in these statements because of the risks described in the company's Annual Report on Form 10-K.";

  it("keeps them, shown, under the role no analysis reads, and drops the contact block and the issuer's sign-off", () => {
    const result = cleanPastedText(
      [...body, "About Acme Pharmacy", about, "Forward-Looking Statements", safeHarbor, risks, "Media Contact:", "Jordan Reyes", "press@acmepharmacy.example", "(614) 555-0142", "SOURCE Acme Pharmacy Holdings, Inc."].join("\n"),
    );
    expect(result.blocks.map((b) => b.role)).toEqual(["body", "body", "body", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"]);
    expect(result.blocks.filter((b) => b.role === "boilerplate").map((b) => b.text)).toEqual(["About Acme Pharmacy", about, "Forward-Looking Statements", safeHarbor, risks]);
    expect(result.removed).toEqual(expect.arrayContaining(["Media Contact:", "press@acmepharmacy.example", "SOURCE Acme Pharmacy Holdings, Inc."]));
  });

  it("drops what follows a '###' or '-30-' end mark, an 'About' section printed after it included", () => {
    for (const mark of ["###", "- 30 -"]) {
      const result = cleanPastedText([...body, mark, "About Acme Pharmacy", about].join("\n"));
      expect(result.blocks.map((b) => b.role)).toEqual(["body", "body", "body"]);
      expect(result.removed).toEqual(expect.arrayContaining([mark, "About Acme Pharmacy", about]));
    }
  });

  it("keeps as the story a news paragraph that opens with 'About', and an 'About' box the story goes on after", () => {
    const story = [
      "Residents of Greyhope packed the council chamber on Thursday night to oppose the closure of the town's last pharmacy.",
      "About 200 people gathered outside before the meeting, many carrying prescriptions they said they could no longer fill nearby.",
      "About Acme Pharmacy",
      "Acme Pharmacy is a chain of 1,200 stores that bought the Greyhope branch in 2019 and announced its closure last month.",
      "Councillors voted to ask the company to delay the closure by a year while another operator is sought.",
      "The company said it would reply within two weeks, and that staff would be offered jobs at its other branches.",
    ];
    const result = cleanPastedText(story.join("\n"));
    expect(result.blocks.filter((b) => b.role === "boilerplate")).toEqual([]);
    expect(result.blocks.map((b) => b.text)).toContain(story[1]);
  });
});
