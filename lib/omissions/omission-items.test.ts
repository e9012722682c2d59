import { describe, expect, it } from "vitest";
import type { Passage } from "../text/types";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { simpleAlign } from "./fixtures/simple-align";
import { findOmissionItems } from "./find-omissions";

const body = (...paragraphs: string[]) => passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text })));

function items(a: Passage[], b: Passage[], names = { a: "Fox News", b: "The New York Times" }) {
  return findOmissionItems({ a: { passages: a, outlet: names.a, title: a[0]?.text }, b: { passages: b, outlet: names.b, title: b[0]?.text }, ...simpleAlign(a, b) });
}

// Two reports of one budget fight: the second leaves out a whole paragraph (a quote with its speaker and a figure).
const fox = body(
  "Paul Ryan defended his Medicare plan on Tuesday as the partisan fight over the program intensified.",
  "Ryan said his budget would protect current retirees and change the program only for people now under 55.",
  "“A Romney-Ryan administration will restore the $716 billion to Medicare,” said Lanhee Chen, the campaign's policy director. Chen spoke to reporters in Ohio.",
  "The campaign plans more rallies in Florida next week.",
);
const nyt = body(
  "Paul Ryan defended his Medicare plan on Tuesday as the partisan fight over the program intensified.",
  "Ryan said his budget would protect current retirees and change the program only for people now under 55.",
  "The campaign plans more rallies in Florida next week.",
);

