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

describe("numbers written in words", () => {
  const read = (text: string) => extractNumbers(text).map((n) => [n.value, n.surface, n.kind]);

  it("reads a number in words, capitalised at a sentence's start or not, as the figure its digits are", () => {
    expect(values("Forty-three were hurt.")).toEqual(values("43 were hurt."));
    expect(values("Eighteen of the injured remain in hospital.")).toEqual(values("18 of the injured remain in hospital."));
    expect(read("Two hundred and fifty people and one hundred troops")).toEqual([
      ["250", "Two hundred and fifty", "count"],
      ["100", "one hundred", "count"],
    ]);
    expect(read("a forty-three-year-old man, forty-five percent and forty-three thousand dollars")).toEqual([
      ["43-year-old", "forty-three-year-old", "count"],
      ["45%", "forty-five", "count"],
      ["$43000", "forty-three thousand dollars", "count"],
    ]);
    // Another number stays another.
    expect(values("Forty-three were hurt.")).not.toEqual(values("45 were hurt."));
  });

  it("reads a hyphenated ordinal as one ordinal, and 'one' and 'zero' as no figures of their own", () => {
    expect(read("the twenty-first century")).toEqual([["21st", "twenty-first", "ordinal"]]);
    expect(values("one of the victims said no one had warned them; one person died")).toEqual([]);
    // Nor "zero": "ground zero", "zero precedent".
    expect(values("It creates zero precedent for the mosque near ground zero")).toEqual([]);
    expect(values("Zero Hour began at Ground Zero with zero tolerance and zero-sum talk")).toEqual([]);
  });

  it("reads 'zero' that counts something as the figure 0", () => {
    expect(read("the operator reported zero casualties and zero people hurt")).toEqual([
      ["0", "zero", "count"],
      ["0", "zero", "count"],
    ]);
    expect(values("Zero deaths were reported.")).toEqual(values("0 deaths were reported."));
  });

  it("keys a number in words by the value keys gave it before: its digits, or '40-3' for 'forty-three'", () => {
    const keys = (text: string) => extractNumbers(text).map((n) => n.keyValue ?? n.value);
    expect(keys("Seven were killed and Eighteen were hurt.")).toEqual(["7", "18"]);
    expect(keys("Forty-three were hurt, a twenty-first death.")).toEqual(["40-3", "20-1st"]);
  });
});

