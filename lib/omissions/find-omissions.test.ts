import { describe, expect, it } from "vitest";
import type { Alignment } from "../types/comparison";
import type { Passage } from "../text/types";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { simpleAlign, toRef } from "./fixtures/simple-align";
import { findOmissionItems, findOmissions } from "./find-omissions";
import { wordDiff } from "../diff/word-diff";

const body = (...paragraphs: string[]) => passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text })));

function compare(a: Passage[], b: Passage[], options?: Parameters<typeof findOmissions>[1]) {
  return findOmissions({ a: { passages: a }, b: { passages: b }, ...simpleAlign(a, b) }, options);
}

function pair(a: Passage, b: Passage, kind: Alignment["kind"] = "near"): Alignment {
  return { kind, score: 0.8, a: [toRef(a)], b: [toRef(b)], diff: wordDiff(a.text, b.text), moved: false };
}

describe("findOmissions: entities", () => {
  it("flags a person one side names and the other never does, with counts and passages", () => {
    const a = body("Prime Minister Yoshihide Suga met the delegation in Tokyo.", "Suga later spoke to reporters about the visit.");
    const b = body("The delegation met officials in Tokyo.", "Officials later spoke to reporters about the visit.");
    const flag = compare(a, b).find((f) => f.kind === "entity" && f.term === "Yoshihide Suga");
    expect(flag).toMatchObject({ missingFrom: "b", countA: 2, countB: 0, passagesA: [0, 1], passagesB: [] });
    expect(flag?.key).toBe("entity:b:yoshihide suga");
  });

  it("does not call a name left out when the other side's headline carries it", () => {
    const a = body("Japan and the United States agreed on Monday to oppose any change to the status quo by force.");
    const b = body("They agreed to oppose any change to the status quo by force, officials said on Monday.");
    const withTitles = (title?: string) =>
      findOmissions({ a: { passages: a, title: "Allies agree on the status quo" }, b: { passages: b, title }, ...simpleAlign(a, b) });
    const japanFlag = (flags: ReturnType<typeof findOmissions>) => flags.find((f) => f.kind === "entity" && f.term === "Japan");
    expect(japanFlag(withTitles("Allies close ranks in London"))).toMatchObject({ missingFrom: "b" });
    // "Tokyo" in a headline is Japan's government: named, not left out.
    expect(japanFlag(withTitles("Tokyo and Washington close ranks in London"))).toBeUndefined();
  });

  it("does not call the other outlet's own name left out: an outlet does not cite itself", () => {
    const a = body("The president fired the director last week, a move first reported by The New York Times.", "Senators from both parties called the firing alarming.");
    const b = body("The president fired the director last week.", "Senators from both parties called the firing alarming on Tuesday.");
    const flags = (outletB: string) =>
      findOmissions({ a: { passages: a, outlet: "HuffPost" }, b: { passages: b, outlet: outletB }, ...simpleAlign(a, b) });
    const timesFlag = (list: ReturnType<typeof findOmissions>) => list.find((f) => f.kind === "entity" && /New York Times/.test(f.term ?? ""));
    expect(timesFlag(flags("Fox News"))).toMatchObject({ missingFrom: "b" });
    expect(timesFlag(flags("The New York Times"))).toBeUndefined();
  });

  it("raises no flag when the two sides use different aliases of one entity", () => {
    const a = body("The U.S. and Burma's neighbours met DPRK envoys. Japan's Self-Defence Forces joined.");
    const b = body("The United States and Myanmar's neighbours met North Korean envoys. The Self-Defense Forces joined.");
    expect(compare(a, b).filter((f) => f.kind === "entity")).toEqual([]);
  });

  it("takes no name from a paper's print line: its page and headline are furniture, not the story", () => {
    const a = body(
      "Biden pressed Ryan on Medicare during the debate.",
      "A version of this article appears in print on October 12, 2012, on page A16 of the New York edition with the headline: Night of Withering Ripostes, Mostly Delivered by Biden.",
    );
    const b = body("Biden pressed Ryan on Medicare during the debate.");
    expect(compare(a, b).filter((f) => f.kind === "entity").map((f) => f.term)).toEqual([]);
  });

  it("does not call a country left out when the side that has it only refers to it ('Americans', 'in Washington')", () => {
    const b = body("The lobby said it was open to modest benefit cuts for future retirees.");
    const unitedStates = (a: ReturnType<typeof body>) => compare(a, b).find((f) => f.kind === "entity" && f.term === "United States");
    expect(unitedStates(body("The lobby for older Americans, one of the most influential in Washington, said it was open to modest benefit cuts."))).toBeUndefined();
    // Named once: the flag counts, and points to, that mention, not "Americans" in the lede.
    const named = body("The lobby for older Americans said it was open to modest benefit cuts.", "Its members are many.", "The cuts are the most since the United States created the program.");
    expect(unitedStates(named)).toMatchObject({ missingFrom: "b", countA: 1, passagesA: [2] });
    expect(unitedStates(named)?.note).toContain("1×");
  });

  it("finds a body's name in the other article with its generic last word in lower case: \"Intelligence committee chairman\"", () => {
    const a = body("The Intelligence Committee will issue subpoenas to Michael Flynn, its chairman said.");
    const terms = (b: ReturnType<typeof body>) => compare(a, b).filter((f) => f.kind === "entity").map((f) => f.term);
    expect(terms(body("Flynn was paid by firms in Russia and Turkey. The chairman, Richard Burr, said Tuesday that he would not cooperate."))).toContain("Intelligence Committee");
    expect(terms(body("Flynn was paid by firms in Russia and Turkey. Intelligence committee chairman Richard Burr said Tuesday that he would not cooperate."))).not.toContain("Intelligence Committee");
  });

  it("does not call a name left out that the other article writes in lower case: the Tea Party / \"the tea party-backed candidate\"", () => {
    const a = body("Dave Brat, a Tea Party favourite, beat Eric Cantor in the primary on Tuesday.");
    const terms = (b: ReturnType<typeof body>) => compare(a, b).filter((f) => f.kind === "entity").map((f) => f.term);
    expect(terms(body("Dave Brat beat Eric Cantor in the primary on Tuesday."))).toContain("Tea Party");
    expect(terms(body("The tea party-backed candidate, Dave Brat, beat Eric Cantor in the primary on Tuesday."))).not.toContain("Tea Party");
  });

  it("does not call two joined names left out when the other article names each: \"the Obama-Romney debate\"", () => {
    const a = body("Jim Lehrer was the moderator of the Obama-Romney debate in Denver last week.");
    const terms = (b: ReturnType<typeof body>) => compare(a, b).filter((f) => f.kind === "entity").map((f) => f.term);
    expect(terms(body("President Obama and Mitt Romney met in Denver last week for their first debate."))).not.toContain("Obama-Romney");
    // Only when it names each: an article that never names Romney leaves the debate's name out.
    expect(terms(body("President Obama spoke in Denver last week."))).toContain("Obama-Romney");
  });

  it("does not call the country an article is set in left out when it names one of its states", () => {
    const a = body("“I am the attorney general of the United States, but I am also a black man,” Holder said.");
    const unitedStates = (b: ReturnType<typeof body>) => compare(a, b).filter((f) => f.kind === "entity" && f.term === "United States");
    expect(unitedStates(body("Attorney General Eric Holder spoke to students in Ferguson."))).toHaveLength(1);
    expect(unitedStates(body("Attorney General Eric Holder spoke to students in Ferguson, and Gov. Jay Nixon of Missouri listened."))).toEqual([]);
    // A state opening a body's name sets the article there as well.
    expect(unitedStates(body("Attorney General Eric Holder spoke to students in Ferguson with the Florida Department of Law Enforcement."))).toEqual([]);
  });

  it("does not treat a mention of the South China Sea as a mention of China", () => {
    const a = body("China sent ships to the South China Sea, officials said.");
    const b = body("Ships were sent to the South China Sea, officials said.");
    const flags = compare(a, b).filter((f) => f.kind === "entity");
    expect(flags.map((f) => f.term)).toEqual(["China"]);
    // Still left out, but the other side does write the word: the note does not say "never in".
    expect(flags[0]?.note).toBe("“China” appears 1× in A, in B only inside a longer name");
    expect(compare(a, body("Ships were sent out, officials said."))[0]?.note).toBe("“China” appears 1× in A, never in B");
  });

  it("does not call a name left out when the other side writes it only as the start of a longer name of its type", () => {
    const a = body("Water poured over the spillway into Hollins Creek on Tuesday, county officials said.");
    const b = body("Water poured over the spillway of the Hollins Creek Dam on Tuesday, county officials said.");
    const terms = (x: Passage[], y: Passage[]) => compare(x, y).filter((f) => f.kind === "entity").map((f) => `${f.term} (${f.missingFrom})`);
    // The dam is still left out by A, which names only the creek.
    expect(terms(a, b)).toEqual(["Hollins Creek Dam (a)"]);
    // Only a name of its type: the creek is no newspaper's.
    expect(terms(a, body("Water poured over the spillway on Tuesday, the Hollins Creek Gazette reported."))).toContain("Hollins Creek (b)");
  });

  it("uses an analyst's alias to silence a false flag", () => {
    const a = body("The Kremlin and Gazprom cut supplies to Europe on Monday.");
    const b = body("The Kremlin and the Russian gas giant cut supplies to Europe on Monday.");
    expect(compare(a, b).some((f) => f.term === "Gazprom")).toBe(true);
    const withAlias = compare(a, b, { aliases: [{ canonical: "Gazprom", aliases: ["Russian gas giant"] }] });
    expect(withAlias.some((f) => f.term === "Gazprom")).toBe(false);
  });

  it("raises nothing for articles without names", () => {
    const a = body("the talks went on for hours and ended without a deal.");
    expect(compare(a, a)).toEqual([]);
  });
});

