import { describe, expect, it } from "vitest";
import { prepareSentence } from "../similarity/score-pair";
import { ArticleReading } from "./article-reading";
import { buildCoverage, comparedReports, type CoverageSource } from "./coverage";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { CLIMATE_LAW_AGENCY, CLIMATE_LAW_REWRITE } from "../compare/fixtures/german-climate-law";

const source = (id: string, label: string, ...paragraphs: string[]): CoverageSource => ({
  id,
  label,
  passages: passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))),
});

const wire = [
  "Japan and the United States agreed on Monday to oppose any attempt by China to change the status quo in the East China Sea by force.",
  "Foreign Minister Toshimitsu Motegi and Secretary of State Antony Blinken met in London before the G7 meeting.",
  "The ministers also discussed Myanmar and North Korea, officials said after the talks.",
];

const sources = [
  source("wire", "Wire", ...wire),
  // A portal reprints the wire copy, with an ad line. (Trimmed of its last paragraph, which names
  // Myanmar and North Korea, it would be a report of its own that leaves them out: copy-groups.ts.)
  source("portal", "Portal", ...wire, "Advertisement"),
  source("daily", "Daily", "Motegi and Blinken met in London ahead of the G7 talks on Monday.", "Japan and the United States agreed to oppose any attempt by China to change the status quo in the East China Sea by force, officials said.", "Gen. Mark Milley met his South Korean counterpart in Hawaii."),
  source("weekly", "Weekly", "Foreign Minister Toshimitsu Motegi and Secretary of State Antony Blinken met in London before the G7 meeting.", "Both sides praised the alliance between Japan and the United States."),
];

