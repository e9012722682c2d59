import { describe, expect, it } from "vitest";
import { buildCoverage, type CoverageSource } from "./coverage";
import { passagesFromBlocks } from "./fixtures/seed-passages";

// An invented story: a scaffolding collapse, four reports; the Evening Post gives another toll.
const source = (id: string, label: string, ...paragraphs: string[]): CoverageSource => ({
  id,
  label,
  passages: passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))),
});
const post = source(
  "s1post",
  "Evening Post",
  "Nine workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.",
  "The tower is due to open next spring.",
);
const wire = source(
  "s2wire",
  "Ashby Wire",
  "Seven workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.",
  "Inspectors from the Health and Safety Executive closed the site for the rest of the week.",
);
const radio = source(
  "s3radio",
  "Radio Ashby",
  "Seven workers were injured when scaffolding collapsed at the Delmont tower site on Tuesday, according to the fire service.",
  "Inspectors from the Health and Safety Executive have closed the site until next week.",
);
const herald = source(
  "s4herald",
  "Ashby Herald",
  "The scaffolding came down at the Delmont tower site on Tuesday morning and seven workers were hurt, the fire service said.",
  "Residents had complained about the scaffolding for months.",
);

describe("buildCoverage: figures the sources disagree on", () => {
  it("lists two totals of the same people that sources give in sentences too reworded to pair", () => {
    const utility = source(
      "t1utility",
      "Northgate Bulletin",
      "Northgate Water said on Monday that a software fault had sent contaminated-water alerts to the phones of 1,268,455 residents by mistake.",
      "The utility serves 41 towns.",
    );
    const filing = source(
      "t2filing",
      "Valley Ledger",
      "More than 1.6 million people got a false warning to boil their tap water, according to a filing Northgate made with state regulators.",
      "The utility serves 41 towns.",
    );
    const conflict = buildCoverage([utility, filing]).flags.find((f) => f.kind === "conflict");
    expect(conflict?.figures).toEqual([
      { phrase: "1,268,455 residents", sources: ["t1utility"] },
      { phrase: "1.6 million people", sources: ["t2filing"] },
    ]);
  });

  it("lists the one count of the evacuated each source gives in sentences too reworded to pair, and not a source's part of it", () => {
    const council = source(
      "t1council",
      "Council Notice",
      "Some 340 residents were evacuated from the Riverside estate on Wednesday as the Lune burst its banks, the council said.",
      "A rest centre has opened at Carnforth leisure centre.",
    );
    const paper = source(
      "t2paper",
      "Lune Gazette",
      "Floodwater reached the first floors of the estate's tower blocks by nightfall.",
      "Police said 410 people had been evacuated by boat and bus as the water rose.",
      "A rest centre has opened at Carnforth leisure centre.",
    );
    // Its 40 pupils are a part of the evacuated, far from either whole: no third figure of the quantity.
    const school = source(
      "t3school",
      "Carnforth Radio",
      "Forty pupils were evacuated from Riverside primary school before lunch, the head teacher said.",
      "A rest centre has opened at Carnforth leisure centre.",
    );
    const conflicts = buildCoverage([council, paper, school]).flags.filter((f) => f.kind === "conflict");
    expect(conflicts.map((f) => f.figures)).toEqual([
      [
        { phrase: "340 residents", sources: ["t1council"] },
        { phrase: "410 people", sources: ["t2paper"] },
      ],
    ]);
  });

  it("lists who gives which figure for one quantity, the figure most reports give first, at the top of the story", () => {
    const coverage = buildCoverage([post, wire, radio, herald]);
    const conflict = coverage.flags.find((f) => f.kind === "conflict");
    expect(conflict?.figures).toEqual([
      { phrase: "Seven workers", sources: ["s2wire", "s3radio", "s4herald"] },
      { phrase: "Nine workers", sources: ["s1post"] },
    ]);
    expect(conflict?.text).toMatch(/^Seven workers in Ashby Wire, Radio Ashby, Ashby Herald; Nine workers in Evening Post/);
    // The reasons read as a comparison's: who says what.
    expect(conflict?.reasons).toContain("Ashby Wire, Radio Ashby, Ashby Herald say Seven workers");
    expect(conflict?.reasons).toContain("Evening Post says Nine workers");
    expect(conflict?.absentFrom).toEqual(["s1post"]);
    expect(conflict?.importance).toBe("high");
    expect(coverage.flags[0]?.kind).toBe("conflict");
    // Each source's passage giving its figure is behind it.
    expect(conflict?.passages).toEqual([[0], [0], [0], [0]]);
  });

  it("does not join counts of different things of one noun, and sets the two tolls against each other", () => {
    // Three reports of an invented mill fire: at work, hurt, dead; a fourth gives the earlier toll.
    const mill = (id: string, what: string) => source(id, id, `${what} at the Orlen paper mill when the fire started on Sunday night, officials said.`, "The mill makes packaging for supermarkets.");
    const coverage = buildCoverage([
      mill("s1shift", "About 140 people were working the night shift"),
      mill("s2hurt", "Around 30 people were injured"),
      mill("s3dead", "Fifteen people have now died"),
      mill("s4early", "Twelve people have died"),
    ]);
    expect(coverage.flags.filter((f) => f.kind === "conflict").map((f) => f.figures)).toEqual([
      [
        { phrase: "Fifteen people", sources: ["s3dead"] },
        { phrase: "Twelve people", sources: ["s4early"] },
      ],
    ]);
  });

  it("sets a toll the wire says rose against the dead another source counts", () => {
    const mill = (id: string, what: string) => source(id, id, `${what} at the Orlen paper mill when the fire started on Sunday night, officials said.`, "The mill makes packaging for supermarkets.");
    const coverage = buildCoverage([
      source("s1wire", "s1wire", "The death toll from Sunday night's fire at the Orlen paper mill rose to 15 on Monday, officials said.", "The mill makes packaging for supermarkets."),
      mill("s2dead", "Twelve people were killed"),
      mill("s3hurt", "Around 30 people were injured"),
    ]);
    expect(coverage.flags.filter((f) => f.kind === "conflict").map((f) => f.figures?.map((g) => g.sources))).toEqual([[["s1wire"], ["s2dead"]]]);
  });

  it("raises nothing when the sources give one figure, however written", () => {
    const agreeing = source("s1post", "Evening Post", "Seven workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.");
    const coverage = buildCoverage([agreeing, wire, radio, { ...herald, passages: passagesFromBlocks([{ role: "body", text: "The scaffolding came down at the Delmont tower site on Tuesday and 7 workers were hurt, the fire service said." }]) }]);
    expect(coverage.flags.filter((f) => f.kind === "conflict")).toEqual([]);
  });

  it("does not set figures of two things against each other, nor figures of passages that report different things", () => {
    const floors = source("s1post", "Evening Post", "Scaffolding on nine floors of the Delmont tower site in Ashby collapsed on Tuesday, the fire service said.");
    const elsewhere = source("s5gazette", "Ashby Gazette", "Nine workers walked out of the Marlow depot on Tuesday over unpaid overtime.");
    const coverage = buildCoverage([floors, wire, radio, herald, elsewhere]);
    expect(coverage.flags.filter((f) => f.kind === "conflict")).toEqual([]);
  });
});