describe("findOmissions: passages", () => {
  it("ranks an unmatched lead paragraph above unmatched boilerplate and captions", () => {
    const a = passagesFromBlocks([
      { role: "body", text: "Japan and the United States agreed on Monday to oppose any attempt by China to change the status quo by force." },
      { role: "body", text: "The ministers met in London before the G7 meeting of foreign ministers." },
      { role: "caption", text: "[Ministers arrive in London. Photo Credit: AP]" },
      { role: "body", text: "Disclaimer: This post has been auto-published from an agency feed without any modifications to the text." },
    ]);
    const b = body("The ministers met in London before the G7 meeting of foreign ministers.");
    const passages = compare(a, b).filter((f) => f.kind === "passage");
    expect(passages[0]?.passagesA).toEqual([0]);
    expect(passages[0]?.missingFrom).toBe("b");
    const lead = passages[0]?.severity ?? 0;
    for (const f of passages.slice(1)) expect(f.severity).toBeLessThan(lead / 2);
  });

  it("ranks a paper's trailers (print-edition line, reporting credits) far below what it reports", () => {
    const a = body(
      "Senate Democrats said on Thursday that they would block the nomination until the inspector general's report is released.",
      "The ministers met in London before the G7 meeting of foreign ministers.",
      "A version of this article appears in print on October 12, 2012, on page A16 of the New York edition with the headline: Mostly Delivered, With Withering Ripostes.",
      "Peter Baker and Maggie Haberman contributed reporting from Washington.",
    );
    const b = body("The ministers met in London before the G7 meeting of foreign ministers.");
    const passages = compare(a, b).filter((f) => f.kind === "passage");
    const lead = passages.find((f) => f.passagesA[0] === 0)?.severity ?? 0;
    const trailers = passages.filter((f) => (f.passagesA[0] ?? 0) >= 2);
    expect(trailers).toHaveLength(2);
    for (const f of trailers) expect(f.severity).toBeLessThan(lead / 2);
  });

  it("flags a passage one side says only in small part, pointing at the other side's closest sentence", () => {
    const [a] = body("Motegi and Blinken met in London on Monday and agreed to hold joint naval exercises near Okinawa and to share satellite intelligence on Chinese patrols.");
    const [b] = body("Motegi and Blinken met in London on Monday.");
    if (!a || !b) throw new Error("fixture");
    const flags = findOmissions({ a: { passages: [a] }, b: { passages: [b] }, alignments: [pair(a, b, "partial")], onlyA: [], onlyB: [] });
    expect(flags.find((f) => f.kind === "passage")).toMatchObject({ missingFrom: "b", passagesA: [0], passagesB: [0] });
  });

  it("does not call a sentence left out when the other article says it across two sentences", () => {
    const a = body("Tokyo and Washington agreed on Monday to oppose any attempt by Beijing to change the status quo by force in the East China Sea.");
    const b = body("Tokyo and Washington agreed on Monday on a common line.", "They will oppose any attempt by Beijing to change the status quo by force in the East China Sea.", "The weather in London was cold.");
    // The aligner pairs A's sentence with one of B's at most; the other half is still said.
    const flags = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [], onlyA: a.map(toRef), onlyB: b.map(toRef) });
    expect(flags.filter((f) => f.kind === "passage" && f.missingFrom === "b")).toEqual([]);
    expect(flags.filter((f) => f.kind === "passage" && f.missingFrom === "a").map((f) => f.text)).toEqual(["The weather in London was cold."]);
  });

  it("flags what a paired sentence leaves out, not the sentence: a figure the other side's counterpart lacks", () => {
    const a = body(
      "Four people were killed and at least 20 injured when a huge blast ripped through a chemical plant in Lakeport before dawn on Monday, emergency services said.",
      "The cause of the blast was not yet known.",
    );
    const b = body("A blast ripped through a chemical plant in Lakeport early on Monday, killing four people, police said.", "The cause of the blast was not yet known.");
    const paired = compare(a, b).filter((f) => f.missingFrom === "b");
    // Mostly said by B's lede, which the comparison pairs with it: what B lacks is the figure.
    expect(paired.filter((f) => f.kind === "passage")).toEqual([]);
    expect(paired.find((f) => f.kind === "number")).toMatchObject({ term: "20", passagesA: [0] });
    // Without the pair the words alone decide, and a figure B lacks keeps the whole sentence flagged.
    const unpaired = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [], onlyA: a.map(toRef), onlyB: b.map(toRef) });
    expect(unpaired.filter((f) => f.kind === "passage" && f.missingFrom === "b").map((f) => f.passagesA)).toEqual([[0]]);
  });

  it("keeps a paired sentence flagged when the other side shares only its names: who met where is not what they agreed", () => {
    const a = body("Foreign Minister Ana Ruiz and Secretary of State Tom Hale agreed in Lisbon on Monday to oppose any unilateral change to the status quo in the Gulf of Varna by force.", "They will meet again in June.");
    const b = body("Secretary of State Tom Hale met Foreign Minister Ana Ruiz in Lisbon on Monday.", "They will meet again in June.");
    const flags = compare(a, b);
    expect(flags.filter((f) => f.kind === "passage" && f.missingFrom === "b").map((f) => f.passagesA)).toEqual([[0]]);
  });

  it("says a paired sentence is partly reported rather than only in one side, in its note and its item's reasons", () => {
    const a = body("Crews brought the warehouse fire under control by noon, but a smaller blaze in a storage tank was still burning.", "The cause of the fire was not yet known.");
    const b = body("Crews had the warehouse fire under control by noon, officials said.", "The cause of the fire was not yet known.");
    const read = (alignment: Pick<Parameters<typeof findOmissionItems>[0], "alignments" | "onlyA" | "onlyB">) => {
      const { items, omissions } = findOmissionItems({ a: { passages: a, outlet: "Channel" }, b: { passages: b, outlet: "Wire" }, ...alignment });
      return { reasons: items.find((i) => i.missingFrom === "b")?.reasons, note: omissions.find((f) => f.kind === "passage" && f.missingFrom === "b")?.note };
    };
    const paired = read(simpleAlign(a, b));
    expect(paired.reasons).toContain("Wire reports part of it");
    expect(paired.note).toMatch(/^Wire reports part of it: its passage 1(–2)? says \d+% of it; the rest only in Channel$/);
    const unpaired = read({ alignments: [], onlyA: a.map(toRef), onlyB: b.map(toRef) });
    expect(unpaired.reasons).not.toContain("Wire reports part of it");
    expect(unpaired.note).toMatch(/^Only in Channel; Wire says \d+% of it/);
  });

  it("reads a paired sentence's speaker by name when this side names that person in what it reports: partly reported, not 'nothing like it'", () => {
    const a = body(
      "The Harlow County pension board approved a $40 million transfer to a private fund in March.",
      "State Treasurer Lena Marsh said her office had opened an audit of the transfer on Friday.",
      "The board's chairman, Victor Osei, said the move had been reviewed by outside lawyers.",
      "Retirees have packed every board meeting since January, demanding to see the minutes.",
    );
    const b = body(
      "The Harlow County pension board moved $40 million into a private fund in March.",
      "Board members said outside lawyers had reviewed the move.",
      "That explanation did not satisfy the state treasurer, Lena Marsh, whose office has opened an audit and subpoenaed emails between the chairman and two brokers in Cincinnati.",
    );
    const { items, omissions } = findOmissionItems({ a: { passages: a, outlet: "Wire" }, b: { passages: b, outlet: "Daily" }, ...simpleAlign(a, b) });
    const flag = omissions.find((f) => f.kind === "passage" && f.missingFrom === "a");
    // Paired with the treasurer's sentence (A's passage 2), which names her as its speaker.
    expect(flag).toMatchObject({ passagesA: [1], passagesB: [2] });
    expect(flag?.note).toMatch(/^Wire reports part of it: its passage 2 says \d+% of it; the rest only in Daily$/);
    expect(items.find((i) => i.missingFrom === "a" && i.kind === "passage")?.reasons).toContain("Wire reports part of it");
  });

  it("does not count the speaker's name as saying what the speaker said: another fact of the same chief is no cover", () => {
    const a = body("A grain warehouse burned in Lakeport on Wednesday.", "Fire Chief Ann Ruiz said the warehouse fire was out by evening.");
    const b = body("Flames destroyed a grain store at Lakeport harbour.", "Fire Chief Ann Ruiz said 40 firefighters had worked through the evening.");
    const leftOut = compare(a, b).filter((f) => f.kind === "passage").map((f) => f.text);
    expect(leftOut).toContain("Fire Chief Ann Ruiz said the warehouse fire was out by evening.");
    expect(leftOut).toContain("Fire Chief Ann Ruiz said 40 firefighters had worked through the evening.");
  });
});