describe("buildCoverage", () => {
  const coverage = buildCoverage(sources);

  it("gives the same coverage from articles already read for comparison", () => {
    const read = sources.map((s) => ({ ...s, reading: new ArticleReading(s.passages), sentences: s.passages.map((p) => prepareSentence(p.text)) }));
    expect(buildCoverage(read)).toEqual(coverage);
    // The readings keep their scans for the next story view.
    expect(buildCoverage(read)).toEqual(coverage);
  });

  it("does not count an outlet naming itself as a source reporting that name", () => {
    const story = (nytNamesFox: boolean) =>
      buildCoverage([
        source("fox", "Fox News", "Senator Roy Blunt told Fox News on Tuesday that Todd Akin should leave the Senate race in Missouri.", "Akin apologized for his remarks on rape on Monday."),
        source(
          "nyt",
          "The New York Times",
          `Todd Akin refused to quit the Senate race in Missouri on Tuesday${nytNamesFox ? ", telling Fox News that he would stay" : ""}.`,
          "Akin apologized for his remarks on rape on Monday.",
        ),
        source("hpo", "HuffPost", "Todd Akin stayed in the Senate race in Missouri on Tuesday despite calls to quit.", "Akin apologized for his remarks on rape on Monday."),
      ]).flags.filter((f) => f.kind === "entity" && f.term === "Fox News");
    // Only The New York Times reports the network's name: one of three is no majority to miss.
    expect(story(true)).toEqual([]);
    // Fox News alone names itself: nothing to report either, and never "absent from" itself.
    expect(story(false)).toEqual([]);
  });

  it("does not call a source's omission a name it writes in lower case, as the comparison of the two does not", () => {
    const story = (reutersLine: string) =>
      buildCoverage([
        source("ani", "ANI", "Japan protested to China on Monday over ships near the Senkaku islands, the Foreign Ministry said.", "The ministry summoned a Chinese diplomat in Tokyo."),
        source("kyodo", "Kyodo", "The Foreign Ministry lodged a protest with China on Monday over ships near the Senkaku islands.", "A Chinese diplomat was summoned in Tokyo."),
        source("reuters", "Reuters", reutersLine, "A Chinese diplomat was summoned in Tokyo, officials said."),
      ]);
    const ministry = (coverage: ReturnType<typeof buildCoverage>) => coverage.rows.find((r) => r.kind === "entity" && r.term === "Foreign Ministry");
    const said = story("Japan protested to China on Monday over ships in the East China Sea, Japan's foreign ministry said.");
    expect(said.flags.filter((f) => f.term === "Foreign Ministry")).toEqual([]);
    // The matrix's cell points at the sentence that writes it, not "absent".
    expect(ministry(said)?.counts[2]).toBe(1);
    expect(ministry(said)?.passages[2]).toEqual([0]);
    // Not written at all: still absent from Reuters.
    const silent = story("Japan protested to China on Monday over ships in the East China Sea, officials said.");
    expect(silent.flags.find((f) => f.term === "Foreign Ministry")?.absentFrom).toEqual(["reuters"]);
    expect(ministry(silent)?.counts[2]).toBe(0);
  });

  it("leaves no title row behind when an analyst's alias joins two forms of a councillor's name", () => {
    const council = [
      source("gazette", "Gazette", "Councillor Marcus Webb said the council would spend £40 million on the bypass.", "Councillor Marcus Webb told reporters the road was overdue."),
      source("echo", "Echo", "Cllr M. Webb said the council would spend £40 million on the bypass.", "The road was overdue, Cllr M. Webb told reporters."),
      source("post", "Post", "Marcus Webb, a councillor, said the bypass would cost £40 million."),
    ];
    const story = buildCoverage(council, { aliases: [{ canonical: "Marcus Webb", aliases: ["M. Webb"] }] });
    const names = story.rows.filter((r) => r.kind === "entity").map((r) => `${r.term} ${r.counts.join(",")}`);
    expect(names).toEqual(["Marcus Webb 2,2,1"]);
    // Every source names him: no one is flagged for leaving out a title.
    expect(story.flags.filter((f) => f.kind === "entity").map((f) => f.term)).toEqual([]);
  });

  it("groups a reprinted wire story so it counts once", () => {
    expect(coverage.groups).toEqual([["wire", "portal"], ["daily"], ["weekly"]]);
    expect(coverage.sources.map((s) => s.group)).toEqual([0, 0, 1, 2]);
  });

  it("counts entity mentions per source and presence per independent report", () => {
    const china = coverage.rows.find((r) => r.kind === "entity" && r.term === "China");
    expect(china?.counts).toEqual([1, 1, 1, 0]);
    expect(china?.presentIn).toBe(2);
  });

  it("flags what most reports carry and one leaves out, naming the source", () => {
    const flag = coverage.flags.find((f) => f.kind === "entity" && f.term === "China");
    expect(flag?.text).toBe("“China” mentioned by 2 of 3 sources; absent from Weekly");
    expect(flag?.absentFrom).toEqual(["weekly"]);
  });

  it("does not count a source as leaving out a name its headline carries", () => {
    const brief = source("brief", "Brief", "Motegi and Blinken met in London ahead of the G7 talks on Monday.", "They agreed to oppose any change to the status quo by force.");
    const absentFromBrief = (title?: string) =>
      buildCoverage([...sources, { ...brief, title }]).flags.filter((f) => f.term === "Japan" && f.text.includes("Brief"));
    expect(absentFromBrief("Ministers meet in London")).toHaveLength(1);
    expect(absentFromBrief("Tokyo and Washington close ranks in London")).toHaveLength(0);
  });

  it("does not count a source as leaving out the country it is set in, naming one of its states", () => {
    const story = (third: string) =>
      buildCoverage([
        source("hpo", "HuffPost", "“I am the attorney general of the United States, but I am also a black man,” Holder said in Ferguson.", "He met students at a college."),
        source("fox", "Fox News", "Holder, the attorney general of the United States, visited Ferguson on Wednesday.", "He met students at a college."),
        source("nyt", "The New York Times", third, "He met students at a college."),
      ]).flags.filter((f) => f.kind === "entity" && f.term === "United States");
    expect(story("Attorney General Eric Holder visited Ferguson on Wednesday.")).toHaveLength(1);
    expect(story("Attorney General Eric Holder visited Ferguson, in Missouri, on Wednesday.")).toEqual([]);
  });

  it("groups under a name left out only the passages that name it in most reports, not a quotation one outlet gives to that person", () => {
    const quote = '"We will not speculate on the cause until the data recorders have been analysed,"';
    const story = buildCoverage([
      source("wire", "Meridian Press", "Seven people were killed when a passenger train derailed outside Kessingford on Thursday.", "Regional Governor Paul Hendry declared a day of mourning.", `${quote} investigator Tomasz Wren told reporters at the scene.`),
      source("gazette", "Kessingford Gazette", "A passenger train left the rails outside Kessingford on Thursday morning and seven people died.", "Regional Governor Paul Hendry declared a day of mourning.", `${quote} investigator Tomasz Wren told reporters at the scene.`),
      source("channel9", "Channel 9 News", "Seven people died when a passenger train came off the rails near Kessingford on Thursday.", `${quote} Governor Paul Hendry said.`, "Regional Governor Paul Hendry declared a day of mourning."),
      source("ledger", "The Ledger Review", "A passenger train derailed outside Kessingford on Thursday, killing seven people.", "The union said it had warned about worn rails on the curve."),
    ]);
    const hendry = story.flags.find((f) => f.kind === "entity" && f.term === "Paul Hendry");
    const speculate = story.flags.find((f) => f.kind === "passage" && f.text.includes("speculate"));
    const mourning = story.flags.find((f) => f.kind === "passage" && f.text.includes("mourning"));
    expect(hendry?.absentFrom).toEqual(["ledger"]);
    expect(speculate?.absentFrom).toEqual(["ledger"]);
    // The day of mourning is Hendry's in every report: one omission.
    expect(mourning?.item).toBe(hendry?.key);
    // Two reports give the quotation to Wren, one to Hendry: an omission of its own.
    expect(speculate?.item).not.toBe(hendry?.key);
  });

  it("does not flag what only one report has, nor what all have", () => {
    expect(coverage.flags.some((f) => f.term === "Mark Milley")).toBe(false);
    expect(coverage.flags.some((f) => f.term === "Antony Blinken")).toBe(false);
  });

  it("lists passages shared by some reports but not all", () => {
    const myanmar = coverage.rows.find((r) => r.kind === "passage" && /Myanmar/.test(r.text ?? ""));
    expect(myanmar).toBeUndefined(); // only the wire group has it: one report
    const statusQuo = coverage.rows.find((r) => r.kind === "passage" && /status quo/.test(r.text ?? ""));
    expect(statusQuo?.presentIn).toBe(2);
    expect(statusQuo?.counts[3]).toBe(0);
  });

  it("keeps flag keys stable across runs", () => {
    expect(buildCoverage(sources).flags.map((f) => f.key)).toEqual(coverage.flags.map((f) => f.key));
  });
});

