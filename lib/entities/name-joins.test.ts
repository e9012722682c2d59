import { describe, expect, it } from "vitest";
import { resolveEntities, resolveEntitiesAcross } from "./resolve-entities";

const names = (text: string) => resolveEntities(text).map((e) => e.canonical).sort();

describe("a saint's possessive inside a name", () => {
  it("reads a saint's church, school or hospital as one name, not the saint and a common noun", () => {
    expect(names("Seven were in serious condition at St. Anne's Hospital, a spokeswoman said.")).toEqual(["St. Anne's Hospital"]);
    expect(names("A vigil is planned at St. Brendan’s Church on Harbour Road.")).toEqual(["Harbour Road", "St. Brendan’s Church"]);
    expect(names("She studied at Saint Joseph's University in the city.")).toEqual(["Saint Joseph's University"]);
  });

  it("keeps other owners apart from what they own, a saint's day a date and St./Mt./Ft. names whole", () => {
    expect(names("The move split Trump's Justice Department, aides said.")).toEqual(["Justice Department", "Trump"]);
    expect(names("Marchers filled the streets on St. Patrick's Day in Boston.")).toEqual(["Boston"]);
    expect(names("They climbed Mt. Everest, then flew from Ft. Bragg to St. Louis.")).toEqual(["Ft. Bragg", "Mt. Everest", "St. Louis"]);
    expect(names("He was taken to Boston Children's Hospital on Monday.")).toEqual(["Boston Children's Hospital"]);
  });
});

describe("'and' between a body's two portfolios", () => {
  it("reads 'Body of A and B' as one name", () => {
    expect(names("The statement came from the Ministry of Environment and Climate on Tuesday.")).toEqual(["Ministry of Environment and Climate"]);
    expect(names("Officials at the Office of Management and Budget and the Department for Business and Trade agreed.")).toEqual([
      "Department for Business and Trade",
      "Office of Management and Budget",
    ]);
    // After a sentence's opening "The" too, and for "and" right after the first word.
    expect(names("The Food and Drug Administration approved it on Monday.")).toEqual(["Food and Drug Administration"]);
  });

  it("keeps a body and a second name joined by 'and' apart", () => {
    expect(names("In the end the Department of Justice and Congress agreed, as did the Department of Energy and NASA.")).toEqual([
      "Congress",
      "Department of Energy",
      "Department of Justice",
      "NASA",
    ]);
    // A surname no dictionary holds, a given name, a possessive, a known place and another body are no portfolios.
    expect(names("On Monday the Department of Justice and Mueller met the Ministry of Health and Mohammed Ali.")).toEqual([
      "Department of Justice",
      "Ministry of Health",
      "Mohammed Ali",
      "Mueller",
    ]);
    expect(names("On Monday the Department of Justice and Trump's lawyers met at the University of Chicago and Northwestern.")).toEqual([
      "Department of Justice",
      "Northwestern",
      "Trump",
      "University of Chicago",
    ]);
    expect(names("On Monday the Department of Justice and Federal Bureau of Investigation agreed.")).toEqual(["Department of Justice", "Federal Bureau of Investigation"]);
  });

  it("keeps the forms that were one name one name, and a person apart from where they are from", () => {
    const across = resolveEntitiesAcross(["The Department of the Treasury declined to comment.", "A Treasury Department spokesman declined to comment."]);
    expect(across.filter((e) => /Treasury/.test(e.canonical)).map((e) => e.counts)).toEqual([[1, 1]]);
    expect(names("Senate leader Mitch McConnell of Kentucky spoke on Monday.")).toEqual(["Kentucky", "Mitch McConnell", "Senate"]);
  });
});

describe("the whole name on both sides", () => {
  it("names no fragment one side 'never' writes when both write the whole name", () => {
    const across = resolveEntitiesAcross([
      "The Ministry of Environment and Climate was notified at dawn. A contractor died at St. Anne's Hospital.",
      "Of the injured, seven were at St. Anne's Hospital, and the Ministry of Environment and Climate sent a team.",
    ]);
    expect(across.map((e) => `${e.canonical} ${e.counts.join("/")}`).sort()).toEqual(["Ministry of Environment and Climate 1/1", "St. Anne's Hospital 1/1"]);
  });
});

describe("a plural's possessive inside a body's name", () => {
  it("reads a body named for the people it is made of as one name", () => {
    expect(names("Dev Rao, general secretary of the Rail Workers' Union, said the union had warned them.")).toEqual(["Dev Rao", "Rail Workers' Union"]);
    expect(names("The Teachers’ Federation called a strike, and the Department of Veterans' Affairs said nothing.")).toEqual([
      "Department of Veterans' Affairs",
      "Teachers’ Federation",
    ]);
    // Before a title: the union, then its president.
    expect(names("On Monday the Mine Workers' Union President Ann Lee spoke.")).toEqual(["Ann Lee", "Mine Workers' Union"]);
  });

  it("keeps an owner that is a known name or no everyday plural apart, and a plural owning no body", () => {
    // A known name owns what follows; a surname no word list holds is a family that owns a shop.
    expect(names("It broke the Republicans' House majority, and the Kowalczyks' Bakery closed.")).toEqual([
      "Bakery",
      "House of Representatives",
      "Kowalczyks",
      "Republican Party",
    ]);
    // No body's word after the possessive: pay and a day are owned, not named.
    expect(names("The Teachers' pay rose, and the Veterans' Day parade went ahead.")).toEqual(["Teachers", "Veterans"]);
  });
});
