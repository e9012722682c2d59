import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { extractNumbers, figuresInWords, missingValues } from "./numbers";

const values = (text: string) => extractNumbers(text).map((n) => n.value);

describe("extractNumbers", () => {
  it("reads numbers written in words and in digits as the same value", () => {
    expect(values("three-day talks with 12 ministers")).toEqual(values("3-day talks with twelve ministers"));
  });

  it("reads money, scale words, percentages and thousands separators", () => {
    expect(values("$5 million, 12 percent, 1,200 troops and 3.5 billion")).toEqual(["$5000000", "12%", "1200", "3500000000"]);
  });

  it("reads dates and weekdays, but not the pronoun-like 'one' or a bare month", () => {
    expect(values("On Monday, May 4, one of them said last May that")).toEqual(["monday", "may 4"]);
  });

  it("reads a bare year as a date, not a figure; a count written with its comma stays a count", () => {
    const kinds = (text: string) => extractNumbers(text).map((n) => [n.value, n.kind]);
    expect(kinds("Pelosi has led House Democrats since 2002, through the 2008 campaign.")).toEqual([["2002", "date"], ["2008", "date"]]);
    expect(kinds("About 2,000 troops and $2008 in fees")).toEqual([["2000", "count"], ["$2008", "count"]]);
  });

  it("reads times of day, abbreviated months, spans of years and years without their century as dates", () => {
    const kinds = (text: string) => extractNumbers(text).map((n) => [n.value, n.kind]);
    expect(kinds("Sworn in at 12:00 p.m. on Jan. 20, after serving from 1989-2013, as in ’08.")).toEqual([
      ["12:00", "date"],
      ["january 20", "date"],
      ["1989-2013", "date"],
      ["8", "date"],
    ]);
    // "Aug. 16" and "August 16" are one date.
    expect(values("a cable on Aug. 16")).toEqual(values("a cable on August 16"));
    // Scores and counts stay figures.
    expect(kinds("a 2-1 vote and 3,000 troops")).toEqual([["2-1", "count"], ["3000", "count"]]);
  });

  it("keeps ordinals, so a 'second' meeting differs from a 'first'", () => {
    expect(values("their second in-person meeting")).not.toEqual(values("their first in-person meeting"));
  });
});

describe("numbers as other languages write them", () => {
  const FRENCH = { code: "fra", english: false };
  const JAPANESE = { code: "jpn", english: false };
  const read = (text: string, language = FRENCH) => extractNumbers(text, undefined, language).map((n) => [n.value, n.kind, n.surface]);

  it("reads digits grouped by a space, a no-break or a narrow no-break space as one number", () => {
    expect(read("Environ 1 200 habitants, une amende de 450 000 dollars et 12\u00a0500\u202f000 barils")).toEqual([
      ["1200", "count", "1 200"],
      ["450000", "count", "450 000"],
      ["12500000", "count", "12\u00a0500\u202f000"],
    ]);
  });

  it("groups only runs of three digits after a first group of one to three, and a plain space not in English", () => {
    // A year is no first group, and two spaces or a group of two digits part two numbers.
    expect(read("en 2021 200 personnes, 3  000 ou 12 50")).toEqual([["2021", "date", "2021"], ["200", "count", "200"], ["3", "count", "3"], ["0", "count", "000"], ["12", "count", "12"], ["50", "count", "50"]]);
    expect(extractNumbers("in 2019 150 people and 3 000 more").map((n) => n.value)).toEqual(["2019", "150", "3", "0"]);
    // A no-break space groups digits in any language.
    expect(extractNumbers("some 1\u00a0200 people").map((n) => n.value)).toEqual(["1200"]);
  });

  it("reads a decimal comma, and a dot grouping thousands, where the language writes them", () => {
    expect(read("5,7 milliards et 1.200 emplois")).toEqual([["5.7", "count", "5,7"], ["1200", "count", "1.200"]]);
    expect(extractNumbers("5,700 jobs and 1.200 tonnes").map((n) => n.value)).toEqual(["5700", "1.2"]);
  });

  it("multiplies a number by the Chinese or Japanese multiplier written onto it, and reads a currency after it", () => {
    expect(read("約18万バレル、1.5億円、3千人、45万ドルの罰金", JAPANESE)).toEqual([
      ["180000", "count", "18万"],
      ["¥150000000", "count", "1.5億"],
      ["3000", "count", "3千"],
      ["$450000", "count", "45万"],
    ]);
  });

  it("takes a number with a counter written onto it for a count, not a year, and a calendar day or month for a date", () => {
    expect(read("住民約2000人が避難した。2023年に、3日早朝、1日当たり、3日間", JAPANESE)).toEqual([
      ["2000", "count", "2000"],
      ["2023", "date", "2023"],
      ["3", "date", "3"],
      ["1", "date", "1"],
      ["3", "count", "3"],
    ]);
  });
});

describe("missingValues", () => {
  it("is a multiset difference", () => {
    const a = extractNumbers("3 ships, 3 planes and 5 tanks");
    const b = extractNumbers("3 ships and 5 tanks");
    expect(missingValues(a, b).map((m) => m.value)).toEqual(["3"]);
    expect(missingValues(b, a)).toEqual([]);
  });
});

describe("figures said in another unit or in words", () => {
  it("gives a figure before a word for a number its value in that word's unit: two decades is 20, three dozen 36", () => {
    const equivalents = (text: string) => extractNumbers(text).map((n) => [n.value, n.equivalent]);
    expect(equivalents("after two decades and three dozen arrests over 2 centuries")).toEqual([["2", "20"], ["3", "36"], ["2", "200"]]);
    // Money, shares and other nouns keep their value alone.
    expect(equivalents("$2 dozen, 5 percent of decades, ten years")).toEqual([["$2", undefined], ["5%", undefined], ["10", undefined]]);
  });

  it("reads one of a quantity word and a share said in words, and nothing loose", () => {
    const worded = (text: string) => figuresInWords(tokenize(text));
    expect(worded("in a decade, a dozen of them, one century, half of the voters and a quarter of the seats")).toEqual(["10", "12", "100", "50%", "25%"]);
    expect(worded("for decades, dozens of them, half an hour, the second quarter, a couple")).toEqual([]);
  });
});