describe("buildCoverage passage rows", () => {
  const harbour = [
    source("ledger", "Ledger", "The harbour reopened to fishing boats on Monday after six weeks of repairs.", "\"The harbour fee is not the problem,\" the skipper said."),
    source("courier", "Courier", "The harbour reopened to fishing boats on Monday after six weeks of storm repairs.", "The mayor said she regretted that the minister could not visit the town."),
    source("gazette", "Gazette", "Fish prices fell at the market as the boats returned.", "The regional fund paid for most of the work."),
  ];
  const rows = buildCoverage(harbour).rows.filter((r) => r.kind === "passage");

  it("joins passages that report the same thing", () => {
    const reopened = rows.find((r) => /harbour reopened/.test(r.text ?? ""));
    expect(reopened?.passages).toEqual([[0], [0], []]);
  });

  it("never joins passages that share no more than a word or two (a fee and a minister's visit are not one report)", () => {
    const joined = rows.find((r) => (r.passages[0] ?? []).includes(1) && (r.passages[1] ?? []).includes(1));
    expect(joined).toBeUndefined();
  });
});

describe("buildCoverage rows agree with the comparison of two of its sources", () => {
  const OUT = "Fire Chief Ann Ruiz said the warehouse fire was out by evening.";
  // The same speaker, another fact: the scorer alone calls it the same content, for the name they share.
  const CREWS = "Fire Chief Ann Ruiz said 40 firefighters had worked through the evening.";
  // The fact of OUT inside a longer sentence: a partial pair, no row of its own.
  const LONGER = "Fire Chief Ann Ruiz said crews had put the warehouse fire out by evening, but hot spots were still smouldering near the docks.";
  const SAME = "The warehouse fire was out by evening, Fire Chief Ann Ruiz said.";

  it("never joins two facts of one speaker into a row, nor calls the fact reported by a source that only names the speaker", () => {
    const coverage = buildCoverage([
      source("channel", "Channel", "A grain warehouse burned in Lakeport on Wednesday.", OUT),
      source("paper", "Paper", "Flames destroyed a grain store at Lakeport harbour.", CREWS),
      source("wire", "Wire", "Lakeport's harbour district lost a grain warehouse.", LONGER),
    ]);
    const joined = coverage.rows.find((r) => r.kind === "passage" && (r.passages[0] ?? []).includes(1) && (r.passages[1] ?? []).includes(1));
    expect(joined).toBeUndefined();
    expect(coverage.flags.filter((f) => f.kind === "passage" && /out by evening/.test(f.text))).toEqual([]);
  });

  it("does not list as leaving a passage out a source that says it in a longer sentence", () => {
    const story = (wireSays: string) =>
      buildCoverage([
        source("channel", "Channel", "A grain warehouse burned in Lakeport on Wednesday.", OUT),
        source("paper", "Paper", "Flames destroyed a grain store at Lakeport harbour.", SAME),
        source("wire", "Wire", "Lakeport's harbour district lost a grain warehouse.", wireSays),
      ]);
    const longer = story(LONGER);
    expect(longer.flags.filter((f) => f.kind === "passage")).toEqual([]);
    // The matrix points the wire's cell at the stretch that says it.
    expect(longer.rows.find((r) => r.text === OUT)?.passages[2]).toContain(1);
    // A wire that only names the chief with another fact does leave it out.
    const other = story("Fire Chief Ann Ruiz said 40 firefighters and nine engines were sent to the docks.");
    expect(other.flags.filter((f) => f.kind === "passage").map((f) => f.absentFrom)).toEqual([["wire"]]);
  });
});

