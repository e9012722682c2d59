import { describe, expect, it } from "vitest";
import { scanDocument } from "./find-mentions";
import { entityIndexFor, resolveEntities, resolveEntitiesAcross } from "./resolve-entities";

const find = (text: string, name: string) => resolveEntities(text).find((e) => e.canonical === name);

describe("resolveEntities", () => {
  it("keeps 'and' inside an organisation's name, and two names joined by 'and' apart", () => {
    const text = "An aide to the House Ways and Means Committee said Blinken and Motegi met. The FBI and National Security Agency declined, as did Duke University and Northeastern University.";
    const names = resolveEntities(text).map((e) => e.canonical);
    expect(names).toContain("Ways and Means Committee");
    expect(names).not.toContain("Means Committee");
    expect(names).toEqual(expect.arrayContaining(["Blinken", "Motegi", "FBI", "National Security Agency", "Duke University", "Northeastern University"]));
    expect(names.some((n) => / and /.test(n) && n !== "Ways and Means Committee")).toBe(false);
    // "The" after the "and" opens the second name.
    expect(resolveEntities("Scooter Braun sold. Braun and The Carlyle Group bought it.").map((e) => `${e.canonical} ×${e.count}`).sort()).toEqual(["Scooter Braun ×2", "The Carlyle Group ×1"]);
  });

  it("keeps a person apart from where they work ('X of Y'), and 'of' inside the names of offices, bodies and places", () => {
    const text =
      "Judge Henry E. Hudson of Federal District Court heard the case. The moderator, Martha Raddatz of ABC News, asked about it, as Jim Lehrer of PBS had. " +
      "Judge Hudson of Federal District Court met the Joint Chiefs of Staff and the Department of Justice on the South Side of Chicago.";
    const names = resolveEntities(text).map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Henry E. Hudson", "Federal District Court", "Martha Raddatz", "ABC News", "Jim Lehrer", "PBS"]));
    expect(names.some((n) => /(?:Hudson|Raddatz|Lehrer) of/.test(n))).toBe(false);
    // Two plain words and an acronym or a known body after "of": "Rosaly Lopes of NASA", but "Knights of Columbus".
    const more = resolveEntities("Said geologist Rosaly Lopes of NASA's laboratory, as the Knights of Columbus met.").map((e) => e.canonical);
    expect(more.sort()).toEqual(["Knights of Columbus", "NASA", "Rosaly Lopes"]);
    expect(names).toEqual(expect.arrayContaining(["Joint Chiefs of Staff", "Department of Justice", "South Side of Chicago"]));
  });

  it("takes no name cut out of a quoted slogan or title, but keeps known names and whole titles", () => {
    const names = resolveEntities("Supporters wore “Make America Great Again” hats. He spoke on \"Fox News Sunday\" about “Atlas Shrugged” by Ayn Rand.").map((e) => e.canonical);
    expect(names.filter((n) => /Great/.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["Fox News", "Atlas Shrugged", "Ayn Rand"]));
    // With the comma American style puts inside the marks, and in a headline's single quotation marks.
    const more = resolveEntities("Speaking on ABC's “This Week,” the senator agreed. Obama: ‘In God We Trust' Vote Not Creating Jobs. Stone urged him to do a ‘Frank Pentangeli.’").map((e) => e.canonical);
    expect(more.filter((n) => /^(?:Week|We Trust)$/.test(n))).toEqual([]);
    expect(more).toEqual(expect.arrayContaining(["Frank Pentangeli"]));
  });

  it("knows federal bodies whose names hold an 'and' ('Office of Management and Budget', 'Health and Human Services', 'Customs and Border Protection')", () => {
    const e = resolveEntities("Jack Lew, director of the Office of Management and Budget, spoke. The OMB agreed with the Health and Human Services Department and HHS.");
    expect(e.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["Department of Health and Human Services ×2", "Jack Lew ×1", "Office of Management and Budget ×2"]);
    // A name across a possessive: "People’s Liberation Army", not "Liberation Army".
    expect(resolveEntities("Soldiers of the People’s Liberation Army cleared streets, and the PLA said so.").map((x) => `${x.canonical} ×${x.count}`)).toEqual(["People's Liberation Army ×2"]);
    const border = resolveEntities("The duty is paid to U.S. Customs and Border Protection at the border. A CBP spokesman and Immigration and Customs Enforcement declined to comment.");
    expect(border.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["Customs and Border Protection ×2", "Immigration and Customs Enforcement ×1", "United States ×1"]);
  });

  it("reads 'People's', 'Children's' inside a name as its words, not as a possessor ('People's Daily', not 'Daily')", () => {
    const e = resolveEntities("State media People’s Daily said so, as did the Pakistan People's Party and a Children’s Health Insurance Program official. People's lives matter.");
    expect(e.map((x) => x.canonical).sort()).toEqual(["Children’s Health Insurance Program", "Pakistan People's Party", "People’s Daily"]);
    // Not the army whose name also opens with "People's": two bodies, two names.
    const two = resolveEntities("The People’s Liberation Army drilled, People’s Daily reported.");
    expect(two.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["People's Liberation Army ×1", "People’s Daily ×1"]);
  });

  it("reads 'American' opening a body's name as its first word, not as the United States ('American Civil Liberties Union')", () => {
    const e = resolveEntities("The American Civil Liberties Union and the American Israel Public Affairs Committee backed it; American Airlines flew.");
    expect(e.map((x) => x.canonical).sort()).toEqual(["American Airlines", "American Civil Liberties Union", "American Israel Public Affairs Committee"]);
    // A foreign demonym opening a body names its country ("Chinese Communist Party" is China's party), and
    // "American" alone is still the United States.
    const names = resolveEntities("American officials and the Chinese Communist Party met.").map((x) => x.canonical);
    expect(names).toEqual(expect.arrayContaining(["United States", "China"]));
  });

  it("reads a place and a plural capital as a team or a firm, and a player after it as a name of their own", () => {
    const e = resolveEntities("Shares of Texas Instruments rose as the New York Knicks lost. Chicago Bulls Michael Jordan watched; the Knicks left New York.");
    expect(e.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["Chicago Bulls ×1", "Michael Jordan ×1", "New York Knicks ×2", "New York ×1", "Texas Instruments ×1"]);
    // A place's events and bodies keep the place, and so does a headline, where every word has a capital.
    const headlined = [
      { index: 0, text: "Michael Steele Criticized for Afghanistan Comments" },
      { index: 1, text: "Michael Steele spoke about the war in Afghanistan." },
    ];
    const kept = [...resolveEntities("Texas Republicans met before the Iowa Caucuses."), ...resolveEntities(headlined)].map((x) => `${x.canonical} ×${x.count}`);
    expect(kept).toEqual(expect.arrayContaining(["Texas ×1", "Iowa ×1", "Afghanistan ×2"]));
    expect(kept.filter((n) => /Caucuses|Plans/.test(n) && /Iowa|Afghanistan/.test(n))).toEqual([]);
  });

  it("reads 'Police Officer', 'Editor-in-Chief' as titles, and ends a name at 'Jr.' before a new sentence", () => {
    const e = resolveEntities("BuzzFeed Editor-in-Chief Ben Smith and Ferguson Police Officer Darren Wilson met Rep. Thomas J. Bliley Jr. Reaching out, BuzzFeed spoke.");
    const names = e.map((x) => `${x.canonical} ×${x.count}`);
    expect(names).toEqual(expect.arrayContaining(["BuzzFeed ×2", "Ben Smith ×1", "Darren Wilson ×1", "Thomas J. Bliley ×1"]));
    expect(names.filter((n) => /Officer|Editor|Reaching/.test(n) && / /.test(n.replace(/ ×\d+$/, "")))).toEqual([]);
    const more = resolveEntities("Co-Chairwoman Ann Wagner agreed, and Justices Elena Kagan and Sonia Sotomayor dissented.").map((x) => `${x.canonical} [${x.type}]`);
    expect(more).toEqual(expect.arrayContaining(["Ann Wagner [person]", "Elena Kagan [person]"]));
  });

  it("reads 'General' between a name's words and a plural as part of the name ('Associated General Contractors')", () => {
    const e = resolveEntities("The Associated General Contractors said costs rose, and Army General Mark Milley agreed.").map((x) => `${x.canonical} [${x.type}]`);
    expect(e).toEqual(expect.arrayContaining(["Associated General Contractors [other]", "Mark Milley [person]"]));
    expect(e.filter((n) => n.startsWith("Contractors"))).toEqual([]);
  });

  it("takes the person's 'Former' out of the body before their title ('Former FBI Director James Comey')", () => {
    const e = resolveEntities("The FBI agreed. Former FBI Director James Comey spoke, as did National Security Council Spokesman Ned Price.");
    expect(e.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["FBI ×2", "James Comey ×1", "National Security Council ×1", "Ned Price ×1"]);
  });

  it("reads 'President-elect' as a title", () => {
    const e = resolveEntities("President-elect Donald Trump met Vice President-elect Mike Pence. Trump spoke.");
    expect(e.map((x) => `${x.canonical} [${x.type}] ×${x.count}`).sort()).toEqual(["Donald Trump [person] ×2", "Mike Pence [person] ×1"]);
  });

  it("reads 'Surgeon General' as a title and a body word's plural alone as no name", () => {
    const e = resolveEntities("Surgeon General Vivek Murthy and Solicitor General Elena Kagan wrote to the Departments of Health and Human Services and Justice.");
    expect(e.map((x) => `${x.canonical} [${x.type}]`).sort()).toEqual(["Department of Health and Human Services [organization]", "Elena Kagan [person]", "Vivek Murthy [person]"]);
  });

  it("takes no street word after a place for a name of its own ('Avenue' from Pennsylvania Avenue)", () => {
    const names = resolveEntities("The parade went along Pennsylvania Avenue. He was once stopped on the New Jersey Turnpike.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Pennsylvania", "New Jersey"]));
    expect(names.filter((n) => /Avenue|Turnpike/.test(n))).toEqual([]);
    // A state's name and "City" name a city, not the state; after a country's name "City" is no name of its own.
    const cities = resolveEntities("He flew from Kansas City to Mexico City, and the Oklahoma City Thunder won.").map((e) => `${e.canonical} [${e.type}]`);
    expect(cities.sort()).toEqual(["Kansas City [other]", "Mexico [place]", "Oklahoma City Thunder [other]"]);
  });

  it("keeps two people apart whose middle initials differ, and folds a full name with its initial-less form", () => {
    const names = resolveEntities("George H. W. Bush met George W. Bush. Pieter A. Vermeulen and Pieter B. Vermeulen spoke. Robert S. Mueller III left; Robert Mueller declined.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["George H. W. Bush", "George W. Bush", "Pieter A. Vermeulen", "Pieter B. Vermeulen"]));
    expect(names.filter((n) => /Mueller/.test(n))).toEqual(["Robert S. Mueller III"]);
  });

  it("folds the same entity spelt ten ways into one, and never the pronoun 'us'", () => {
    const text = [
      "The U.S. and the US agreed.",
      "The United States of America, the United States and America signed.",
      "Washington said the USA would act; officials told us little.",
      "American diplomats, Americans and the U.S.A. joined.",
    ].join("\n\n");
    const us = resolveEntities(text).filter((e) => e.canonical === "United States");
    expect(us).toHaveLength(1);
    expect(us[0]?.count).toBe(10);
    expect(us[0]?.surfaces).toHaveLength(10);
    expect(us[0]?.passages).toEqual([0, 1, 2, 3]);
  });

  it("counts seas named after a country as seas, not as the country", () => {
    const entities = resolveEntities("China sent ships to the South China Sea and the East China Sea, and to the East and South China seas.");
    expect(entities.find((e) => e.canonical === "China")?.count).toBe(1);
    expect(entities.find((e) => e.canonical === "South China Sea")?.count).toBe(2);
    expect(entities.find((e) => e.canonical === "East China Sea")?.count).toBe(1);
  });

  it("maps demonyms and capitals-as-government to their country", () => {
    const e = resolveEntities("Japanese officials met in Tokyo. Japan's minister spoke. Beijing objected and Chinese ships sailed.");
    expect(e.find((x) => x.canonical === "Japan")?.count).toBe(3);
    expect(e.find((x) => x.canonical === "China")?.count).toBe(2);
  });

  it("counts a demonym or a capital as referring to a country, not as naming it", () => {
    const [us] = resolveEntitiesAcross(["It helps older Americans, lobbyists in Washington said.", "The United States agreed."]).filter((x) => x.canonical === "United States");
    expect(us?.counts).toEqual([2, 1]);
    expect(us?.namedCounts).toEqual([0, 1]);
    // Mentions in passing for the ranking leave them out too: "Americans" does not make the country a main subject.
    expect(us?.mainCounts).toEqual([0, 1]);
  });

  it("types a name written with a US state after it as a town, unless it starts with a given name", () => {
    const e = resolveEntities("Mr. Braley spoke in Corpus Christi, Tex., and in Oskaloosa, Iowa, on Monday. Jim Clyburn, South Carolina, kept his post.");
    expect(e.find((x) => x.canonical === "Corpus Christi")?.type).toBe("place");
    expect(e.find((x) => x.canonical === "Oskaloosa")?.type).toBe("place");
    expect(e.find((x) => x.canonical === "Jim Clyburn")?.type).not.toBe("place");
  });

  it("keeps a body named 'on' its subject whole, and folds it with its 'X Committee' form", () => {
    const names = resolveEntities("The Center on Budget and Policy Priorities and the Council on Foreign Relations and Senator Smith agreed. The Committee on Monday voted.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Center on Budget and Policy Priorities", "Council on Foreign Relations", "Smith"]));
    expect(names.filter((n) => /^(?:Center|Policy Priorities|Foreign Relations|Committee on Monday)$/.test(n))).toEqual([]);
    const across = resolveEntitiesAcross(["He sits on the Committee on Foreign Relations.", "The Foreign Relations Committee met."]);
    expect(across.map((e) => [e.canonical, e.counts])).toEqual([["Committee on Foreign Relations", [1, 1]]]);
  });

  it("folds a surname after 'Mr.' or 'Mrs.' into the family member it fits, not the most mentioned one", () => {
    const e = resolveEntities("Hillary Rodham Clinton spoke. Hillary Rodham Clinton left. Bill Clinton listened. Mr. Clinton waved. Mrs. Clinton agreed.");
    expect(e.map((x) => [x.canonical, x.count])).toEqual([["Hillary Rodham Clinton", 3], ["Bill Clinton", 2]]);
  });

  it("keeps someone apart from the firm they work at, a firm closed by its company suffix ('of Marcum L.L.P.')", () => {
    const e = resolveEntities("The report was written by Nanette Lee Miller of Marcum L.L.P. on Monday. Miller said it was fine.");
    expect(e.map((x) => [x.canonical, x.type, x.count])).toEqual([
      ["Nanette Lee Miller", "other", 2],
      ["Marcum L.L.P.", "organization", 1],
    ]);
  });

  it("folds a lone surname into no full name written for two people ('Malia and Sasha Obama')", () => {
    const e = resolveEntities("Malia and Sasha Obama joined President Obama at the ceremony. Obama made a joke.");
    expect(e.find((x) => x.canonical === "Sasha Obama")?.count).toBe(1);
    expect(e.find((x) => x.canonical === "Obama")?.count).toBe(2);
    // Written for one person, the full name still takes its surname.
    expect(find("Sasha Obama joined President Obama at the ceremony. Obama made a joke.", "Sasha Obama")?.count).toBe(3);
  });

  it("takes no building or organisation for a person's full name: a lone 'Trump' is not the first word of 'Trump Tower'", () => {
    const e = resolveEntities("Trump said the talks about Trump Tower Moscow ended. Trump's lawyer agreed. Mr. Trump told the Trump Organization.");
    expect(e.find((x) => x.canonical === "Trump")?.count).toBe(3);
    expect(e.find((x) => x.canonical === "Trump Tower Moscow")?.count).toBe(1);
    expect(e.find((x) => x.canonical === "Trump Organization")?.count).toBe(1);
    const google = resolveEntities("Google said the Google Drive files were safe.");
    expect(google.map((x) => [x.canonical, x.count])).toEqual([["Google", 1], ["Google Drive", 1]]);
  });

  it("reads a name with a modifier suffix as the name, in passing: 'Bush-era', 'Tea Party-inspired', 'Republican-controlled'", () => {
    const e = resolveEntitiesAcross(["The Bush-era tax cuts split the Tea Party-inspired caucus in the Republican-controlled House, said former Cong. Rob Simmons. The Dems objected."]);
    const names = e.map((x) => x.canonical);
    expect(names).toEqual(expect.arrayContaining(["Bush", "Tea Party", "Republican Party", "House of Representatives", "Rob Simmons", "Democratic Party"]));
    expect(names.filter((n) => /-|Cong|Dems/.test(n))).toEqual([]);
    expect(e.find((x) => x.canonical === "Bush")?.mainCounts).toEqual([0]);
  });

  it("keeps a party's name inside an organisation's name, and a sentence's opening word out of a person's", () => {
    const names = resolveEntities("But Roger Pilon of the Cato Institute said so. The National Republican Senatorial Committee and the NRSC's chairman agreed.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Roger Pilon", "Cato Institute", "National Republican Senatorial Committee"]));
    expect(names.filter((n) => /^(?:Senatorial Committee|NRSC|Republican Party|Roger Pilon of the Cato Institute)$/.test(n))).toEqual([]);
    // …and opening one: the party is not mentioned, the committee is.
    const opening = resolveEntities("He once led the Democratic Congressional Campaign Committee. The Republican Jewish Coalition said so.").map((e) => e.canonical);
    expect(opening).toEqual(["Democratic Congressional Campaign Committee", "Republican Jewish Coalition"]);
    // An institution's adjective refers to it alone and opens other names: Congress, the Record, the district.
    const congress = resolveEntities("The Congressional schedule slipped. Congressional Republicans read the Congressional Record in Virginia's Seventh Congressional District.");
    expect(congress.map((e) => `${e.canonical} ×${e.count}`).sort()).toEqual([
      "Congress ×2",
      "Congressional Record ×1",
      "Republican Party ×1",
      "Seventh Congressional District ×1",
      "Virginia ×1",
    ]);
    // A known name after the party is a name of its own: "Republican Senate candidates" mention the party and the Senate.
    expect(resolveEntities("Republican Senate candidates spoke on Monday.").map((e) => e.canonical)).toEqual(["Republican Party", "Senate"]);
  });

  it("reads 'Pres' and 'Presidents' as titles, 'Repubs' as the Republican Party", () => {
    const e = resolveEntitiesAcross(["“Repubs must not allow Pres Obama to subvert the Constitution,” he wrote.", "It was prosecuted under Presidents Bush and Obama."]);
    const names = e.map((x) => x.canonical);
    expect(names).toEqual(expect.arrayContaining(["Obama", "Bush", "Republican Party"]));
    expect(names.filter((n) => /Pres|Repubs/.test(n))).toEqual([]);
    expect(e.find((x) => x.canonical === "Obama")?.counts).toEqual([1, 1]);
  });

  it("knows companies whose first word is also a title: 'General Motors' is no General named Motors", () => {
    const e = resolveEntities("He worked at General Motors and General Electric. GM said so, as did Gen. Mark Milley.");
    expect(e.map((x) => [x.canonical, x.type, x.count])).toEqual(
      expect.arrayContaining([["General Motors", "organization", 2], ["General Electric", "organization", 1], ["Mark Milley", "person", 1]]),
    );
    expect(e.map((x) => x.canonical)).not.toContain("Motors");
  });

  it("reads a place followed by a publication word as the publication, not the place", () => {
    const names = resolveEntities("Certainly, as the Washington Examiner's Phillip Klein notes, the Japan Times agreed. U.S. Press Secretary Jen Psaki did not.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Washington Examiner", "Japan Times", "Phillip Klein", "United States", "Jen Psaki"]));
    expect(names).not.toContain("Japan");
    expect(names).not.toContain("Examiner");
  });

  it("resolves a person's full name, surname and titled forms to one entity", () => {
    const text = "US Secretary of State Antony Blinken arrived. Blinken spoke first. Secretary Blinken left, and Mr. Blinken returned.";
    const blinken = resolveEntities(text).filter((e) => /Blinken/.test(e.canonical));
    expect(blinken).toHaveLength(1);
    expect(blinken[0]).toMatchObject({ canonical: "Antony Blinken", type: "person", count: 4 });
  });

  it("reads a particle hyphened to a name as part of it: Ansar al-Sharia, Ayman al-Zawahiri, Sharif el-Gamal", () => {
    const names = resolveEntities("Officials blamed Ansar al-Sharia for the attack. The developer, Sharif el-Gamal, said so. Ayman al-Zawahiri spoke too.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Ansar al-Sharia", "Sharif el-Gamal", "Ayman al-Zawahiri"]));
    expect(names).not.toContain("Ansar");
  });

  it("drops a sentence's ordinary opening word with the words joining it to a name: 'News of the Clinton conversation' names Clinton", () => {
    const names = resolveEntities("The news broke late on Friday. News of the Clinton conversation was first reported by Greg Sargent. Members of LePage’s own party were angry at the news, and members said so.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Clinton", "LePage"]));
    // …and the organisation word that went with it ("News") makes no organisation of Clinton.
    expect(resolveEntities("The news broke late. News of the Clinton conversation was first reported on Friday.").find((e) => e.canonical === "Clinton")?.type).not.toBe("organization");
    expect(names.filter((n) => /^(?:of|for|the)\s/i.test(n))).toEqual([]);
  });

  it("takes a quotation's opening capital for no name because a longer name has the word mid-sentence ('Safety' of 'Industrial Safety Board')", () => {
    const names = (docs: string[]) => resolveEntitiesAcross(docs).map((e) => e.canonical);
    const quote = '"Safety is our highest priority," company spokeswoman Priya Raman said.';
    // In one article or across the two of a comparison.
    expect(names([`${quote} The national Industrial Safety Board sent a team.`])).not.toContain("Safety");
    expect(names([quote, "The Industrial Safety Board said its investigators would arrive on Wednesday."])).not.toContain("Safety");
    // Written capitalised on its own mid-sentence, the word is still a name when it opens a sentence.
    expect(names([`${quote} Officials at Safety declined to comment.`])).toContain("Safety");
    // A surname ends a longer name, a given name opens one: each is a name opening a sentence alone.
    const people = names(["Union representative Tomasz Lewandowski spoke. Lewandowski said so.", "Her son Matthew Denice, 23, was killed. “Matthew’s death was preventable,” she said."]);
    expect(people).toEqual(expect.arrayContaining(["Tomasz Lewandowski", "Matthew Denice"]));
    const [lewandowski] = resolveEntitiesAcross(["Union representative Tomasz Lewandowski spoke. Lewandowski said so."]);
    expect(lewandowski?.counts).toEqual([2]);
    expect(resolveEntitiesAcross(["Her son Matthew Denice, 23, was killed. “Matthew’s death was preventable,” she said."]).find((e) => e.canonical === "Matthew Denice")?.counts).toEqual([2]);
  });

  it("reads a place opening or ending a body's name as part of that name, unless a known body or a title follows it", () => {
    const names = (text: string) => resolveEntities(text).map((e) => e.canonical);
    expect(names("He thanked the New York Police Department and the Florida Department of Law Enforcement on Monday.")).toEqual(
      expect.arrayContaining(["New York Police Department", "Florida Department of Law Enforcement"]),
    );
    expect(names("He thanked the New York Police Department on Monday.")).not.toContain("New York");
    expect(names("The U.S. State Department and the China Foreign Ministry spoke on Monday.")).toEqual(expect.arrayContaining(["State Department", "United States", "China"]));
    // A body's word, "of" and a place: one body, and no mention of the place.
    const bodies = names("She teaches at the University of Michigan, banks with the Bank of America and studied at the University of Maine School of Law.");
    expect(bodies).toEqual(expect.arrayContaining(["University of Michigan", "Bank of America", "University of Maine School of Law"]));
    expect(bodies.filter((n) => ["Michigan", "United States", "Maine"].includes(n))).toEqual([]);
  });

  it("takes a holiday for a date, not a name, as it takes a weekday: Election Day, Thanksgiving, New Year's Day", () => {
    const names = resolveEntities("After a dismal Election Day for Democrats, talks set before Thanksgiving failed. Shops opened on New Year's Day. Later, Doris Day sang on Christmas Island.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Doris Day", "Christmas Island"]));
    expect(names.filter((n) => /Election|Thanksgiving|New Year|^Day$/.test(n))).toEqual([]);
  });

  it("reads a player's position written in capitals as a title, not part of the name: 'Cleveland DL Larry Ogunjobi'", () => {
    const names = resolveEntities("The league suspended Cleveland DL Larry Ogunjobi for a game. Robert De Niro watched.").map((e) => [e.canonical, e.type]);
    expect(names).toContainEqual(["Larry Ogunjobi", "person"]);
    expect(names.map(([n]) => n)).toContain("Robert De Niro");
  });

  it("knows Taiwan and Hong Kong as places, and the Taiwan Strait as a place of its own", () => {
    const e = resolveEntities("Protests in Hong Kong went on as Taiwanese officials watched the Taiwan Strait.").map((x) => [x.canonical, x.type]);
    expect(e).toEqual(expect.arrayContaining([["Hong Kong", "place"], ["Taiwan", "place"], ["Taiwan Strait", "place"]]));
  });

  it("strips titles and keeps people apart from their offices", () => {
    const names = resolveEntities("Gen. Mark Milley met Defense Minister Kishi and Defense Secretary Austin.").map((e) => e.canonical);
    expect(names).toEqual(expect.arrayContaining(["Mark Milley", "Kishi", "Austin"]));
    expect(names).not.toContain("Defense Minister Kishi");
    // "Attorney" and "Administrator" head a person's title as "Secretary" does: District Attorney, U.S. Attorney, NASA Administrator.
    expect(resolveEntities("NASA Administrator Jim Bridenstine said the agency would widen the program.").map((e) => [e.canonical, e.type])).toContainEqual(["Jim Bridenstine", "person"]);
    const attorneys = resolveEntities("District Attorney Cyrus Vance Jr. spoke. U.S. Attorney James Kennedy Jr. spoke later.");
    expect(attorneys).toEqual(expect.arrayContaining([expect.objectContaining({ canonical: "Cyrus Vance", type: "person" }), expect.objectContaining({ canonical: "James Kennedy", type: "person" })]));
  });

  it("resolves across documents, so a surname on one side meets the full name on the other", () => {
    const [blinken] = resolveEntitiesAcross(["Antony Blinken arrived in London.", "Blinken arrived."]).filter((e) => e.canonical === "Antony Blinken");
    expect(blinken?.counts).toEqual([1, 1]);
  });

  it("does not take a capitalised sentence opener for a name", () => {
    const names = resolveEntities("Surprisingly, the talks went well. Affirming his support, Biden smiled. These talks matter.").map((e) => e.canonical);
    expect(names).toEqual(["Biden"]);
  });

  it("keeps a sentence-initial name that the text also writes mid-sentence", () => {
    expect(find("Motegi arrived late. The talks with Motegi went on.", "Motegi")?.count).toBe(2);
  });

  it("does not count a dateline as a mention of the place", () => {
    expect(find("WASHINGTON — The senator met Biden on Monday.", "United States")).toBeUndefined();
    expect(find("HARTFORD, Conn. -- The governor met Biden.", "Connecticut")).toBeUndefined();
    expect(find("The senator flew to Washington on Monday.", "United States")?.count).toBe(1);
    // With the agency in brackets, and the story's first word after it opening a sentence ("To" is no part of a name).
    const wire = resolveEntities("LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal. James said so in Los Angeles.");
    expect(wire.map((e) => `${e.canonical} ×${e.count}`).sort()).toEqual(["LeBron James ×2", "Los Angeles ×1"]);
  });

  it("cuts a Latin name where Japanese or Korean text runs on without a space ('Kindle for PCをインストール')", () => {
    const e = resolveEntities("今回はKindle for PCに関する話。Kindle for PCをインストールすると自動で設定され、MBC와 SBS는 보도했다.");
    expect(e.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["Kindle for PC ×2", "MBC ×1", "SBS ×1"]);
  });

  it("shows a name as the article usually writes it, and folds no place into a longer name that merely ends in it", () => {
    const text =
      "A coalition, Strengthen Social Security, met. Social Security pays benefits; Social Security is solvent until 2033, " +
      "and Social Security trustees agree. He grew up on the South Side of Chicago and later left Chicago.";
    const e = resolveEntities(text).map((x) => `${x.canonical} ×${x.count}`);
    expect(e).toContain("Social Security ×4");
    expect(e).toEqual(expect.arrayContaining(["Chicago ×1", "South Side of Chicago ×1"]));
    // A person keeps their fullest name however often the surname is written.
    expect(resolveEntities("Kathleen Hawk Sawyer spoke. Hawk Sawyer said so. Hawk Sawyer left. Hawk Sawyer returned.").map((x) => x.canonical)).toEqual(["Kathleen Hawk Sawyer"]);
  });

  it("reads a hashtag as a name of its own ('#Browns Greedy Williams')", () => {
    const e = resolveEntities("The Cleveland Browns lost. #Browns Greedy Williams has been solid in run support.");
    expect(e.map((x) => `${x.canonical} ×${x.count}`).sort()).toEqual(["Cleveland Browns ×2", "Greedy Williams ×1"]);
  });

  it("reads a word after a closing straight quotation mark as mid-sentence ('\"…,\" Kowalski said')", () => {
    expect(resolveEntities('"It is deeply troubling to all of us," Kowalski said.').map((e) => e.canonical)).toEqual(["Kowalski"]);
    // An opening straight mark still opens a sentence: "Well" is no name.
    expect(resolveEntities('He said: "Well, it is over."').map((e) => e.canonical)).toEqual([]);
  });

  it("takes no sentence-opening 'Because' into a name", () => {
    expect(resolveEntities("Because Google's promises have not arrived, Google is late.").map((e) => `${e.canonical} ×${e.count}`)).toEqual(["Google ×2"]);
    expect(resolveEntities("“Hey Twitter, the point of it is meth,” they wrote on Twitter.").map((e) => `${e.canonical} ×${e.count}`)).toEqual(["Twitter ×2"]);
  });

  it("reads a title-case headline in the body as a headline, not as one long name", () => {
    const names = resolveEntities("Governor Appoints Ex-Aide to Fill Kerry’s Seat\n\nGovernor Deval Patrick named a successor to Kerry.").map((e) => e.canonical);
    expect(names.sort()).toEqual(["Deval Patrick", "Kerry"]);
  });

  it("finds nothing in text without names", () => {
    expect(resolveEntities("the talks went on for hours and nobody said anything new.")).toEqual([]);
    expect(resolveEntities("")).toEqual([]);
  });

  it("handles hundreds of distinct entities", () => {
    const people = Array.from({ length: 300 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${i} Surname${i}`);
    const text = people.map((p) => `Yesterday ${p} spoke.`).join(" ");
    const entities = resolveEntities(text);
    expect(entities).toHaveLength(300);
    expect(entities.every((e) => e.count === 1)).toBe(true);
  });

  it("lets an analyst's aliases merge names the built-in data does not know", () => {
    const text = "The Kremlin and Gazprom spoke. The Russian gas giant said no.";
    const without = resolveEntities(text).map((e) => e.canonical);
    expect(without).toContain("Gazprom");
    const withAlias = resolveEntities(text, { aliases: [{ canonical: "Gazprom", aliases: ["Russian gas giant"] }] });
    expect(withAlias.find((e) => e.canonical === "Gazprom")).toBeDefined();
    // An analyst's alias overrides the built-in data: "Russian" inside it is no longer Russia.
    const russia = withAlias.find((e) => e.canonical === "Russia");
    expect(russia?.count).toBe(1);
  });

  it("leaves no title standing as a name of its own when an analyst's alias reads the name after it", () => {
    const a = ["Councillor Marcus Webb said the council would pay.", "But Councillor Marcus Webb told reporters he was sure."];
    const b = ["Cllr M. Webb said the council would pay.", "Coroner Anne Hale said the same, as did Tesla CEO Elon Musk."];
    const aliases = [
      { canonical: "Marcus Webb", aliases: ["M. Webb"] },
      { canonical: "Anne Hale", aliases: [] },
      { canonical: "Elon Musk", aliases: [] },
    ];
    const entities = resolveEntitiesAcross([a.map((text, index) => ({ index, text })), b.map((text, index) => ({ index, text }))], { aliases });
    // One entity on both sides, and no "Councillor", "Cllr", "Coroner" or "Tesla CEO" row beside it;
    // what precedes a title before the name is still a name ("Tesla").
    expect(entities.map((e) => `${e.canonical} ${e.counts.join(",")}`).sort()).toEqual(["Anne Hale 0,1", "Elon Musk 0,1", "Marcus Webb 2,1", "Tesla 0,1"]);
  });

  it("trusts title-case headline words only when the body names them too", () => {
    const entities = resolveEntities([
      { index: 0, text: "Leaders Agree To Step Up Talks With Biden", role: "heading" },
      { index: 1, text: "The leaders met President Biden on Monday.", role: "body" },
    ]);
    expect(entities.map((e) => e.canonical)).toEqual(["Biden"]);
    expect(entities[0]?.passages).toEqual([0, 1]);
  });
});

describe("entityIndexFor", () => {
  const passages = [{ index: 0, text: "The U.S. and Japan agreed, Blinken said in Tokyo." }];
  const aliases = [{ canonical: "Antony Blinken", aliases: ["Blinken"], type: "person" as const }];

  it("is the index the resolver uses by default, so scans made with it resolve as an unscanned document does", () => {
    for (const options of [{}, { aliases }, { foldAliases: false }]) {
      const index = entityIndexFor(options);
      const scanned = [scanDocument(passages.map((p) => p.text), index)];
      expect(resolveEntitiesAcross([passages], { ...options, index, scanned })).toEqual(resolveEntitiesAcross([passages], options));
    }
  });

  it("follows an analyst's aliases and the baseline without folding", () => {
    expect(entityIndexFor({ aliases })).not.toBe(entityIndexFor());
    expect(entityIndexFor({ foldAliases: false })).not.toBe(entityIndexFor());
    expect(resolveEntitiesAcross([passages], { aliases }).map((e) => e.canonical)).toContain("Antony Blinken");
  });
});
