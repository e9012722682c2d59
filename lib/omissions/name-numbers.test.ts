import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";

const values = (text: string) => extractNumbers(text).map((m) => m.value);
const GERMAN = { code: "deu", english: false };

describe("numbers that are part of a name", () => {
  it("reads no figure in a number that names something with the capitalised word before it", () => {
    expect(values("Two people familiar with the findings told Channel 9 the train was speeding.")).toEqual(["2"]);
    expect(values("Channel 9 News reported the crash within the hour.")).toEqual([]);
    expect(values("Channel 9 will have live coverage from the town.")).toEqual([]);
    expect(values("The crew of the Apollo 11 mission landed on the moon.")).toEqual([]);
    expect(values("The airline grounded its Boeing 737 jets after the crash.")).toEqual([]);
    expect(values("The carrier filed for Chapter 11 bankruptcy protection last year.")).toEqual([]);
    expect(values("The platforms are shielded by Section 230 of the law.")).toEqual([]);
    expect(values("He drove north along Highway 61 and then took Route 9 to the coast.")).toEqual([]);
    expect(values("The prisoner was taken to Room 101 at dawn.")).toEqual([]);
    expect(values("The trial of the Chicago Seven began in the autumn.")).toEqual([]);
    expect(values("Leaders met at the G7 and the G-20 summits this year.")).toEqual([]);
    // Inside quotation marks too: a title or a nickname.
    expect(values("It was a reference to the “Frankie Five Angels” character, and Credico is “Person 2” in the papers.")).toEqual([]);
  });

  it("keeps a figure after a word a figure follows anyway: a date, a currency, a sentence's opening word", () => {
    expect(values("The crash killed 9 people on the line.")).toEqual(["9"]);
    expect(values("The talks resumed on May 4 in the capital.")).toEqual(["may 4"]);
    expect(values("Police said that on Tuesday 12 people were arrested.")).toEqual(["tuesday", "12"]);
    expect(values("Organisers said that in March 300 people marched.")).toEqual(["300"]);
    expect(values("Riders pay Rs 300 for a monthly pass.")).toEqual(["₹300"]);
    expect(values("Nearly 300 people were evacuated from the area.")).toEqual(["300"]);
    expect(values("Roughly 200 teams took part in the search.")).toEqual(["200"]);
    expect(values("He said, “Nearly 300 people were evacuated from the area.”")).toEqual(["300"]);
    // A number word at the head of a sentence is a figure: "Seven" after a dateline or a name is no name.
    expect(values("Officials said that. Seven people were killed in the crash.")).toEqual(["7"]);
  });

  it("keeps a figure that a share, a scale or a counted thing follows: a poll, a tally, a sentence", () => {
    expect(values("The poll puts Romney 27 percent ahead of his rival.")).toEqual(["27%"]);
    expect(values("The judge gave Moore 15 days to respond to the charges.")).toEqual(["15"]);
    expect(values("Davis scored well overall. Davis 17 points, Moore 3 points.")).toEqual(["17", "3"]);
    expect(values("Officials said in Kabul 12 people died in the blast.")).toEqual(["12"]);
  });

  it("reads capitals as names only in English text that is not in title case", () => {
    expect(values("Train Derailment Near Kessingford Kills 7")).toEqual(["7"]);
    expect(extractNumbers("Nach Angaben der Polizei 12 Menschen wurden verletzt.", undefined, GERMAN).map((m) => m.value)).toEqual(["12"]);
  });
});