describe("findOmissions: quotes", () => {
  it("does not take a short quotation as present because its word sits inside another word", () => {
    const a = body("The general called it “war”, and the talks lasted two hours.");
    const b = body("The general spoke about new software, and the talks lasted two hours.");
    const flag = compare(a, b).find((f) => f.kind === "quote");
    expect(flag).toMatchObject({ missingFrom: "b", term: "war" });
  });

  it("flags a quotation only one side carries", () => {
    const a = body("“We will never accept a change of the status quo by force,” the minister said.", "The talks lasted two hours.");
    const b = body("The minister spoke about the status of the region.", "The talks lasted two hours.");
    const flag = compare(a, b).find((f) => f.kind === "quote");
    expect(flag).toMatchObject({ missingFrom: "b", term: "We will never accept a change of the status quo by force", passagesA: [0] });
  });

  it("flags a quotation with altered wording, with a word diff", () => {
    const a = body("“Motegi and Blinken also discussed China,” NHK said.");
    const b = body("“Motegi and Blinken discussed China,” NHK said.");
    const flag = compare(a, b).find((f) => f.kind === "quote");
    expect(flag?.diff).toContainEqual([-1, "also "]);
    expect(flag?.note).toMatch(/worded differently/);
  });

  it("ranks a quotation whose reference is only spelled out ('this president' / 'President Trump') as slight, a change of words as not", () => {
    const severity = (x: string, y: string) =>
      compare(body(`“There should be no one-on-one meeting between ${x} and Putin,” Warner said.`), body(`“There should be no one-on-one meeting between ${y} and Putin,” Warner said.`)).find(
        (f) => f.kind === "quote",
      )?.severity ?? 0;
    expect(severity("this president", "President Trump")).toBeLessThan(0.2);
    expect(severity("this president", "the Russian dictator")).toBeGreaterThanOrEqual(0.3);
  });

  it("does not take two remarks that share a few words for one quotation, nor a group's statement and its president's words for a re-attribution", () => {
    const pelosi = body("House Speaker Nancy Pelosi said the declaration would be “a gross abuse of the power of the presidency.”");
    const nadler = body(
      "“The declaration would be an affront to the separation of powers. Congress has the exclusive power of the purse. This is a gross abuse of power that cannot be tolerated,” Representative Jerrold Nadler said.",
    );
    const flags = compare(pelosi, nadler).filter((f) => f.kind === "quote");
    expect(flags.some((f) => f.note?.includes("worded differently") || f.note?.includes("attributed to"))).toBe(false);
    const griffin = body("“Committed and loving couples will now be treated equally under our tax laws,” said Chad Griffin, president of the Human Rights Campaign.");
    const group = body("“Committed and loving couples will now be treated equally under our tax laws,” the Human Rights Campaign said in a statement.");
    expect(compare(griffin, group).filter((f) => f.kind === "quote")).toEqual([]);
    // A remark of two words is the same only word for word: "NO COLLUSION!" is not "there was no Russian
    // collusion" worded differently.
    const tweet = body("The president wrote on Twitter, “NO COLLUSION!” and left for Florida.");
    const aide = body("An aide said “there was no Russian collusion” and left for Florida.");
    expect(compare(tweet, aide).filter((f) => f.note?.includes("worded differently"))).toEqual([]);
  });

  it("flags a quotation one side attributes to a named person and the other to an unnamed source", () => {
    const named = body("“Nobody else is being considered for the post now,” said John Kirby, the Pentagon spokesman.");
    const unnamed = body("“Nobody else is being considered for the post now,” a Pentagon official said.");
    const flag = compare(named, unnamed).find((f) => f.kind === "quote");
    expect(flag).toMatchObject({ missingFrom: "b", speaker: "John Kirby" });
    expect(flag?.note).toContain("does not name the source (“a Pentagon official”)");
    // Someone named, then described in an apposition, is no unnamed source; nor is "the official", who may be named earlier.
    const apposition = body("Faiz Shakir, the political director of the group and an adviser to former Senator Harry Reid, said: “Nobody else is being considered for the post now.”");
    const anaphor = body("“Nobody else is being considered for the post now,” the official said.");
    for (const other of [apposition, anaphor]) expect(compare(named, other).some((f) => f.note?.includes("does not name"))).toBe(false);
  });

  it("flags a quotation attributed to someone else", () => {
    const a = body("“The alliance is the cornerstone of peace in the region,” Blinken said at the meeting.");
    const b = body("“The alliance is the cornerstone of peace in the region,” Motegi said at the meeting.");
    const flag = compare(a, b).find((f) => f.kind === "quote");
    expect(flag?.note).toBe("attributed to Blinken in A, to Motegi in B");
  });

  it("treats a quotation the other side quotes in part as excerpted, not as altered or missing", () => {
    const a = body("Biden was quick to retort: “With all due respect, that's just a bunch of malarkey.”");
    const b = body("Biden responded: “That's just a bunch of malarkey.”");
    expect(compare(a, b).filter((f) => f.kind === "quote")).toEqual([]);
  });

  it("flags the clause an excerpt leaves out when it is a statement of its own", () => {
    const a = body("“We will restore the funding to Medicare, and we will repeal the health care law on the first day in office,” said Lanhee Chen, the campaign's policy director.");
    const b = body("“We will restore the funding to Medicare,” said Lanhee Chen, the campaign's policy director.");
    const flag = compare(a, b).find((f) => f.kind === "quote");
    expect(flag).toMatchObject({ missingFrom: "b", speaker: "Lanhee Chen" });
    expect(flag?.note).toMatch(/quotes only part of this/);
    expect(flag?.note).toMatch(/repeal the health care law/);
    // In the article's own words, as the analyst will quote them.
    const one = compare(
      body("“We simply cannot afford to elect as our next president one of the leading agents of this administration's foreign policy,” Rubio said."),
      body("“We simply cannot afford to elect as our next president,” Rubio said."),
    ).find((f) => f.kind === "quote");
    expect(one?.note).toContain("“one of the leading agents of this administration's foreign policy”");
  });

  it("does not flag a quotation the other side splits in two around the attribution", () => {
    const a = body("“The alliance is the cornerstone of peace, and we will defend it together,” Motegi said.");
    const b = body("“The alliance is the cornerstone of peace,” Motegi said. “And we will defend it together.”");
    expect(compare(a, b).filter((f) => f.kind === "quote")).toEqual([]);
  });

  it("names the speaker by attribution grammar: never a place, never the listener", () => {
    const speakerOf = (text: string) => compare(body(text), body("The talks ended on Monday.")).find((f) => f.kind === "quote")?.speaker;
    expect(speakerOf("“We assume those savings,” said Austin Smythe, the panel's Republican staff director.")).toBe("Austin Smythe");
    expect(speakerOf("Lis Smith, a spokeswoman for the Obama campaign, said: “The ad is dishonest and hypocritical.”")).toBe("Lis Smith");
    expect(speakerOf("“The president has no plan for the budget,” Ben LaBolt told HuffPost on Monday.")).toBe("Ben LaBolt");
    expect(speakerOf("A statement from Arizona said: “The border is closed to all traffic.”")).toBeUndefined();
    // "according to" after a quotation whose sentence already names its speaker is where the report comes from.
    expect(speakerOf("In January, Trump asserted that he had “the absolute right to declare a national emergency,” according to CNN.")).toBe("Trump");
    expect(speakerOf("The fund is “almost empty,” according to the Treasury Department.")).toBe("Treasury Department");
    // A paper that carries someone's words after "according to" is not who said them; words it wrote are its own.
    expect(speakerOf("“We warned management about this unit,” a union official said, according to the Halden Gazette.")).toBeUndefined();
    expect(speakerOf("According to BuzzFeed, “Cohen then acknowledged those instructions during his interviews.”")).toBe("BuzzFeed");
    // '“…,” he said. “…”': the last quotation goes on with the speaker of the one before, not the last name read.
    const issa = compare(
      body(
        "Rep. Darrell Issa of California pressed the White House on the job offer.",
        '"This is about the White House," Issa said, adding that he wants to know what former President Bill Clinton was empowered to say. "They\'ve answered a question and it begs many more answers," he said. "We want elections not to be appointments."',
      ),
      body("The talks ended on Monday."),
    );
    expect(issa.find((f) => f.kind === "quote" && /elections/.test(f.term ?? ""))?.speaker).toBe("Darrell Issa");
    // A town written with its state ("Brooklyn, N.Y.,") is a place, whatever the recogniser would make of the word.
    expect(speakerOf("“Stay strong,” tweeted the Brooklyn, N.Y., chapter of the group, a leader of the movement.")).toBeUndefined();
    // "he told X": the pronoun goes back to a name before the quotation, but never to the one spoken to.
    expect(speakerOf("Rep. Paul Ryan listened to Vice President Joe Biden with a tilted head. “I know you're under duress,” he told Biden.")).toBe("Paul Ryan");
    // Before a quotation, a name after the verb is what is reported on, unless the quotation follows it.
    expect(speakerOf("The letter said the House Intelligence Committee had been briefed “on these operations multiple times.”")).toBeUndefined();
    expect(speakerOf("At the hearing on Wednesday, Sen. Rand Paul, a Kentucky Republican, said: “I would have relieved you of your post.”")).toBe("Rand Paul");
    // A speaker named in apposition before the verb, not the organisation of their title; a party member is not the party.
    expect(speakerOf("A spokesman for the Democratic National Committee, Brad Woodhouse, said Mr. Steele was “betting against our troops.”")).toBe("Brad Woodhouse");
    expect(speakerOf("Republicans met on Monday. The Arizona Republican said Mr. Steele must make “an appropriate decision” about his future.")).toBeUndefined();
    // Between two quotations, the first one's attribution goes on to the second.
    const both = compare(body("“I think the way he handled himself was condescending,” said Rep. Jason Chaffetz (R-Utah). “He was constantly interrupting and talking over people.”"), body("The talks ended on Monday."));
    expect(both.filter((f) => f.kind === "quote").map((f) => f.speaker)).toEqual(["Jason Chaffetz", "Jason Chaffetz"]);
    // "she said" goes back to the sentence's subject, never to a name inside a quotation.
    expect(speakerOf("“I stood next to President Barack Obama as the Marines carried the caskets off the plane,” she said.")).toBeUndefined();
    const smith = compare(body("Lis Smith, a spokeswoman for the Obama campaign, said, “The ad is dishonest and hypocritical.” The savings, she said, “do not cut a single guaranteed benefit.”"), body("The talks ended on Monday."));
    expect(smith.filter((f) => f.kind === "quote").map((f) => f.speaker)).toEqual(["Lis Smith", "Lis Smith"]);
    // A possessive after the verb begins what was said: "said Holder's visit" names no speaker.
    expect(speakerOf("Crowds were smaller on Wednesday. The night was “a very good night,” and organisers said Eric Holder's visit had helped.")).toBeUndefined();
    // …and to the sentence's subject before a name further on: Cowan speaks, not Kerry whose staff he mentions.
    expect(speakerOf("Sen. William Cowan said he would rely on Sen. John Kerry's staff in Washington. “There won't be any daylight there at all,” he said.")).toBe("William Cowan");
  });

  it("names the speaker an office stands for, the one person or body the article titled so, and a speaker set off after a role", () => {
    const speakerOf = (...paragraphs: string[]) => compare(body(...paragraphs), body("The talks ended on Monday.")).find((f) => f.kind === "quote")?.speaker;
    expect(speakerOf("Attorney General Richard Blumenthal spoke in Norwalk.", "In an interview on Monday, the attorney general said: “I misspoke about my service.”")).toBe("Richard Blumenthal");
    expect(speakerOf("Lis Smith, a spokeswoman for the Obama campaign, criticised the ad.", "“The ad is dishonest and hypocritical,” the spokeswoman said.")).toBe("Lis Smith");
    expect(speakerOf("The Justice Department indicted the couple.", "The department said the spending went on despite “numerous warnings” from the treasurer.")).toBe("Justice Department");
    expect(speakerOf("Sen. Claire McCaskill spoke to reporters.", "“Nominating him would be a mistake,” said the senator.")).toBe("Claire McCaskill");
    // Two holders of the office: the description names neither.
    expect(speakerOf("President Obama left the Capitol as President Trump arrived.", "“We will win again and again,” the president said.")).toBeUndefined();
    // A deputy holds another office than the one named: "the attorney general" is Sessions, not Rosenstein.
    expect(speakerOf("Deputy Attorney General Rod Rosenstein and Attorney General Jeff Sessions met on Monday.", "“We will act on this soon,” the attorney general said.")).toBe("Jeff Sessions");
    expect(speakerOf("“It is by their choice that hasn't happened,” said the spokesman, Nick Merrill.")).toBe("Nick Merrill");
    // A title of four capitalised words between the verb and the person: the person speaks, not the office's house.
    expect(speakerOf("“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham.")).toBe("Stephanie Grisham");
  });

  it("reads the reporting verbs of features and hearings, and a verb joined by \"and\" after a quotation as the same subject's", () => {
    const speakersOf = (...paragraphs: string[]) =>
      compare(body(...paragraphs), body("The talks ended on Monday."))
        .filter((f) => f.kind === "quote")
        .map((f) => f.speaker);
    expect(speakersOf("“For a while now hibernation has been proposed as a game-changing tool,” explains team leader Jennifer Ngo-Anh.")).toEqual(["Jennifer Ngo-Anh"]);
    expect(speakersOf("“That cable did not come to my attention,” Hillary Clinton testified before the committee.")).toEqual(["Hillary Clinton"]);
    expect(speakersOf("The two met in 1993. “He was the funniest man I ever knew,” Elise Matthesen recalled.")).toEqual(["Elise Matthesen"]);
    // "comments" after a quotation is the verb ("his comments" elsewhere is not); "reiterated", "commented".
    expect(speakersOf("“We worked on the architecture of the spacecraft and its logistics,” comments Robin Biesbroek, a scientist.")).toEqual(["Robin Biesbroek"]);
    expect(speakersOf("Press Secretary Jay Carney reiterated that the program is not “a driver of the deficits in the near term.”")).toEqual(["Jay Carney"]);
    // "…," and predicted, "…": the verb after the first quotation is no inverted attribution naming nobody.
    expect(
      speakersOf("Sen. John Cornyn, who heads the campaign committee, said Tuesday, “I think it's a blockbuster revelation,” and predicted, “It is going to make that race more competitive.”"),
    ).toEqual(["John Cornyn", "John Cornyn"]);
    // An adverb between the speaker and the verb: "allegedly told", "facetiously said".
    expect(speakersOf("“We messed up; I messed up,” Michael Thomas allegedly told a supervisor.")).toEqual(["Michael Thomas"]);
    expect(speakersOf("Speaker John Boehner facetiously said that Mr. Obama could help: “I'm sure he has great influence over there.”")).toEqual(["John Boehner"]);
    // The speaker's team between the speaker and the verb.
    expect(speakersOf("“We suggest that the outgassing of water vapour occurs at lower levels,” Lucas Paganini and his team wrote in the paper.")).toEqual(["Lucas Paganini"]);
    // A relative clause ("Trump, who said") and a speech to come ("is expected to say").
    expect(speakersOf("The arrest drew scrutiny, even from President Donald Trump, who said “Drug Dealers and Human Traffickers are treated better.”")).toEqual(["Donald Trump"]);
    expect(speakersOf("“This would be a priority even in times of peace and stability,” Sen. Marco Rubio is expected to say.")).toEqual(["Marco Rubio"]);
    // "continued" where its clause ends, "was quoted as saying", and a "former" title after the verb.
    expect(speakersOf("“Why can't Mitt Romney run his race and I'll run mine?” Todd Akin continued.")).toEqual(["Todd Akin"]);
    expect(speakersOf("As the brawl over Medicare continued on Tuesday, the campaign said the plan “would end Medicare as we know it.”")).toEqual([undefined]);
    expect(speakersOf("“How about the mayor starts it off in honor of the city?” Mr. Donald Trump was quoted as saying.")).toEqual(["Donald Trump"]);
    expect(speakersOf("“There are some very angry people upset with the status quo,” said former Representative Thomas M. Davis III, a Virginia Republican.")).toEqual(["Thomas M. Davis III"]);
    // The comma left out between the quotation and its verb.
    expect(speakersOf("“It has the potential to change their practice and improve workflow efficiency” says André Neu, head of platform solutions at Ascom.")).toEqual(["André Neu"]);
    // A suffix of the name between it and the verb.
    expect(speakersOf("U.S. Attorney James Kennedy Jr. said in a release that free speech does not let people “make threats to harm lawmakers.”")).toEqual(["James Kennedy"]);
    // "…called the idea “intriguing,” but Sen. Claire McCaskill said…": she did not call it intriguing.
    expect(speakersOf("Some Republican senators called the idea “intriguing,” but Sen. Claire McCaskill said it was wrong.")).toEqual([undefined]);
  });

  it("reads a name set off after the sentence's subject as that subject, never a woman as \"he\" or a man as \"she\", and no possessive as a subject", () => {
    const speakerOf = (...paragraphs: string[]) => compare(body(...paragraphs), body("The talks ended on Monday.")).find((f) => f.kind === "quote")?.speaker;
    expect(
      speakerOf("The White House press secretary, Sarah Huckabee Sanders, sought to distance Mr. Trump from the charges. “The charges have nothing to do with the president,” she told CNN."),
    ).toBe("Sarah Huckabee Sanders");
    expect(speakerOf("Sen. Tim Kaine spoke first.", "The crowd cheered when Sen. Elizabeth Warren arrived. “This is our moment to win,” he said.")).toBe("Tim Kaine");
    // …nor "she" a man: the novelist who explained it speaks, not the author the paragraph names.
    expect(speakerOf("His editor John M. Ford agreed, after the novelist Jo Walton explained them to me. “You're only seeing the tenth of the iceberg,” she said.")).not.toBe("John M. Ford");
    // "Swift's claims": the possessive's owner is no subject of "claims"; the sentence's subject speaks at "saying".
    expect(speakerOf("Big Machine has denied Swift's claims, saying they were “shocking and false.”")).toBe("Big Machine");
    // The subject of a reported clause ("argued that Donald J. Trump was…") is what was said, not who says "he said".
    const bloomberg = compare(
      body("The line was an addition to a speech in which Michael R. Bloomberg criticized Democrats, but argued that Donald J. Trump was a “dangerous demagogue.” “I'm a New Yorker,” he said, “and New Yorkers know a con when we see one.”"),
      body("The talks ended on Monday."),
    );
    expect(bloomberg.find((f) => f.kind === "quote" && /know a con/.test(f.term ?? ""))?.speaker).toBe("Michael R. Bloomberg");
    // A book opening a sentence is no "she"; a journal named after "in the journal" is where the authors published.
    expect(speakerOf("I reached Valerie Smith by phone. Smith still found it hard to talk. Web of Angels was the first novel she ever sold. “It was a joy,” she said.")).toBe("Valerie Smith");
    expect(speakerOf("The authors of the research published in the journal JAMA Psychiatry argued that the rise is “a potential public health concern.”")).toBeUndefined();
  });

  it("reads \"he said\" opening a paragraph as the subject of the paragraph before, and never as a name after the pronoun", () => {
    const speakersOf = (...paragraphs: string[]) =>
      compare(body(...paragraphs), body("The talks ended on Monday."))
        .filter((f) => f.kind === "quote" && (f.term ?? "").split(" ").length >= 3)
        .map((f) => f.speaker);
    // A paragraph opening with the quotation (or "He added,") goes on with whoever spoke last in the paragraph before…
    expect(speakersOf("“I will not resign,” said Gov. Paul LePage, who tried to put the questions to rest.", "“I'm not an alcoholic, and I don't have mental issues,” he said.")).toEqual(["Paul LePage", "Paul LePage"]);
    expect(speakersOf("“There should be no meeting between this president and Putin,” Sen. Mark Warner said.", "He warned, “I'm afraid the president could be taken advantage of.”")).toEqual(["Mark Warner", "Mark Warner"]);
    // …but not a paragraph that opens with a sentence of its own, whose subject the pronoun may be.
    expect(
      speakersOf("“Every book contained a puzzle of some sort,” said Beth Meacham, one of his editors.", "All his novels hold a stretch where the reader is baffled, as the novelist explained to me. “You're only seeing the tenth of the iceberg,” she said."),
    ).toEqual(["Beth Meacham", undefined]);
    // Behind a long opening phrase, and behind "But then".
    expect(
      speakersOf(
        "Asked whether the country would find itself dipping towards the economic doldrums if Congress waited a month or two to pass a tax package, Rob Shapiro, a former commerce official, offered a calmer analysis.",
        "“The wait would not cause a double dip,” he said.",
      ),
    ).toEqual(["Rob Shapiro"]);
    expect(speakersOf("Rep. Paul Ryan proposed cuts. But then David Certner acknowledged that the program needs to change.", "“Everybody knows we need a package of changes,” he said.")).toEqual(["David Certner"]);
    // The subject behind an opening phrase ("Still,", 'Speaking on "Fox News Sunday,"') or a title ("Weekly Standard Editor").
    expect(
      speakersOf(
        "Still, Mr. Trump, speaking with reporters as he met with President Juan Manuel Santos of Colombia, offered an emphatic “yes” when asked about Mr. Lieberman.",
        "“We need a great director of the F.B.I.,” he told reporters later at a news conference with Mr. Santos. “All over the world, the F.B.I. is special.”",
      ),
    ).toEqual(["Trump", "Trump"]);
    expect(
      speakersOf(
        'Speaking on "Fox News Sunday," Sen. Jim DeMint, R-S.C., would not go that far but said Steele must apologize to the troops.',
        '"Chairman Steele needs to apologize to our military, all the men and women who have been fighting," he said.',
      ),
    ).toEqual(["Jim DeMint"]);
    expect(
      speakersOf(
        'Weekly Standard Editor Bill Kristol, who led the charge of conservatives, said on "Fox News Sunday" that Steele still needs to go.',
        '"I think it would be better if he went," he said.',
      ),
    ).toEqual(["Bill Kristol"]);
    // No subject named before: no speaker rather than the last name ("campaigning with Romney").
    expect(
      speakersOf("He recalled when he was campaigning with Mitt Romney earlier this year.", "“We spent about five days on the road together,” he said."),
    ).toEqual([undefined]);
    // Within a paragraph, the subject after an opening phrase, not the name the verb governs.
    expect(
      speakersOf(
        "In his interview with Fox News, Paul Ryan also hammered Barack Obama for what he called his “utter failure when it comes to creating jobs.” Amplifying the campaign's message, he said the president's borrowing is dragging down growth.",
      ),
    ).toEqual(["Paul Ryan"]);
  });

  it("takes the subject of \"X also said he …\" as the speaker, never a name from the next sentence's attribution", () => {
    const warner =
      "Sen. Mark Warner, the top Democrat on the Senate Intelligence Committee, also said he is concerned that Putin will take “full advantage of an ill-prepared” Trump. The president has said he plans to meet with the Russian leader alone. “There should be no one-on-one meeting between President Trump and Vladimir Putin,” Warner told reporters Friday.";
    const flags = compare(body(warner), body("Russian President Vladimir Putin will meet President Trump in Helsinki on Monday.", "Putin has denied any interference in the election, Putin's spokesman Dmitry Peskov said."));
    const speakers = flags.filter((f) => f.kind === "quote").map((f) => f.speaker);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((name) => name === "Mark Warner")).toBe(true);
  });

  it("takes the person after an organisation's title as the speaker: \"said RNC Chair Reince Priebus\"", () => {
    const a = body("“He stole $700 billion from Medicare to fund Obamacare,” said RNC Chair Reince Priebus.");
    const b = body("The Republican National Committee, or RNC, ran the ads in Ohio on Monday.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Reince Priebus");
  });

  it("takes the person after an organisation and a role as the speaker: \"said Obama campaign manager Jim Messina\"", () => {
    const a = body("Obama spoke in Ohio on Monday. “They lost the debate tonight,” said Obama campaign manager Jim Messina.");
    const b = body("Obama spoke in Ohio on Monday, his campaign said.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Jim Messina");
    const c = body("“This deal was morally reprehensible,” said Indivisible co-founder Ezra Levin of the vote.");
    expect(compare(c, body("Indivisible, a progressive group, called the vote a cave.")).find((f) => f.kind === "quote")?.speaker).toBe("Ezra Levin");
  });

  it("reads \"he\" at a later verb (\"Asked about…, he said\"), and carries a paragraph that opens with \"He\" on from the one before", () => {
    const other = body("Gov. Deval Patrick named a new senator on Wednesday.");
    const asked = body("William Cowan embraced the temporary appointment on Wednesday.", "Asked about his political future, he said, “I am not running for office; I am not a candidate in the future.”");
    expect(compare(asked, other).find((f) => f.kind === "quote")?.speaker).toBe("William Cowan");
    const onFrom = body(
      "William Cowan said Patrick offered him the job on Tuesday, and he accepted.",
      "He said there would be “no daylight” between him and Secretary of State John Kerry on policy. When asked about the looming sequester, he said the “best-case scenario” was a “balanced approach” of cuts and tax increases.",
    );
    const speakers = compare(onFrom, other).filter((f) => f.kind === "quote").map((f) => f.speaker);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((name) => name === "William Cowan")).toBe(true);
  });

  it("reads a role written in lower case between the verb and the speaker: \"said senior adviser David Axelrod\", \"said White House press secretary Jay Carney\"", () => {
    const other = body("The deal was announced at the White House on Monday.");
    const axelrod = body("David Axelrod spoke on Monday. “Where does this go, what is the end game?” said senior adviser David Axelrod.");
    expect(compare(axelrod, other).find((f) => f.kind === "quote")?.speaker).toBe("David Axelrod");
    const carney = body("Jay Carney spoke on Monday. “The president will sign the bill this week,” said White House press secretary Jay Carney.");
    expect(compare(carney, other).find((f) => f.kind === "quote")?.speaker).toBe("Jay Carney");
  });

  it("takes the subject of the sentence as the speaker of \"…, saying “…”\", and no one for \"a statement saying\"", () => {
    const other = body("Trump spoke in New York on Wednesday.");
    const saying = body("Michael Bloomberg spoke on Wednesday. Bloomberg contrasted his business history with Trump's, saying “I built a business, and I didn’t start it with a check from my father.”");
    expect(compare(saying, other).find((f) => f.kind === "quote")?.speaker).toBe("Michael Bloomberg");
    const telling = body("But Netanyahu pushed back against these criticisms in two interviews on Sunday, first telling CNN, “I know that people are trying to draw me into the American election.”");
    expect(compare(telling, other).find((f) => f.kind === "quote")?.speaker).toBe("Netanyahu");
    // An organisation's person opening the sentence is its subject: "Marijuana Industry Group's Mike Elliott".
    const owner = body("Mason Tvert of the Marijuana Policy Project spoke. Marijuana Industry Group's Mike Elliott echoed Tvert, adding that marijuana remains “universally available” in Nebraska.");
    expect(compare(owner, other).find((f) => f.kind === "quote")?.speaker).toBe("Mike Elliott");
    // A dateline's place is no subject: the unnamed official speaks, not Denver.
    const dateline = body("Denver (AP) – Colorado's top law enforcement official promises to defend the state's law after Nebraska sued, saying it is “constitutional and sound.”");
    expect(compare(dateline, body("Officials in Denver and Lincoln spoke on Friday.")).find((f) => f.kind === "quote")?.speaker).toBeUndefined();
    // Without the comma, "saying" belongs to a noun: the group's chief executive, named before, speaks through "he described".
    const statement = body(
      "Barry Rand spoke on Friday.",
      "As word spread, the group’s chief executive, Barry Rand, issued a formal statement saying that the group’s position had not changed and refuting what he described as “misleading” media reports.",
    );
    expect(compare(statement, other).find((f) => f.kind === "quote")?.speaker).toBe("Barry Rand");
  });

  it("reads a speaker past a party tag and an apposition: \"Sen. Tim Kaine (D-Va.) told\", \"said a White House spokesman, Eric Schultz\"", () => {
    const other = body("The Senate met on Monday and the White House released the e-mails.");
    const kaine = body("“The odds go up in the House,” Sen. Tim Kaine (D-Va.) told HuffPost on Monday.");
    expect(compare(kaine, other).find((f) => f.kind === "quote")?.speaker).toBe("Tim Kaine");
    const schultz = body("“These e-mails have been selectively read out to the media,” said a White House spokesman, Eric Schultz.");
    expect(compare(schultz, other).find((f) => f.kind === "quote")?.speaker).toBe("Eric Schultz");
  });

  it("takes no speaker from inside a phrase before the verb: \"A spokesman for Mr. Hunter, Michael Harrison, said\"", () => {
    const a = body("Duncan Hunter was indicted. A spokesman for Mr. Hunter, Michael Harrison, said Tuesday that the congressman “believes this action is purely politically motivated.”");
    const b = body("Duncan Hunter was indicted on Tuesday.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Michael Harrison");
    const trump = body("Donald Trump himself said Friday evening that the controversy was “a very sad day for journalism.”");
    expect(compare(trump, b).find((f) => f.kind === "quote")?.speaker).toBe("Donald Trump");
  });

  it("gives a quotation with no attribution of its own the speaker of the sentence: 'Holder said … “a good dialogue” but that it was “not enough.”'", () => {
    const a = body("At the college, Eric Holder said that they were starting “a good dialogue” but that it was “not enough.”");
    const b = body("Eric Holder spoke at the college on Wednesday.");
    const quotes = compare(a, b).filter((f) => f.kind === "quote");
    expect(quotes.map((f) => [f.term, f.speaker])).toEqual([
      ["a good dialogue", "Eric Holder"],
      ["not enough.", "Eric Holder"],
    ]);
  });

  it("reads speakers at verbs of characterising and past phrases of time: 'derided', 'expressed', 'Comey at the time said'", () => {
    const other = body("The House met on Tuesday and nobody spoke of it.");
    const speakers = (text: string) => compare(body(text), other).filter((f) => f.kind === "quote").map((f) => f.speaker);
    expect(speakers("Jerrold Nadler derided the reading as “total nonsense” on Tuesday.")).toEqual(["Jerrold Nadler"]);
    expect(speakers("Republicans, by contrast, praised Lieberman. Sen. Marco Rubio (R-Fla.) expressed “great admiration” for him.")).toEqual(["Marco Rubio"]);
    expect(speakers("James Comey at the time said Hillary Clinton was “extremely careless” with e-mail.")).toEqual(["James Comey"]);
    // After "called" stands what is called, never who speaks.
    expect(speakers("Tim Miller called Joe Biden “unhinged” on Thursday night.")).toEqual(["Tim Miller"]);
  });

  it("reads the attribution before a quotation the sentence goes on from: 'warned that a “debt crisis is coming” and claimed…'", () => {
    const a = body("Paul Ryan, toward the end of the debate, warned that a “debt crisis is coming” and claimed the president offers little more than speeches.");
    const b = body("Paul Ryan debated on Thursday night.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Paul Ryan");
  });

  it("takes 'she' after a quotation for the one who last spoke in the paragraph", () => {
    const a = body("“We now have a clear choice between Romney and Obama,” said Maggie Gallagher, a founder of a group that opposes same-sex marriage. She called the decision “a huge mistake” for the party.");
    const b = body("Romney and Obama differ on same-sex marriage.");
    expect(compare(a, b).filter((f) => f.kind === "quote").map((f) => [f.term, f.speaker])).toEqual(
      expect.arrayContaining([["a huge mistake", "Maggie Gallagher"]]),
    );
  });

  it("reads past a dateline for the subject 'he' goes back to, and never takes the dateline's place: 'FERGUSON, Mo. -- Attorney General Eric Holder said'", () => {
    const a = body(
      "FERGUSON, Mo. -- Attorney General Eric Holder said Wednesday that the nation is watching this small suburb of St. Louis.",
      "On Thursday, he told reporters in Washington that the department would “continue to stand with Ferguson.”",
    );
    const b = body("Eric Holder visited Ferguson on Wednesday.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Eric Holder");
  });

  it("reads on past a first verb that names nobody and through a long apposition: 'Asked again…, Lamb said:', 'Darrell Issa of California, the senior…, said'", () => {
    const other = body("The House met on Tuesday and the White House spoke.");
    const lamb = body("Asked again about budget issues, Charlene Lamb said: “Sir, we will move assets to cover that.”");
    expect(compare(lamb, other).find((f) => f.kind === "quote")?.speaker).toBe("Charlene Lamb");
    const issa = body(
      "Representative Darrell Issa of California, the senior Republican on the House Oversight and Government Reform Committee, said the interactions described by the White House “represent an illegal quid pro quo.”",
    );
    expect(compare(issa, other).find((f) => f.kind === "quote")?.speaker).toBe("Darrell Issa");
  });

  it("never takes 'he' for someone the paragraph calls Ms. or Mrs.: 'But Ms. Coulter … has gotten under his skin. “I don’t know her,” he said'", () => {
    const a = body("But Ms. Coulter, who has attacked Mr. Trump for caving on the wall, has clearly gotten under his skin. “I don’t know her,” he said before correcting himself.");
    const b = body("Ms. Coulter has attacked Mr. Trump over the wall.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Trump");
  });

  it("takes the subject before the verb, not a name inside its apposition: 'Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a Democrat, said'", () => {
    const a = body(
      "“Ground zero is hallowed ground to Americans,” Elliott Maynard, a Republican trying to unseat Representative Nick J. Rahall II, a Democrat, in West Virginia’s Third District, said in a statement.",
    );
    const b = body("Republicans in West Virginia spoke about the mosque on Monday.");
    expect(compare(a, b).find((f) => f.kind === "quote")?.speaker).toBe("Elliott Maynard");
  });

  it("gives a quotation the speaker of the one before it when a long attribution stands between them", () => {
    const a = body(
      "“I will fight for you with every breath in my body,” Mr. Trump told hundreds of thousands of rain-soaked admirers and onlookers in a forceful 16-minute Inaugural Address from the West Front of the Capitol. “America will start winning again, winning like never before.”",
    );
    const b = body("Mr. Trump spoke at the Capitol for 16 minutes on Friday.");
    const winning = compare(a, b).find((f) => f.kind === "quote" && f.term?.startsWith("America will start winning"));
    expect(winning?.speaker).toBe("Trump");
  });

  it("does not flag a quotation the other side reports in the same words without marks", () => {
    const a = body("He said “the alliance is stronger than ever” after the talks.");
    const b = body("He said the alliance is stronger than ever after the talks.");
    expect(compare(a, b).filter((f) => f.kind === "quote")).toEqual([]);
  });

  it("copes with an unbalanced quotation mark", () => {
    const a = body("The minister said “we will not back down and we will defend our waters.");
    const b = body("The minister said nothing about the waters.");
    const flag = compare(a, b).find((f) => f.kind === "quote");
    expect(flag?.term).toBe("we will not back down and we will defend our waters.");
  });
});