describe("buildCoverage with a source in another language", () => {
  const german = (id: string, label: string) => source(id, label, ...CLIMATE_LAW_AGENCY.blocks.slice(1).map((b) => b.text));

  it("never names a source in another language than the story's as leaving anything out", () => {
    const coverage = buildCoverage([...sources, german("tagesblatt", "Tagesblatt")]);
    expect(coverage.sources.find((s) => s.id === "tagesblatt")).toMatchObject({ language: "deu", compared: false });
    // Wire and its reprint are one report; Daily and Weekly two more; the German source none.
    expect(comparedReports(coverage)).toBe(3);
    expect(coverage.flags.length).toBeGreaterThan(0);
    expect(coverage.flags.filter((f) => f.absentFrom.includes("tagesblatt"))).toEqual([]);
    // The English sources are compared as before, and counted as before: the German source is none of "3".
    expect(coverage.flags.find((f) => f.kind === "entity" && f.term === "China")?.text).toBe("“China” mentioned by 2 of 3 sources; absent from Weekly");
  });

  it("compares a German story's passages but reads none of its capitalised nouns as names", () => {
    const rewrite = source("morgenpost", "Morgenpost", ...CLIMATE_LAW_REWRITE.blocks.slice(1).map((b) => b.text));
    const coverage = buildCoverage([german("tagesblatt", "Tagesblatt"), rewrite, german("landbote", "Landbote")]);
    expect(coverage.sources.map((s) => [s.language, s.compared])).toEqual([
      ["deu", undefined],
      ["deu", undefined],
      ["deu", undefined],
    ]);
    expect(coverage.rows.filter((r) => r.kind === "entity")).toEqual([]);
    expect(coverage.flags.map((f) => f.kind)).not.toContain("entity");
  });
});

