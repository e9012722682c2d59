import { describe, expect, it } from "vitest";
import { findDate, parseDate } from "./parse-date";

describe("parseDate", () => {
  it("reads month-first dates with time and a zone abbreviation", () => {
    expect(parseDate("Updated: May 4, 2021 07:45 IST")).toBe("2021-05-04T07:45:00+05:30");
    expect(parseDate("Sept. 3, 2020, 10:02 p.m. EDT")).toBe("2020-09-03T22:02:00-04:00");
  });

  it("reads day-first dates and ISO timestamps with offsets", () => {
    expect(parseDate("Published 12 March 2024, 6:15 pm GMT")).toBe("2024-03-12T18:15:00+00:00");
    expect(parseDate("2021-05-04T07:45:00+05:30")).toBe("2021-05-04T07:45:00+05:30");
    expect(parseDate("2021-05-04T02:15:00Z")).toBe("2021-05-04T02:15:00+00:00");
  });

  it("keeps a date without time as a calendar date and leaves an unknown zone out", () => {
    expect(parseDate("date 2021-05-04 Japanese Foreign Minister")).toBe("2021-05-04");
    expect(parseDate("4th of July 2019")).toBe("2019-07-04");
    expect(parseDate("May 4, 2021 07:45")).toBe("2021-05-04T07:45:00");
  });

  it("rejects impossible dates and text without one", () => {
    expect(parseDate("2021-02-30")).toBeUndefined();
    expect(parseDate("The meeting took place in London.")).toBeUndefined();
  });

  it("reports where the date was printed", () => {
    const text = "date 2021-05-04 Body";
    const found = findDate(text)!;
    expect(text.slice(found.start, found.end)).toBe("2021-05-04");
  });

  it("reads dotted day-first dates as German and other European sites print them, and leaves slashed ones alone", () => {
    expect(parseDate("Aktualisiert am 17.01.2021.")).toBe("2021-01-17");
    expect(parseDate("03.05.2021, 07:45 Uhr")).toBe("2021-05-03T07:45:00");
    expect(parseDate("Veröffentlicht am 4.5.2021 um 9:30")).toBe("2021-05-04T09:30:00");
    expect(parseDate("Version 3.14.2021")).toBeUndefined();
    expect(parseDate("News date : 04/21/2022")).toBeUndefined();
  });
});