describe("numbers as other languages write them", () => {
  const FRENCH = { code: "fra", english: false };
  const JAPANESE = { code: "jpn", english: false };
  const read = (text: string, language = FRENCH) => extractNumbers(text, undefined, language).map((n) => [n.value, n.kind, n.surface]);

  it("reads digits grouped by a space, a no-break or a narrow no-break space as one number", () => {
    expect(read("Environ 1 200 habitants, une amende de 450 000 dollars et 12\u00a0500\u202f000 barils")).toEqual([
      ["1200", "count", "1 200"],
      ["$450000", "count", "450 000 dollars"],
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
    expect(read("5,7 milliards et 1.200 emplois")).toEqual([["5700000000", "count", "5,7 milliards"], ["1200", "count", "1.200"]]);
    expect(extractNumbers("5,700 jobs and 1.200 tonnes").map((n) => n.value)).toEqual(["5700", "1.2"]);
  });

  it("multiplies a number by the Chinese or Japanese multiplier written onto it, and reads a currency after it", () => {
    expect(read("約18万バレル、1.5億円、3千人、45万ドルの罰金", JAPANESE)).toEqual([
      ["180000", "count", "18万"],
      ["¥150000000", "count", "1.5億円"],
      ["3000", "count", "3千"],
      ["$450000", "count", "45万ドル"],
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
    // Money, shares and other nouns keep their value alone; years are compared in months (time-spans.ts).
    expect(equivalents("$2 dozen, 5 percent of decades, ten years")).toEqual([["$2", undefined], ["5%", undefined], ["10", "120mo"]]);
  });

  it("reads one of a quantity word and a share said in words, and nothing loose", () => {
    const worded = (text: string) => figuresInWords(tokenize(text));
    expect(worded("in a decade, a dozen of them, one century, half of the voters and a quarter of the seats")).toEqual(["10", "12", "100", "50%", "25%"]);
    expect(worded("for decades, dozens of them, half an hour, the second quarter, a couple")).toEqual([]);
  });

  it("reads 'a hundred' and 'one' that counts a thing as the figures they say, and 'one' as a pronoun as none", () => {
    const worded = (text: string) => figuresInWords(tokenize(text));
    expect(worded("a hundred people, a thousand and one nights, one person died")).toEqual(["100", "1001", "1"]);
    expect(worded("one of the victims, no one, each one, one another, the one who left, hundreds of them")).toEqual([]);
  });
});

describe("money named in words", () => {
  const FRENCH = { code: "fra", english: false };
  const read = (text: string, language?: { code: string; english: boolean }) => extractNumbers(text, undefined, language).map((n) => [n.value, n.surface]);

  it("reads an amount before a currency word as money in that currency, the same value as with its sign", () => {
    expect(read("fines of 450,000 dollars, $450,000, 3 million euros, €3 million and USD 2 million")).toEqual([
      ["$450000", "450,000 dollars"],
      ["$450000", "$450,000"],
      ["€3000000", "3 million euros"],
      ["€3000000", "€3 million"],
      ["$2000000", "USD 2 million"],
    ]);
    // French: digits grouped by spaces, a decimal comma, a plural scale, "d'euros" and a sign after the amount.
    expect(read("450 000 dollars, 2,5 millions d'euros, 450 000 € et 3 millions de dollars", FRENCH)).toEqual([
      ["$450000", "450 000 dollars"],
      ["€2500000", "2,5 millions d'euros"],
      ["€450000", "450 000 €"],
      ["$3000000", "3 millions de dollars"],
    ]);
  });

  it("groups digits with a plain space in English only in an amount of money", () => {
    expect(read("a 450 000 dollars fine, €450 000 in damages, and in 2021 200 people")).toEqual([
      ["$450000", "450 000 dollars"],
      ["€450000", "€450 000"],
      ["2021", "2021"],
      ["200", "200"],
    ]);
  });

  it("keeps another amount another figure, and words that are not money out of it", () => {
    expect(read("450,000 dollars and $500,000")).toEqual([["$450000", "450,000 dollars"], ["$500000", "$500,000"]]);
    // A year before "dollars" or "won", a weight in pounds and three wins are no money.
    expect(read("in 2019 dollars, in 2012 won Ohio, a 5 pounds bag, 3 won and 2 lost, 3 billion won, 5 million pounds sterling")).toEqual([
      ["2019", "2019"],
      ["2012", "2012"],
      ["5", "5"],
      ["3", "3"],
      ["2", "2"],
      ["₩3000000000", "3 billion won"],
      ["£5000000", "5 million pounds sterling"],
    ]);
  });
});

describe("Korean numbers", () => {
  const KOREAN = { code: "kor", english: false };
  const read = (text: string) => extractNumbers(text, undefined, KOREAN).map((n) => [n.value, n.kind, n.surface]);

  it("multiplies a number by 만, 억 and 천, joins the parts of one number, and reads won and dollars after it", () => {
    expect(read("주민 18만 명, 3억 원을, 1.5억, 5천만 원, 2억 5천만 원, 2억5천만원, 1만2000명, 45만 달러")).toEqual([
      ["180000", "count", "18만"],
      ["₩300000000", "count", "3억 원"],
      ["150000000", "count", "1.5억"],
      ["₩50000000", "count", "5천만 원"],
      ["₩250000000", "count", "2억 5천만 원"],
      ["₩250000000", "count", "2억5천만원"],
      ["12000", "count", "1만2000"],
      ["$450000", "count", "45만 달러"],
    ]);
    // One figure however it is spaced, and the same as in digits; another figure stays another.
    expect(read("18만명")[0]?.[0]).toBe(read("180,000명")[0]?.[0]);
    expect(read("18만 명")[0]?.[0]).not.toBe(read("20만 명")[0]?.[0]);
  });

  it("takes a number before a counter for a count, a year or a calendar day for a date, and a part before a year for no part", () => {
    expect(read("2000명, 5000원, 2023년, 3일 오전, 3일간, 3억 2023년")).toEqual([
      ["2000", "count", "2000"],
      ["₩5000", "count", "5000원"],
      ["2023", "date", "2023"],
      ["3", "date", "3"],
      ["3", "count", "3"],
      ["300000000", "count", "3억"],
      ["2023", "date", "2023"],
    ]);
  });

  it("reads 여 after a multiplier and 약 before a number as an estimate", () => {
    const approx = (text: string) => extractNumbers(text, undefined, KOREAN).map((n) => n.approx);
    expect(approx("18만여 명")).toEqual([{ low: 180000, high: 216000 }]);
    expect(approx("약 20만 명")[0]?.low).toBe(180000);
  });
});

describe("lengths of time", () => {
  const read = (text: string) => extractNumbers(text).map((n) => [n.value, n.surface]);
  const value = (text: string) => {
    const [m] = extractNumbers(text);
    return m?.equivalent ?? m?.value;
  };

  it("reads hours and minutes as one figure in minutes however written, not as two figures", () => {
    const spellings = ["4 h 40", "4h40", "4 h 40 min", "4h40min", "four hours and 40 minutes", "4 hours, 40 minutes", "4시간 40분", "4시간40분간"];
    for (const s of spellings) expect(read(`talks lasted ${s} in all`)).toEqual([["280min", s.replace(/간$/, "")]]);
    expect(read("2 hrs 15 mins and an hour and 40 minutes")).toEqual([["135min", "2 hrs 15 mins"], ["100min", "an hour and 40 minutes"]]);
    // An abbreviation in capitals is no unit: a year and a name.
    expect(extractNumbers("in 1987 Min Ko Naing was arrested").map((n) => [n.value, n.kind])).toEqual([["1987", "date"]]);
  });

  it("gives hours or minutes alone their number, and their length in minutes to compare with", () => {
    expect(extractNumbers("for 5 hours, then 40 minutes, 90min, 1.5h, 2시간, a three-hour meeting").map((n) => [n.value, n.equivalent])).toEqual([
      ["5", "300min"],
      ["40", "40min"],
      ["90", "90min"],
      ["1.5", "90min"],
      ["2", "120min"],
      ["3-hour", "180min"],
    ]);
    // "4 h 40" is four hours and forty minutes, not five hours nor four.
    expect(value("lasted 4 h 40")).toBe(value("lasted four hours and 40 minutes"));
    expect(value("lasted 4 h 40")).not.toBe(value("lasted 5 hours"));
    expect(value("lasted 4 h 40")).not.toBe(value("lasted 4 hours"));
    expect(value("lasted 90 minutes")).toBe(value("lasted 1.5 hours"));
  });

  it("takes a French time of day for a time, not a length: after 'à' or 'at', or from 13 h to 23 h", () => {
    const kinds = (text: string) => extractNumbers(text).map((n) => [n.value, n.kind]);
    expect(kinds("à 4 h 40, at 4 h 40, 16h40, à 16 heures, vers 7 h")).toEqual([["4:40", "date"], ["4:40", "date"], ["16:40", "date"], ["16:00", "date"], ["7:00", "date"]]);
    // Lengths: no word of the clock, more than 23 hours, or the minutes named.
    expect(kinds("pendant 4 h 40, 48 h de garde à vue, 16 heures de garde à vue, at 4 h 40 min")).toEqual([["280min", "count"], ["48", "count"], ["16", "count"], ["280min", "count"]]);
    // Korean writes a time with 시, not 시간: "4시 40분" is no length.
    expect(kinds("오후 4시 40분에, 4시간 40분 동안")).toEqual([["4:40", "date"], ["280min", "count"]]);
  });
});