describe("buildCoverage: figures of one noun that different things befall", () => {
  // An invented election: three reports of the Greens' result.
  const result = (id: string, label: string, seats: string) =>
    source(id, label, `The Greens ${seats} seats in the regional assembly after Sunday's vote, the electoral commission said on Monday.`, "Turnout was the lowest in two decades.");

  it("sets no seats held against seats lost, and still the seats one source says are held against another's", () => {
    const held = result("s1post", "Evening Post", "will hold at least 42");
    const lost = result("s2wire", "Ashby Wire", "have lost nearly 15");
    expect(buildCoverage([held, lost]).flags.filter((f) => f.kind === "conflict")).toEqual([]);
    const other = result("s3radio", "Radio Ashby", "will hold at least 51");
    const conflict = buildCoverage([held, lost, other]).flags.find((f) => f.kind === "conflict");
    expect(conflict?.figures).toEqual([
      { phrase: "42 seats", sources: ["s1post"] },
      { phrase: "51 seats", sources: ["s3radio"] },
    ]);
  });
});

describe("buildCoverage: the wording of a passage row", () => {
  it("is the wording its sources share, never the outvoted figure of the source listed first", () => {
    // The Evening Post is listed first (published first); the Gazette leaves the collapse out, so the lede is a row.
    const gazette = source("s5gazette", "Ashby Gazette", "Inspectors from the Health and Safety Executive closed the Delmont site for the rest of the week.", "Residents had complained about the scaffolding for months.");
    const coverage = buildCoverage([post, wire, radio, herald, gazette]);
    const lede = coverage.rows.find((r) => r.kind === "passage" && /scaffolding (collapsed|came down)/.test(r.text ?? ""));
    expect(lede?.presentIn).toBe(4);
    expect(lede?.text).toMatch(/^Seven workers were hurt when scaffolding collapsed/);
    const flag = coverage.flags.find((f) => f.kind === "passage" && f.absentFrom.includes("s5gazette") && /scaffolding/.test(f.text));
    expect(flag?.text).toMatch(/^“Seven workers were hurt/);
  });
});