describe("omission items", () => {
  it("titles a passage cut out of a longer quotation or sentence with a leading ellipsis", () => {
    const shared = "The president spoke to reporters on Thursday about the search for a new director.";
    const title = (text: string) => items(body(shared, text), body(shared)).items.find((i) => i.missingFrom === "b" && i.kind === "passage")?.title;
    expect(title("“We need a great director. I cherish the bureau. It’s special,” he told reporters later at a news conference with the visiting president.")).toMatch(/^“We need/);
    expect(title("It’s special,” he told reporters later at a joint news conference with the visiting Colombian president.")).toMatch(/^… It’s special/);
    expect(title("for tax cuts while refusing to rule out cutting benefits or to say what he was cutting, the campaign's spokesman said.")).toMatch(/^… for tax cuts/);
  });

  it("gives no reason naming a word the other side writes: a quotation's opening capital, a name inside a longer one", () => {
    const wire = body(
      "An explosion tore through the Northgate Energy refinery in Port Halden on Tuesday, killing four workers, city officials said.",
      "Northgate Energy said it was cooperating with investigators. “Safety is our highest priority and we will find out what went wrong,” company spokeswoman Priya Raman said.",
      "The national Industrial Safety Board said it was sending a team of five investigators to Port Halden.",
    );
    const channel = body(
      "Five people were killed when an explosion ripped through the Northgate Energy refinery in Port Halden on Tuesday, emergency services said.",
      "The Industrial Safety Board said its investigators would arrive on Wednesday.",
      "Channel 9 will have live coverage from Port Halden throughout the evening.",
    );
    const names = { a: "Meridian Press", b: "Channel 9 News" };
    const reasons = items(wire, channel, names).items.filter((i) => i.missingFrom === "b").flatMap((i) => i.reasons);
    expect(reasons).toContain("quotes Priya Raman, never in Channel 9 News");
    expect(reasons.filter((r) => r.includes("Safety"))).toEqual([]);
    // A name still left out but written inside a longer one there is said to be so, not "never in". Inside, not at
    // its start: a name a longer one opens with ("the Harbour Road Clinic") is carried there (longer-names.ts).
    const shared = "Five people were killed in the refinery explosion in Port Halden on Tuesday, officials said.";
    const vigil = items(
      body(shared, "A vigil is planned for Thursday evening at St. Brendan's Church on Harbour Road, near the plant's north gate."),
      body(shared, "The injured were taken to the Old Harbour Road Clinic and to a hospital in the city."),
      names,
    ).items.find((i) => i.missingFrom === "b" && i.kind === "passage");
    expect(vigil?.reasons).toEqual(expect.arrayContaining(["names Harbour Road, in Channel 9 News only inside a longer name"]));
    expect(vigil?.reasons.join(" ")).not.toMatch(/Harbour Road[^,]*, never in/);
  });

  it("attributes nothing to an outlet's own reporting, and no quotation to a paper that only carried it", () => {
    const shared = "Four men died when a unit at the Northgate Energy refinery in Port Halden exploded on Tuesday.";
    const gazette = body(
      shared,
      "The Gazette has confirmed the names of three of them: Jonas Albrecht, a shift supervisor; Marcus Tiller, a process operator; and Ravi Menon, an electrician.",
      "“We warned management about this unit for two years and nothing was done,” a union official said, according to the Halden Gazette.",
    );
    const wire = body(shared);
    const found = items(gazette, wire, { a: "Halden Gazette", b: "Meridian Press" }).items.filter((i) => i.missingFrom === "b");
    const reasonsOf = (start: string) => found.find((i) => i.title.includes(start))?.reasons ?? [];
    expect(reasonsOf("The Gazette has confirmed")).toEqual(expect.arrayContaining(["names Jonas Albrecht, Marcus Tiller, Ravi Menon, never in Meridian Press"]));
    expect(reasonsOf("The Gazette has confirmed").join(" ")).not.toMatch(/attributed to|quotes/);
    expect(reasonsOf("We warned management")).toContain("quotes a source it does not name (“a union official”)");
    expect(reasonsOf("We warned management").join(" ")).not.toMatch(/Gazette/);
  });

  it("says an item is in the headline only when its substance is: two of its words, or a name or figure of the headline", () => {
    const shared = "Emergency crews worked through the morning at the Northgate Energy plant, city officials said on Tuesday.";
    const wire = body(
      shared,
      "The cause of the explosion was not immediately known.",
      "Of the 23 injured, seven were in serious condition at St. Anne's Hospital, a hospital spokeswoman said.",
      "Workers at the Halden refinery had complained about the unit for months before it failed.",
      "The Meridian Press learned that the plant had passed an inspection in January.",
    );
    const gazette = body(shared, "A vigil is planned for Thursday at St. Brendan's Church.");
    const a = { passages: wire, outlet: "Meridian Press", title: "Explosion at Halden refinery kills four, injures 23" };
    const found = findOmissionItems({ a, b: { passages: gazette, outlet: "Halden Gazette", title: "Grief and anger after the blast" }, ...simpleAlign(wire, gazette) }).items;
    const reasonsOf = (start: string) => found.find((i) => i.missingFrom === "b" && i.title.startsWith(start))?.reasons ?? [];
    const inHeadline = "in Meridian Press's headline";
    // One common word ("explosion") shared with the headline is not the headline's news.
    expect(reasonsOf("The cause of the explosion")).not.toContain(inHeadline);
    // The headline's figure, its place and its subject are.
    expect(reasonsOf("Of the 23 injured")).toContain(inHeadline);
    expect(reasonsOf("Workers at the Halden refinery")).toContain(inHeadline);
    // Nor is the outlet's own name, when the headline is only that (a file compared from the command line).
    const own = findOmissionItems({ a: { ...a, title: "Meridian Press" }, b: { passages: gazette, outlet: "Halden Gazette" }, ...simpleAlign(wire, gazette) }).items;
    expect(own.find((i) => i.title.startsWith("The Meridian Press learned"))?.reasons ?? []).not.toContain(inHeadline);
  });

  it("does not call a passage the headline's news for sharing a common word and a preposition with it", () => {
    const shared = "Seven people were killed when a Northline Rail train derailed outside Kessingford on Thursday.";
    const wire = body(
      shared,
      "Regional Governor Paul Hendry declared a day of mourning.",
      "Passenger Elena Marsh, 34, said the train \"lurched, then everything went sideways.\" She added: \"A man near me helped pull children out through the window.\"",
      "The line near the viaduct will stay closed; the transport minister resigned in the afternoon.",
    );
    const ledger = body(shared, "Regional Governor Paul Hendry declared a day of mourning.");
    const title = "Seven killed as passenger train derails near Kessingford; transport minister resigns";
    const found = findOmissionItems({ a: { passages: wire, outlet: "Meridian Press", title }, b: { passages: ledger, outlet: "The Ledger Review" }, ...simpleAlign(wire, ledger) }).items;
    const reasonsOf = (start: string) => found.find((i) => i.missingFrom === "b" && i.title.startsWith(start))?.reasons ?? [];
    // "passenger" and the "near" of "a man near me": no part of the derailment and the resignation.
    expect(reasonsOf("Passenger Elena Marsh")).not.toContain("in Meridian Press's headline");
    // The minister's resignation is.
    expect(reasonsOf("The line near the viaduct")).toContain("in Meridian Press's headline");
  });

  it("says which figures are in the passage an item is titled by and which only in a passage grouped with it", () => {
    const shared = "Seven people were killed when a Northline Rail train derailed outside Kessingford on Thursday.";
    const mourning = "Regional Governor Paul Hendry declared a day of mourning.";
    const wire = body(
      shared,
      "The 08:12 service from Marlow Cross to Danbury was carrying 212 passengers when its six carriages left the track.",
      mourning,
      "It is the deadliest rail accident in the region since 2011, when a collision near Marlow Cross killed 12 people.",
    );
    const ledger = body(shared, mourning);
    const found = items(wire, ledger, { a: "Meridian Press", b: "The Ledger Review" }).items;
    const service = found.find((i) => i.missingFrom === "b" && i.title.startsWith("The 08:12 service"));
    // The name gathers the 2011 collision into the item; its toll is no figure of the 08:12 service.
    expect(service?.evidence).toHaveLength(2);
    expect(service?.reasons).toContain("figures 212, six; 12 in a passage grouped with it");
  });

  it("says a sentence that restates the headline with the news the other side never reports is in the headline, and ranks it first", () => {
    const tribune = body(
      "A tornado tore through Hollins Creek late Sunday, destroying about 40 homes and killing two residents, the county sheriff said.",
      "The outdoor warning sirens in Hollins Creek had been broken for months before the storm, three county employees said.",
      "Residents said they heard no warning before the tornado struck.",
      "The state emergency agency said it would send inspectors to the area.",
      "A hardware store in the next town donated two portable sirens.",
    );
    const courier = body(
      "A tornado struck Hollins Creek on Sunday night, killing two people and destroying about 40 homes, the county sheriff said.",
      "Residents said they had no warning before the storm hit.",
      "County employees worked through the night, and officials said repairs to a broken water main could take months.",
    );
    const title = "Sirens at Hollins Creek were broken for months, county employees say";
    const compare = (headline: string) =>
      findOmissionItems({ a: { passages: tribune, outlet: "Valley Tribune", title: headline }, b: { passages: courier, outlet: "Daily Courier", title: "Tornado kills two in Hollins Creek" }, ...simpleAlign(tribune, courier) }).items.filter((i) => i.missingFrom === "b");
    const left = compare(title);
    const inHeadline = "in Valley Tribune's headline";
    // The Courier writes of Hollins Creek, county employees, "broken" and months, never of sirens: the headline's news is that one word.
    expect(left[0]?.title).toMatch(/^The outdoor warning sirens/);
    expect(left[0]?.reasons).toContain(inHeadline);
    // Weighed as the headline's news: above the same sentence under a headline it does not restate.
    const sirens = (items: typeof left) => items.find((i) => i.title.startsWith("The outdoor warning sirens"))?.salience ?? 0;
    expect(sirens(left)).toBeGreaterThan(sirens(compare("Tornado kills two residents in Hollins Creek")));
    // The word alone, in a sentence that says nothing else of the headline, is not its news.
    expect(left.find((i) => i.title.startsWith("A hardware store"))?.reasons ?? []).not.toContain(inHeadline);
    expect(left.find((i) => i.title.startsWith("The state emergency agency"))?.reasons ?? []).not.toContain(inHeadline);
  });

  it("says when a left-out item rests on a source the article does not name", () => {
    const shared = "The president spoke to reporters on Thursday about the search for a new director.";
    const reasons = (text: string) => items(body(shared, text), body(shared)).items.find((i) => i.missingFrom === "b" && i.kind === "passage")?.reasons ?? [];
    expect(reasons("“Nobody else is being considered for the post now,” a senior administration official said on Friday.")).toContain(
      "quotes a source it does not name (“a senior administration official”)",
    );
    // A named speaker is no unnamed source.
    const named = reasons("“Nobody else is being considered for the post now,” Lanhee Chen said on Friday.");
    expect(named.some((r) => r.includes("does not name"))).toBe(false);
  });

  it("lists as figures the quantities someone reports, not a year, an ordinal or a phrase like 'one-on-one'", () => {
    const shared = "Paul Ryan spoke about Medicare on Tuesday.";
    const reasons = items(body(shared, "In his first one-on-one interview since 2012, Ryan said the plan would save $716 billion over the decade."), body(shared)).items.find(
      (i) => i.missingFrom === "b",
    )?.reasons;
    expect(reasons).toContain("figures $716 billion");
  });

  it("never takes the paper a remark was read in for its speaker: '“I will not resign,” he said …, according to the Boston Globe'", () => {
    const shared = "Paul LePage met lawmakers in Augusta on Wednesday.";
    const reasons = items(body(shared, "“I will not resign,” he said after a reconciliation meeting with Drew Gattine, according to the Boston Globe."), body(shared)).items.find(
      (i) => i.missingFrom === "b",
    )?.reasons;
    expect(reasons?.filter((r) => r.endsWith("Boston Globe"))).toEqual([]);
  });

  it("never names someone inside a quotation as the speaker of a left-out passage", () => {
    const shared = "Republicans answered the remark on Tuesday in Iowa.";
    const reasons = items(body(shared, "“Alongside that, Sen. Grassley is one of only two working family farmers in the United States Senate,” the aide said."), body(shared)).items.find(
      (i) => i.missingFrom === "b",
    )?.reasons;
    expect(reasons?.some((r) => /^(?:quotes|attributed to) /.test(r) && r.includes("Grassley"))).toBe(false);
    // Whoever speaks is described, not named: said so.
    expect(reasons).toContain("quotes a source it does not name (“the aide”)");
  });

  it("names who speaks in a left-out passage by attribution grammar: the person before the verb, the source after 'according to'", () => {
    const shared = "Lawmakers reacted on Friday to the indictments of twelve Russian intelligence officers.";
    const speakerReason = (text: string) =>
      items(body(shared, text), body(shared)).items.find((i) => i.missingFrom === "b")?.reasons.find((r) => /^(?:quotes|attributed to) /.test(r));
    expect(speakerReason("Sen. Jack Reed, D-R.I., said Trump should “immediately cancel his meeting” with the Russian leader.")).toBe("quotes Jack Reed, never in The New York Times");
    expect(speakerReason("Capt. Ronald S. Johnson of the Missouri State Highway Patrol said the night had been “a turning point” for the town.")).toBe("quotes Ronald S. Johnson, never in The New York Times");
    expect(speakerReason("Republican leaders will release their principles at a retreat in Cambridge, Md., according to aides with knowledge of the plan.")).toBeUndefined();
    // After the verb, a name is what was said, unless the attribution is inverted or names a source.
    expect(speakerReason("The Arizona Republican said Steele needs to assess whether he can still function as chairman.")).toBeUndefined();
    expect(speakerReason("Federal prosecutors say Jackson, who resigned from Congress in November, spent the money on furs.")).toBeUndefined();
    expect(speakerReason("“He must cancel the meeting,” said Sen. Jack Reed, who sits on the committee.")).toBe("quotes Jack Reed, never in The New York Times");
    // Reported without a quotation: attributed, not quoted.
    expect(speakerReason("According to the Congressional Research Service, there are at least 30 national emergencies in effect.")).toBe("attributed to Congressional Research Service, never in The New York Times");
  });

  it("groups a left-out paragraph with the quotation, speaker, names and figure inside it into one item, with reasons", () => {
    const { items: list, omissions } = items(fox, nyt);
    const chen = list.find((i) => i.missingFrom === "b" && i.flags.some((k) => k.startsWith("entity:b:lanhee chen")));
    expect(chen).toBeDefined();
    expect(chen?.kind).toBe("passage");
    expect(chen?.evidence).toEqual([2, 3]);
    const kinds = omissions.filter((f) => f.item === chen?.id).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(["passage", "entity", "quote"]));
    expect(chen?.reasons).toEqual(expect.arrayContaining(["quotes Lanhee Chen, never in The New York Times", "figures $716 billion"]));
    // The speaker counts once, as the voice of the quotation, not again among the new names: that the other side never names him is said there.
    expect(chen?.reasons.some((r) => /names .*Lanhee Chen/.test(r))).toBe(false);
    // The item leads its side: a quotation with its speaker and a figure outweighs nothing else left out.
    expect(list.find((i) => i.missingFrom === "b")?.id).toBe(chen?.id);
  });

  it("lists flags in the order of their items, each naming its item, so scripts see the page's order", () => {
    const { items: list, omissions } = items(fox, nyt);
    const itemOrder = [...new Set(omissions.map((f) => f.item))];
    expect(itemOrder).toEqual(list.map((i) => i.id));
    for (const item of list) expect(omissions.filter((f) => f.item === item.id).map((f) => f.key)).toEqual(item.flags);
  });

  it("keeps review keys of the flags stable: a passage flag's key is its words, whatever item it lands in", () => {
    const { omissions } = items(fox, nyt);
    const shifted = body("An advertisement nobody reads.", ...fox.map((p) => p.text));
    const again = items(shifted, nyt).omissions;
    for (const f of omissions) expect(again.some((g) => g.key === f.key)).toBe(true);
  });

  it("makes a name the other side never mentions, spread over several paragraphs, an item of its own", () => {
    const a = body(
      "China sent coast guard ships near the islands on Monday, Japanese officials said.",
      "The ministers agreed to protest to China through diplomatic channels.",
      "China has not commented on the ships.",
    );
    const b = body("Coast guard ships were seen near the islands on Monday, Japanese officials said.", "The ministers agreed to protest through diplomatic channels.");
    const { items: list } = items(a, b);
    const china = list.find((i) => i.kind === "entity" && i.title === "China");
    expect(china).toMatchObject({ missingFrom: "b" });
    expect(china?.evidence).toEqual([0, 1, 2]);
    expect(china?.reasons).toContain("3 mentions in Fox News, none in The New York Times");
    // Titled by the name, its reasons and its paragraphs' are read together, each once ("in the lede" was shown twice).
    expect(china?.reasons).toContain("in the lede");
    expect(new Set(china?.reasons).size).toBe(china?.reasons.length);
  });

  it("says of the other names an item titled by a name gathers that the other side never mentions them, the title's name once", () => {
    const a = body(
      "China sent coast guard ships near the islands on Monday, Japanese officials said.",
      "The ministers agreed to protest to China through diplomatic channels.",
      "China has not commented on the ships, and the governor of Okinawa called for calm.",
    );
    const b = body("Coast guard ships were seen near the islands on Monday, Japanese officials said.", "The ministers agreed to protest through diplomatic channels.");
    const china = items(a, b).items.find((i) => i.kind === "entity" && i.title === "China");
    expect(china?.flags).toContain("entity:b:okinawa");
    expect(china?.reasons).toContain("names Okinawa, never in The New York Times");
    // China's own absence is said once, by its mentions.
    expect(china?.reasons).toContain("3 mentions in Fox News, none in The New York Times");
    expect(china?.reasons.some((r) => r.startsWith("names ") && r.includes("China"))).toBe(false);
  });

  it("makes one item of a reaction over two left-out paragraphs, tied by its speaker's name", () => {
    const a = body(
      "The Senate confirmed the nominee on Thursday by a vote of 52 to 48.",
      "Sen. Jim DeMint warned that the nominee would have to answer for the program's failures before the committee.",
      "“This is not a partisan question; it is a question of competence,” DeMint said in a statement after the vote.",
      "The nominee will be sworn in next week.",
    );
    const b = body("The Senate confirmed the nominee on Thursday by a vote of 52 to 48.", "The nominee will be sworn in next week.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    expect(left).toHaveLength(1);
    expect(left[0]?.evidence).toEqual([1, 2]);
    expect(left[0]?.flags).toEqual(expect.arrayContaining(["entity:b:jim demint"]));
  });

  it("makes one item of adjacent left-out paragraphs in which the same person speaks", () => {
    const a = body(
      "Eric Holder arrived in Ferguson on Wednesday to meet investigators.",
      "“I am the attorney general of the United States, but I am also a black man,” Holder said at a community college.",
      "“I can remember being stopped on the New Jersey Turnpike on two occasions and accused of speeding,” Holder told residents.",
      "The grand jury could take weeks to hear the evidence.",
    );
    const b = body("Eric Holder arrived in Ferguson on Wednesday to meet investigators.", "The grand jury could take weeks to hear the evidence.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b" && i.kind === "passage");
    expect(left.map((i) => i.evidence)).toEqual([[1, 2]]);
  });

  it("takes '…,” he said' right after a paragraph naming its speaker as that speaker going on: one statement", () => {
    const a = body(
      "The Senate confirmed the nominee on Thursday by a vote of 52 to 48.",
      "Sen. Jim DeMint said the nominee would have to answer for the program's failures before the committee.",
      "“This is not a partisan question; it is a question of competence,” he said.",
      "The nominee will be sworn in next week.",
      "Fees for the program rose by a third last year, the budget office found.",
      "“Nobody here wanted that increase,” she said.",
    );
    const b = body("The Senate confirmed the nominee on Thursday by a vote of 52 to 48.", "The nominee will be sworn in next week.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    expect(left.find((i) => i.evidence.includes(1))?.evidence).toEqual([1, 2]);
    // A pronoun after a paragraph that names no speaker is not joined to it: who "she" is, the text does not say here.
    expect(left.find((i) => i.evidence.includes(5))?.evidence).toEqual([5]);
  });

  it("does not join '…,' he said to the paragraph before when its own paragraph names another speaker: no reason from a neighbour", () => {
    const a = body(
      "The Senate confirmed the nominee on Thursday by a vote of 52 to 48.",
      "“This is a dark day for the agency,” said Sen. Jim DeMint, who voted against the nominee.",
      // The other side reports Reed's first sentence: his "He said" stays his, not DeMint's.
      "Majority Leader Tom Reed said the nominee had won the votes long before the debate. He said 14 senators had changed their minds in the last week.",
      "The nominee will be sworn in next week.",
    );
    const b = body(
      "The Senate confirmed the nominee on Thursday by a vote of 52 to 48.",
      "Majority Leader Tom Reed said the nominee had won the votes long before the debate.",
      "The nominee will be sworn in next week.",
    );
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    const demint = left.find((i) => i.evidence.includes(1));
    expect(demint?.evidence).toEqual([1]);
    expect(demint?.reasons).toContain("quotes Jim DeMint, never in The New York Times");
    expect(demint?.reasons.join(" ")).not.toMatch(/14/);
    expect(left.find((i) => i.evidence.includes(3))?.reasons).toEqual(["figures 14"]);
  });

  it("gathers the first three left-out paragraphs of a name all over the article; the later ones stay apart", () => {
    const topics = ["the budget", "the border", "the courts", "the schools"];
    const a = body("Lawmakers met on Monday.", ...topics.map((t, k) => `Governor Maria Lopez spoke about ${t} at stop number ${k + 2} of a long week of travel.`));
    const b = body("Lawmakers met on Monday.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    const lopez = left.find((i) => i.kind === "entity");
    expect(lopez).toMatchObject({ title: "Maria Lopez", evidence: [1, 2, 3, 4] });
    // Her first three paragraphs' own passage flags are in her item.
    expect(lopez?.flags.filter((key) => key.startsWith("passage:"))).toHaveLength(3);
    const paragraphs = left.filter((i) => i.kind === "passage").map((i) => i.evidence);
    expect(paragraphs).toEqual([[4]]);
  });

  it("counts the paragraphs a name gathers, not its groups: a speaker's run of three fills the name's item, the next stays apart", () => {
    const a = body(
      "Lawmakers met on Monday.",
      "“We will balance the budget this year,” Governor Maria Lopez said at the first stop of her tour.",
      "“The border needs more officers and better pay,” Lopez said at the second.",
      "“The courts are overloaded and the judges are tired,” Lopez said at the third.",
      "The session ends in June.",
      "Aides to Maria Lopez said she would travel to the coast next week.",
    );
    const b = body("Lawmakers met on Monday.", "The session ends in June.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    expect(left.find((i) => i.kind === "entity")).toMatchObject({ title: "Maria Lopez", evidence: [1, 2, 3, 5] });
    const paragraphs = left.filter((i) => i.kind === "passage").map((i) => i.evidence);
    expect(paragraphs).toEqual([[5]]);
  });

  it("titles a figure left out with the words around it, not the bare figure", () => {
    const a = body("The ministers held talks in London on Monday in their second in-person meeting before the summit.");
    const b = body("The ministers held talks in London on Monday in their in-person meeting before the summit.");
    const figure = items(a, b).items.find((i) => i.kind === "number");
    expect(figure?.title).toBe("… London on Monday in their second in-person meeting before the summit.");
  });

  it("never decides between real differences alphabetically: equal items keep the article's order", () => {
    const a = body("Trade officials from Zurich met the delegation on Monday.", "Trade officials from Aachen met the delegation on Monday.");
    const b = body("Trade officials met the delegation on Monday.");
    const order = items(a, b).items.map((i) => i.evidence);
    expect(order).toEqual([[0], [1]]);
  });
});

describe("omission items on bad input", () => {
  it("keeps a quotation in the item of its left-out sentences when the other side says one sentence of it: one omission, not two", () => {
    const shared = "President Trump met reporters on Thursday about the search for a new director of the bureau.";
    const a = body(shared, "“We need a great leader. I cherish the agency. It’s unique,” he told reporters later at a joint East Room news conference with the visiting Colombian president.");
    const b = body(shared, "Asked about it, he said simply: I cherish the agency.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    expect(left.filter((i) => i.kind === "quote")).toEqual([]);
    expect(left[0]?.flags.some((key) => key.startsWith("quote:"))).toBe(true);
  });

  it("two identical articles: nothing left out", () => {
    expect(items(fox, fox).items).toEqual([]);
  });

  it("articles without names, and all in capitals: sensible items, no crash", () => {
    const a = body("THE TALKS WENT ON FOR HOURS AND ENDED WITHOUT A DEAL.", "NEGOTIATORS WILL MEET AGAIN NEXT MONTH IN A NEW ROUND.");
    const b = body("The talks went on for hours and ended without a deal.");
    const { items: list } = items(a, b);
    expect(list.length).toBeLessThanOrEqual(2);
    expect(list.every((i) => i.kind === "passage")).toBe(true);
  });

  it("a list of fifty names is one item, not fifty", () => {
    const people = Array.from({ length: 50 }, (_, k) => `Senator${String.fromCharCode(65 + (k % 26))}${k} Smith${k}`);
    const a = body(`The letter was signed by ${people.join(", ")}.`, "The vote is set for Friday.");
    const b = body("The vote is set for Friday.");
    const { items: list } = items(a, b);
    expect(list.filter((i) => i.missingFrom === "b")).toHaveLength(1);
  });

  it("an article that quotes the other verbatim: the quoted part is not left out", () => {
    const a = body("The ministry said in a statement on Monday that the talks were productive and would continue in May.");
    const b = body("“The talks were productive and would continue in May,” the ministry said in a statement on Monday, quoting the envoy.");
    expect(items(a, b).items.filter((i) => i.missingFrom === "b")).toEqual([]);
  });

  it("the same quoted words in two paragraphs far apart do not make them one item", () => {
    const a = body(
      "Sen. Ana Ruiz called the plan “a bridge to nowhere” in a floor speech on Tuesday.",
      "The committee meets again in March.",
      "The budget office found no money for the second phase of the port.",
      "Later, the mayor of Kent repeated the phrase, calling the plan “a bridge to nowhere” at a town hall.",
    );
    const b = body("The committee meets again in March.");
    const left = items(a, b).items.filter((i) => i.missingFrom === "b");
    // Two uses of one phrase by two people: two omissions, not one quotation spanning the article.
    expect(left.find((i) => i.evidence.includes(0))?.evidence).not.toContain(3);
  });

  it("a programme's title in quotation marks is not a quotation left out", () => {
    const a = body("Speaking on “Fox News Sunday,” Sen. Ana Ruiz said the plan would fail.", "The committee meets again in March.");
    const b = body("The committee meets again in March.");
    const { omissions } = items(a, b);
    expect(omissions.some((f) => f.missingFrom === "b" && f.kind === "passage")).toBe(true);
    expect(omissions.filter((f) => f.kind === "quote")).toEqual([]);
  });

  it("a quotation that runs over two paragraphs stays one quotation", () => {
    const a = body("“We will not give up the islands.", "We never have, and we never will,” the minister said.", "The talks end Friday.");
    const b = body("The talks end Friday.");
    const { items: list, omissions } = items(a, b);
    expect(omissions.filter((f) => f.kind === "quote")).toHaveLength(1);
    // Both paragraphs of the quotation are one item.
    expect(list.find((i) => i.evidence.includes(0))?.evidence).toEqual([0, 1]);
  });
});