describe("buildCoverage flag keys and syndicated copies", () => {
  // Ids as stored: cuids, which grow with time, so a copy added later has a larger id.
  const story = [
    source("c1aaa", "Ledger", "The harbour reopened to fishing boats on Monday after six weeks of repairs, Mayor Anna Berg said.", "The regional fund paid for most of the work."),
    source("c1bbb", "Courier", "Fishing boats returned to the harbour on Monday when it reopened after six weeks of repairs, said Mayor Anna Berg.", "Fish prices fell at the market as the boats returned."),
    source("c1ccc", "Gazette", "Fish prices fell at the market as boats came back.", "The regional fund paid for most of the work on the pier."),
  ];
  // A syndicated copy: the same text under another outlet, stored later, undated so it is listed first.
  const copyOf = (i: number): CoverageSource => ({ ...(story[i] as CoverageSource), id: "c2zzz", label: "Portal" });
  const keys = (c: ReturnType<typeof buildCoverage>) => c.flags.map((f) => f.key).sort();
  const plain = buildCoverage(story);

  it("keeps the keys of a story without copies as they were (reviews already stored still attach)", () => {
    // The keys this story had before copies were taken into account in them, and before figures were listed.
    expect(keys(plain).filter((k) => !k.startsWith("coverage:figure:"))).toEqual([
      "coverage:entity:anna berg:absent:c1ccc",
      "coverage:passage:3a6d313c:absent:c1ccc",
      "coverage:passage:5ef34c89:absent:c1aaa",
      "coverage:passage:bee59777:absent:c1bbb",
    ]);
    // The "six weeks" the Gazette leaves out is part of the sentence it leaves out: that item, under that item's key.
    expect(plain.flags.find((f) => f.key === "coverage:figure:6:absent:c1ccc")?.item).toBe("coverage:passage:3a6d313c:absent:c1ccc");
  });

  it("keeps every flag's key when a copy of the source leaving it out is added", () => {
    const withCopy = buildCoverage([copyOf(2), ...story]);
    expect(withCopy.groups).toContainEqual(["c2zzz", "c1ccc"]);
    expect(keys(withCopy)).toEqual(keys(plain));
    const counted = (c: ReturnType<typeof buildCoverage>) => c.flags.map((f) => [f.key, f.presentIn, f.of]).sort();
    expect(counted(withCopy)).toEqual(counted(plain));
  });

  it("keeps every flag's key when a copy of a source reporting it is listed first", () => {
    const withCopy = buildCoverage([copyOf(1), ...story]);
    expect(keys(withCopy)).toEqual(keys(plain));
    // Each passage flag still quotes the same sentence.
    const quoted = (c: ReturnType<typeof buildCoverage>) => c.flags.map((f) => [f.key, f.term]).sort();
    expect(quoted(withCopy)).toEqual(quoted(plain));
  });

  it("ranks a story without copies as before", () => {
    expect(plain.flags.filter((f) => f.kind !== "figure").map((f) => [f.key, f.severity, f.reasons.join("; ")])).toEqual([
      ["coverage:passage:3a6d313c:absent:c1ccc", 0.627, "in 2 ledes; 2 of 3 sources; absent from Gazette"],
      ["coverage:entity:anna berg:absent:c1ccc", 0.62, "in 2 ledes; 2 mentions; 2 of 3 sources; absent from Gazette"],
      ["coverage:passage:5ef34c89:absent:c1aaa", 0.467, "in 2 ledes; 2 of 3 sources; absent from Ledger"],
      ["coverage:passage:bee59777:absent:c1bbb", 0.363, "in 2 ledes; 2 of 3 sources; absent from Courier"],
    ]);
  });

  it("counts a copy's headlines, ledes and mentions once, with its original's", () => {
    // ("absent from" names the copy too when its original is absent: both left it out; so does who says a figure.)
    const named = (r: string) => r.startsWith("absent from") || / says? /.test(r);
    const ranked = (c: ReturnType<typeof buildCoverage>) => c.flags.map((f) => [f.key, f.severity, f.reasons.filter((r) => !named(r)).join("; ")]);
    for (const copied of [0, 1]) {
      const withCopy = buildCoverage([copyOf(copied), ...story]);
      // Same order, same weight, same reasons as the story without the copy.
      expect(ranked(withCopy)).toEqual(ranked(plain));
    }
  });
});