describe("findOmissions: numbers", () => {
  it("flags figures of the same quantity that differ as a conflict, inside a partial pair too", () => {
    const a = body("The European Union pledged $5 billion in aid to Ukraine on Monday, officials in Brussels said.");
    const b = body("The European Union pledged $5.7 billion in aid to Ukraine on Monday and promised more training for its troops, officials in Brussels said.");
    const flags = findOmissions({ a: { passages: a }, b: { passages: b }, alignments: [pair(a[0] as Passage, b[0] as Passage, "partial")], onlyA: [], onlyB: [] });
    const conflict = flags.find((f) => f.kind === "conflict" && f.missingFrom === "b");
    expect(conflict).toMatchObject({ term: "$5 billion → $5.7 billion", passagesA: [0], passagesB: [0] });
    expect(flags.some((f) => f.kind === "number")).toBe(false);
  });

  it("reads a count as the same quantity when the counted noun agrees, across sentences", () => {
    const a = body("A car struck a crowd of marchers in the city centre on Saturday, injuring four people, police said.");
    const b = body("Police said a car drove into a crowd of marchers in the city centre on Saturday.", "Six people were injured, two of them seriously.");
    const conflict = compare(a, b).find((f) => f.kind === "conflict" && f.missingFrom === "b");
    expect(conflict?.term).toBe("four → Six");
  });

  it("pairs the figure a death toll reaches with the dead the other side counts, and no number of other things", () => {
    const wire = body("The death toll from Friday's explosion at the Hartwell chemical plant rose to 15 on Sunday, state officials said.");
    const paper = body("Twelve workers were killed in Friday's explosion at the Hartwell chemical plant, state officials said on Sunday.");
    expect(compare(wire, paper).find((f) => f.kind === "conflict" && f.missingFrom === "b")?.term).toBe("15 → Twelve");
    const killing = body("An explosion tore through the Hartwell chemical plant on Friday, killing 12, state officials said on Sunday.");
    expect(compare(wire, killing).find((f) => f.kind === "conflict" && f.missingFrom === "b")?.term).toBe("15 → 12");
    // The deaths that raised the toll are the change, not the toll: the toll is what differs.
    const raised = body("The death toll from Friday's explosion at the Hartwell chemical plant rose to 15 on Sunday after three workers died in hospital.");
    expect(compare(raised, paper).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term)).toEqual(["15 → Twelve"]);
    // Against the other side's count of all the dead, the toll is paired before deaths said beside it.
    const beside = body("Three workers died in hospital overnight, and the death toll from Friday's explosion at the Hartwell chemical plant rose to 15, state officials said on Sunday.");
    expect(compare(beside, paper).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term)).toEqual(["15 → Twelve"]);
    // A number of stores reached is no toll: against the dead it is no conflict.
    const stores = body("The number of Hartwell stores shut after Friday's explosion at the chemical plant rose to 412 on Sunday, the company said.");
    const killed = body("Friday's explosion at the chemical plant, killing 12, shut Hartwell stores on Sunday, the company said.");
    expect(compare(stores, killed).some((f) => f.kind === "conflict")).toBe(false);
  });

  it("raises two totals of the same people told in sentences too reworded to pair as one conflict", () => {
    const a = body(
      "Northgate Water said on Monday that a software fault had sent contaminated-water alerts to the phones of 1,268,455 residents by mistake.",
      "The utility serves 41 towns.",
    );
    const b = body(
      "More than 1.6 million people got a false warning to boil their tap water, according to a filing Northgate made with state regulators.",
      "The utility serves 41 towns.",
    );
    const conflict = compare(a, b).find((f) => f.kind === "conflict" && f.missingFrom === "b");
    expect(conflict).toMatchObject({ term: "1,268,455 → 1.6 million", passagesA: [0], passagesB: [0] });
    // A rounding of the same total is no conflict, and two different totals of a story are not paired by guess.
    const rounded = body("Northgate Water said about 1.27 million residents got the false alert on Monday.", "The utility serves 41 towns.");
    expect(compare(a, rounded).some((f) => f.kind === "conflict")).toBe(false);
    const two = body(
      "More than 1.6 million people got a false warning to boil their tap water, according to a filing Northgate made with state regulators.",
      "Another 1.5 million people in neighbouring counties got no alert at all.",
    );
    expect(compare(a, two).some((f) => f.kind === "conflict")).toBe(false);
  });

  it("sets the one count of the dead each side gives against the other's in sentences too reworded to pair, and no part, increment, other time or bound met", () => {
    const conflicts = (x: readonly string[], y: readonly string[]) =>
      compare(body(...x), body(...y)).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term);
    const paper = ["Twelve workers were killed when a boiler exploded at the Marlow textile plant on Friday, the regional governor said.", "Rescue crews searched the rubble through the night."];
    const wire = (told: string) => ["Investigators are examining a pressure valve that failed at the Marlow site.", told];
    // The toll and the dead of one event, each its side's only count of the dead: one changed figure.
    expect(conflicts(paper, wire("By Saturday evening the death toll had risen to 15, according to the hospital in nearby Ashby."))).toEqual(["Twelve → 15"]);
    expect(conflicts(paper, wire("Doctors in nearby Ashby said on Saturday evening that 15 people had died."))).toEqual(["Twelve → 15"]);
    // The deaths added are the change, not the toll: the toll is still what differs.
    expect(conflicts(paper, wire("Two more deaths were reported in nearby Ashby on Saturday, bringing the toll to 15."))).toEqual(["Twelve → 15"]);
    // A floor the other figure is above is no other figure; a floor it is below is.
    expect(conflicts(paper, wire("Doctors in nearby Ashby said on Saturday evening that at least eight workers had died."))).toEqual([]);
    expect(conflicts(paper, wire("Doctors in nearby Ashby said on Saturday evening that at least 15 people had died."))).toEqual(["Twelve → 15"]);
    // A part of the dead, the deaths of a day, another time or event: none is the toll.
    expect(conflicts(paper, wire("Doctors in nearby Ashby said on Saturday evening that three of the dead were children."))).toEqual([]);
    const everyone = ["Fifteen people were killed when a boiler exploded at the Marlow textile plant on Friday, the regional governor said."];
    expect(conflicts(everyone, wire("Doctors in nearby Ashby said on Saturday evening that three children had died."))).toEqual([]);
    expect(conflicts(everyone, wire("Doctors in nearby Ashby said on Saturday evening that 12 workers had died."))).toEqual(["Fifteen → 12"]);
    expect(conflicts(paper, wire("Two more workers died in hospital in nearby Ashby on Saturday evening."))).toEqual([]);
    expect(conflicts(paper, wire("Another two workers died in hospital in nearby Ashby on Saturday evening."))).toEqual([]);
    expect(conflicts(paper, wire("Last year nine people died in a fire at the same plant, records show."))).toEqual([]);
    expect(conflicts(paper, wire("In a similar blast at a mill in Ashby, nine people died, records show."))).toEqual([]);
    // Two counts of the dead on one side: which the other's answers is a guess.
    const twoCounts = [...paper, "Three workers died in hospital overnight, the governor's office said."];
    expect(conflicts(twoCounts, wire("By Saturday evening the death toll had risen to 15, according to the hospital in nearby Ashby."))).toEqual([]);
    // Another role, or two groups of people, are other counts.
    expect(conflicts(paper, wire("Doctors in nearby Ashby said on Saturday evening that 15 people had been injured."))).toEqual([]);
    expect(conflicts(paper, wire("Doctors in nearby Ashby said on Saturday evening that 15 firefighters had died."))).toEqual([]);
    // With no role, small counts of unpaired sentences stay apart (two arrests, five arrests of one story).
    expect(conflicts(["The Marlow textile plant employs 12 engineers, the regional governor said."], wire("Ashby's college trained 15 engineers for the plant."))).toEqual([]);
  });

  it("does not call a span of time left out when the other side gives it in another unit or in words", () => {
    const a = body(
      "Harbor Freight Lines will pay its drivers for 24 months of retraining, the company said on Friday.",
      "The port was shut for 72 hours after the crane collapse, the longest closure in 18 months.",
    );
    const b = body(
      "Harbor Freight Lines said on Friday it will pay its drivers for two years of retraining.",
      "The port was shut for three days after the crane collapse, the longest closure in a year and a half.",
    );
    expect(compare(a, b).filter((f) => f.kind === "number" || f.kind === "conflict")).toEqual([]);
    expect(compare(b, a).filter((f) => f.kind === "number" || f.kind === "conflict")).toEqual([]);
    // A span that is not the same is still a figure the other side does not give.
    const c = body(
      "Harbor Freight Lines said on Friday it will pay its drivers for two years of retraining.",
      "The port was shut for four days after the crane collapse, the longest closure in a year and a half.",
    );
    expect(compare(a, c).some((f) => (f.kind === "number" || f.kind === "conflict") && f.term?.includes("72 hours"))).toBe(true);
  });

  it("raises 'zero' against another count of the same thing as a conflict, not as a figure one side leaves out", () => {
    const a = body("A Northline Rail train derailed outside Kessingford on Thursday, and the operator reported zero casualties among the crew.");
    const b = body("A Northline Rail train derailed outside Kessingford on Thursday, and the operator reported two casualties among the crew.");
    const flags = compare(a, b);
    expect(flags.find((f) => f.kind === "conflict" && f.missingFrom === "b")?.term).toBe("zero → two");
    expect(flags.some((f) => f.kind === "number")).toBe(false);
  });

  it("reads figures as French and Japanese write them, so digit groups are no conflict of their own", () => {
    const conflicts = (x: string[], y: string[]) => compare(body(...x), body(...y)).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term);
    // Long enough that the language is read as French (lib/text/language.ts): "1 200" and "2 000" are thousands.
    const french = (residents: string) => [
      "Une explosion a fait quatre morts et de nombreux blessés mardi matin à la raffinerie de Port Halden, selon les autorités de la ville.",
      `Environ ${residents} habitants vivant dans un rayon de deux kilomètres autour du site ont été évacués par précaution dans la matinée.`,
      "La raffinerie, qui traite environ 180 000 barils de pétrole brut par jour, emploie quelque 850 personnes dans la région.",
    ];
    expect(conflicts(french("1 200"), french("2 000"))).toEqual(["1 200 → 2 000"]);
    // A no-break space groups digits as well as a space does, and the same figure is no conflict.
    expect(conflicts(french("1 200"), french("1\u00a0200"))).toEqual([]);
    const japanese = (residents: string) => [
      "ポートハルデン市当局によると、三日早朝、ノースゲート・エナジー社の製油所で爆発が起き、作業員が死亡した。",
      `半径二キロ以内の住民約${residents}人に避難が指示された。製油所は一日当たり約十八万バレルの原油を処理しており、従業員が働いている。`,
    ];
    // "2000人" is two thousand people, not the year 2000.
    expect(conflicts(japanese("1200"), japanese("2000"))).toEqual(["1200 → 2000"]);
  });

  it("reads an amount with its currency named in words as money: 450 000 dollars is $450,000, and $500,000 another amount", () => {
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || f.kind === "conflict").map((f) => [f.kind, f.missingFrom, f.term]).sort();
    const fined = (amount: string) => `The regulator fined the refinery ${amount} on Tuesday for failing to report the leak, officials said.`;
    expect(figures(fined("450 000 dollars"), fined("$450,000"))).toEqual([]);
    expect(figures(fined("450\u00a0000 dollars"), fined("$450,000"))).toEqual([]);
    expect(figures(fined("3 million euros"), fined("€3 million"))).toEqual([]);
    expect(figures(fined("450 000 dollars"), fined("$500,000"))).toEqual([
      ["conflict", "a", "$500,000 → 450 000 dollars"],
      ["conflict", "b", "450 000 dollars → $500,000"],
    ]);
    // Another currency is another quantity: no conflict of amounts, each a figure the other leaves out.
    expect(figures(fined("450,000 euros"), fined("$450,000")).map(([kind]) => kind)).toEqual(["number", "number"]);
  });

  it("reads Korean figures with their multipliers and units: 18만 명 is 180,000 people, 3억 원 300 million won", () => {
    const conflicts = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term);
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || f.kind === "conflict");
    const evacuated = (people: string) => `포트할든 시 당국은 화요일 정유공장 폭발 사고로 반경 2킬로미터 안에 사는 주민 ${people}이 대피했다고 밝혔다.`;
    expect(figures(evacuated("18만 명"), evacuated("18만명"))).toEqual([]);
    expect(figures(evacuated("18만 명"), evacuated("180,000명"))).toEqual([]);
    expect(conflicts(evacuated("18만 명"), evacuated("20만 명"))).toEqual(["18만 → 20만"]);
    const fined = (amount: string) => `환경부는 누출 사실을 보고하지 않은 정유공장에 과징금 ${amount}을 부과했다고 화요일 밝혔다.`;
    expect(figures(fined("3억 원"), fined("3억원"))).toEqual([]);
    expect(conflicts(fined("3억 원"), fined("3억 5천만 원"))).toEqual(["3억 원 → 3억 5천만 원"]);
  });

  it("reads a length of time as one figure: 4 h 40 is four hours and 40 minutes, and five hours another length", () => {
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || f.kind === "conflict").map((f) => [f.kind, f.missingFrom, f.term]).sort();
    const talks = (length: string) => `The two delegations met behind closed doors for ${length} before issuing a joint statement, officials said.`;
    expect(figures(talks("4 h 40"), talks("four hours and 40 minutes"))).toEqual([]);
    expect(figures(talks("4h40"), talks("4 hours 40 minutes"))).toEqual([]);
    expect(figures(talks("4 h 40"), talks("five hours"))).toEqual([
      ["conflict", "a", "five hours → 4 h 40"],
      ["conflict", "b", "4 h 40 → five hours"],
    ]);
    // Not two figures 4 and 40 against "four hours": one length, 280 minutes against 240.
    expect(figures(talks("4 h 40"), talks("four hours"))).toEqual([
      ["conflict", "a", "four hours → 4 h 40"],
      ["conflict", "b", "4 h 40 → four hours"],
    ]);
    // A time of day is no figure to conflict: "à 16 h 40" against "à 17 h 10".
    const ended = (time: string) => `Les deux délégations se sont quittées ${time} après avoir publié une déclaration commune, selon des responsables.`;
    expect(figures(ended("à 16 h 40"), ended("à 17 h 10"))).toEqual([]);
    expect(figures(ended("16h40"), ended("17h10"))).toEqual([]);
  });

  it("reads a number in words as its digits: no figure left out, a conflict with another number, keys as before", () => {
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || f.kind === "conflict");
    const toll = (killed: string, hurt: string) => `${killed} people were killed and ${hurt} were hurt when a passenger train derailed outside Kessingford on Thursday, officials said.`;
    expect(figures(toll("Seven", "Forty-three"), toll("7", "43"))).toEqual([]);
    expect(figures(toll("Seven", "forty three"), toll("Seven", "43"))).toEqual([]);
    const conflicts = figures(toll("Seven", "Forty-three"), toll("Nine", "43"));
    expect(conflicts.map((f) => [f.missingFrom, f.term]).sort()).toEqual([
      ["a", "Nine → Seven"],
      ["b", "Seven → Nine"],
    ]);
    // A figure in words keeps the key its digits gave it ("7"), and "Forty-three" the one it had ("40-3").
    expect(conflicts.map((f) => f.key.split(":").slice(0, 3).join(":")).sort()).toEqual(["number:a:7>9", "number:b:7>9"]);
    const hurt = figures(toll("Seven", "Forty-three"), toll("Seven", "45"));
    expect(hurt.map((f) => f.key.split(":").slice(0, 3).join(":")).sort()).toEqual(["number:a:40-3>45", "number:b:40-3>45"]);
  });

  it("reads no figure in a number that is part of a name: Channel 9 is no 9 left out", () => {
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || f.kind === "conflict").map((f) => [f.missingFrom, f.term]);
    const told = (whom: string) => `Two people familiar with the findings told ${whom} the train had been travelling at about 74 mph on a section limited to 50 mph.`;
    expect(figures(told("Channel 9"), told("reporters"))).toEqual([]);
    // A figure is still one where the other side writes the number only inside a name.
    const killed = (count: string) => `The derailment killed ${count} people, Channel 9 reported on Thursday night.`;
    expect(figures(killed("9"), killed("several"))).toEqual([["b", "9"]]);
  });

  it("does not take figures of different things for a conflict", () => {
    const a = body("The bill would cut $716 billion from Medicare over a decade, the budget office said.");
    const b = body("The bill would cut $800 billion from hospitals over a decade, the budget office said.");
    expect(compare(a, b).some((f) => f.kind === "conflict")).toBe(false);
  });

  it("does not set seats held against seats lost, nor deaths against injuries, and still sets two tolls or two levels against each other", () => {
    const conflicts = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term);
    const seats = (what: string) => `The Greens ${what} seats in the regional assembly after Sunday's vote, the electoral commission said on Monday.`;
    expect(conflicts(seats("will hold at least 42"), seats("have lost nearly 15"))).toEqual([]);
    expect(conflicts(seats("picked up 6"), seats("lost 9"))).toEqual([]);
    expect(conflicts(seats("will hold 42"), seats("will hold 47"))).toEqual(["42 → 47"]);
    expect(conflicts(seats("lost 9"), seats("lost 12"))).toEqual(["9 → 12"]);
    const toll = (what: string) => `${what} when a bus overturned on the coast road near Veldhaven on Sunday, police said.`;
    expect(conflicts(toll("Seven people were killed"), toll("Nine people were injured"))).toEqual([]);
    expect(conflicts(toll("Seven people were killed"), toll("Nine people died"))).toEqual(["Seven → Nine"]);
    // A word the reader does not know may mean the other's: the bus "struck four people", six "were hurt".
    expect(conflicts(toll("The bus struck four people"), toll("Six people were hurt"))).toEqual(["four → Six"]);
    const budget = (what: string) => `The council ${what} its roads budget by $4 million on Tuesday, the mayor's office said.`;
    expect(conflicts(budget("raised"), budget("cut").replace("$4", "$6"))).toEqual([]);
    expect(conflicts(budget("raised"), budget("raised").replace("$4", "$6"))).toEqual(["$4 million → $6 million"]);
  });

  it("keeps a changed figure when the update's correction note gives the old one, and flags no figure left out for it", () => {
    const a = body("Eleven miners have died after a tunnel flooded at the Corrin colliery on Tuesday.", "Seven of the rescued were taken to Vale Hospital, four in a serious condition.");
    const b = body(
      "Fourteen miners have now died after a tunnel flooded at the Corrin colliery on Tuesday.",
      "Seven of the rescued were taken to Vale Hospital, two in a serious condition.",
      "Correction: An earlier version of this article gave the number of deaths as eleven. It also said four were in a serious condition; the figure is two.",
    );
    const flags = compare(a, b);
    expect(flags.filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term)).toEqual(["Eleven → Fourteen", "four → two"]);
    expect(flags.filter((f) => f.kind === "number")).toEqual([]);
  });

  it("does not set counts of different things of one noun against each other: at work, hurt, dead, the deaths added", () => {
    const conflicts = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term);
    const mill = (what: string) => `${what} at the Orlen paper mill when the fire started on Sunday night, officials said.`;
    expect(conflicts(mill("About 140 people were working"), mill("Around 30 people were injured"))).toEqual([]);
    expect(conflicts(mill("About 140 people were on the night shift"), mill("Fifteen people have now died"))).toEqual([]);
    expect(conflicts(mill("Twelve people have died"), mill("Fifteen people have now died"))).toEqual(["Twelve → Fifteen"]);
    // The deaths of the day are no toll: the toll "rose to 15 after three workers died".
    expect(conflicts("Twelve workers were killed in the fire at the Orlen paper mill on Sunday, officials said.", "The toll from the fire at the Orlen paper mill rose on Monday after three workers died in hospital, officials said.")).toEqual([]);
    // Figures whose words say the same befell them are paired first, whatever their order.
    expect(conflicts("The fire trapped 40 people and killed 12 people at the Orlen paper mill on Sunday, officials said.", "The fire killed 15 people at the Orlen paper mill on Sunday, officials said.")).toEqual(["12 → 15"]);
  });

  it("flags no ordinal 'first' left out ('our first crews arrived'), and still sets a first meeting against a second", () => {
    const a = body("“The roof had gone by the time our first crews arrived,” the fire chief told reporters at the Orlen paper mill.");
    const b = body("“The roof had gone by the time crews arrived,” the fire chief told reporters at the Orlen paper mill.");
    expect(compare(a, b).filter((f) => f.kind === "number")).toEqual([]);
    const meeting = (n: string) => body(`The two leaders met for a ${n} time in Geneva on Monday, their aides said.`);
    expect(compare(meeting("first"), meeting("second")).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term)).toEqual(["first → second"]);
  });

  it("reads what a figure counts past its unit and a proper adjective, and takes 'the two states' for a reference, not a figure", () => {
    const conflicts = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "conflict" && f.missingFrom === "b").map((f) => f.term);
    expect(conflicts("After 2036, the program will only be able to pay 77 percent of promised benefits, the trustees said.", "After 2036, the trustees said, retirees would face a 23 percent cut in benefits.")).toEqual([]);
    expect(conflicts("Twenty-six Russian nationals were charged with interfering in the election, the indictment said.", "The indictment of 12 Russian intelligence officers said they interfered in the election.")).toEqual([]);
    expect(conflicts("The two states filed a lawsuit against Colorado over marijuana on Thursday.", "Four states filed a lawsuit against Colorado over marijuana on Thursday.")).toEqual([]);
    expect(conflicts("In a 48-page indictment released on Tuesday, the couple were charged.", "In the 47-page indictment released on Tuesday, the couple were charged.")).toEqual(["48-page → 47-page"]);
  });

  it("files a changed figure under each side, each side's own figure and passages first", () => {
    const a = body("The European Union pledged $5 billion in aid to Ukraine on Monday, officials in Brussels said.");
    const b = body("The European Union pledged $5.7 billion in aid to Ukraine on Monday, officials in Brussels said.");
    const conflicts = compare(a, b).filter((f) => f.kind === "conflict");
    expect(conflicts.map((f) => [f.missingFrom, f.term, f.note, f.text]).sort()).toEqual([
      ["a", "$5.7 billion → $5 billion", "B says $5.7 billion; A says $5 billion", b[0]?.text],
      ["b", "$5 billion → $5.7 billion", "A says $5 billion; B says $5.7 billion", a[0]?.text],
    ]);
    // Both name the same passages, and each keeps the side it is filed under in its key.
    expect(conflicts.every((f) => f.passagesA.join() === "0" && f.passagesB.join() === "0")).toBe(true);
    expect(conflicts.map((f) => f.key.split(":").slice(0, 3).join(":")).sort()).toEqual(["number:a:$5000000000>$5700000000", "number:b:$5000000000>$5700000000"]);
  });

  it("reports a changed figure once per side, with the headline that gives it again, not also as a figure left out", () => {
    const side = (headline: string, count: string) =>
      passagesFromBlocks([
        { role: "heading", text: headline },
        { role: "body", text: `A storm that hit the coast on Sunday killed ${count} people and left thousands of homes without power, police said.` },
        { role: "body", text: "Emergency crews cleared roads through the night, and schools will stay closed on Monday." },
      ]);
    const a = side("12 killed as storm hits coast", "12");
    const b = side("Storm kills 15 as it hits coast", "15");
    const figures = compare(a, b).filter((f) => f.kind === "number" || f.kind === "conflict");
    expect(figures.map((f) => [f.kind, f.missingFrom, f.term, f.passagesA, f.passagesB])).toEqual(
      expect.arrayContaining([
        ["conflict", "b", "12 → 15", [0, 1], [0, 1]],
        ["conflict", "a", "15 → 12", [0, 1], [0, 1]],
      ]),
    );
    expect(figures).toHaveLength(2);
  });

  it("takes a number against the same quantity in other words for no change: ten years / a decade, two dozen / 24, half / 50 percent", () => {
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || f.kind === "conflict").map((f) => f.term);
    const said = (amount: string) => `The mayor said the town had not seen such a storm in ${amount} and asked residents to stay indoors.`;
    expect(figures(said("ten years"), said("a decade"))).toEqual([]);
    expect(figures(said("a decade"), said("ten years"))).toEqual([]);
    expect(figures(said("20 years"), said("two decades"))).toEqual([]);
    expect(figures(said("two decades"), said("20 years"))).toEqual([]);
    const voters = (share: string) => `A poll released on Tuesday found that ${share} the county's voters backed the new bypass.`;
    expect(figures(voters("50 percent of"), voters("half of"))).toEqual([]);
    const crews = (count: string) => `Officials said ${count} crews worked through the night to clear roads near the coast.`;
    expect(figures(crews("24"), crews("two dozen"))).toEqual([]);
    // Another quantity is still a figure left out: a decade is not 12 years, half is not 40 percent.
    expect(figures(said("12 years"), said("a decade"))).toEqual(["12"]);
    expect(figures(voters("40 percent of"), voters("half of"))).toEqual(["40"]);
  });

  it("flags a figure one side gives in a passage the other reports without it", () => {
    const a = body("Officials in Tokyo said on Monday that 1,200 troops from both countries would join the naval exercise near Okinawa.");
    const b = body("Officials in Tokyo said on Monday that troops from both countries would join the naval exercise near Okinawa.");
    const flag = compare(a, b).find((f) => f.kind === "number");
    expect(flag).toMatchObject({ missingFrom: "b", term: "1,200", passagesA: [0], passagesB: [0] });
  });

  it("takes a round figure given as a bound or an estimate as giving the exact one, either way round", () => {
    // A conflict is filed under each side (see below): counted once here, as A's.
    const figures = (x: string, y: string) => compare(body(x), body(y)).filter((f) => f.kind === "number" || (f.kind === "conflict" && f.missingFrom === "b")).map((f) => f.term);
    const exact = "The Romney campaign said on Tuesday that Obama had cut $716 billion from Medicare to pay for his health care law.";
    const bound = "The Romney campaign said on Tuesday that Obama had taken more than $700 billion out of Medicare to pay for his health care law.";
    expect(figures(exact, bound)).toEqual([]);
    expect(figures(bound, exact)).toEqual([]);
    // A figure well past the round one is still flagged: "more than $700 billion" does not report "$950 billion".
    expect(figures(exact.replace("716", "950"), bound)).toEqual([expect.stringContaining("$950 billion")]);
  });

  it("weighs an ordinal left out (\"their second meeting\") below a count left out", () => {
    const ordinal = compare(
      body("The ministers held talks in London on Monday in their second in-person meeting before the summit."),
      body("The ministers held talks in London on Monday in their in-person meeting before the summit."),
    ).find((f) => f.kind === "number");
    const count = compare(
      body("Officials in Tokyo said on Monday that 1,200 troops from both countries would join the naval exercise near Okinawa."),
      body("Officials in Tokyo said on Monday that troops from both countries would join the naval exercise near Okinawa."),
    ).find((f) => f.kind === "number");
    expect(ordinal?.term).toBe("second");
    expect(ordinal!.severity).toBeLessThan(count!.severity);
  });
});

describe("findOmissions: ordering and keys", () => {
  const a = body(
    "Prime Minister Yoshihide Suga pledged “ironclad” support for the alliance with Washington.",
    "Defense Minister Kishi attended the talks in London.",
    "The ministers met for two hours.",
  );
  const b = body("The ministers met for three hours.");

  it("lists flags by severity and honours the limit", () => {
    const flags = compare(a, b);
    const severities = flags.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((x, y) => y - x));
    expect(compare(a, b, { limit: 2 })).toEqual(flags.slice(0, 2));
  });

  it("keeps keys stable when the article is re-extracted with other passage positions", () => {
    const shifted = body("Advertisement text that was not there before the re-run.", ...a.map((p) => p.text));
    const keys = (flags: ReturnType<typeof compare>) => flags.filter((f) => f.kind !== "passage" || !/Advertisement/.test(f.text ?? "")).map((f) => f.key).sort();
    expect(keys(compare(shifted, b))).toEqual(keys(compare(a, b)));
    expect(new Set(compare(a, b).map((f) => f.key)).size).toBe(compare(a, b).length);
  });
});
