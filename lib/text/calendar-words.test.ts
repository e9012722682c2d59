import { describe, expect, it } from "vitest";
import { MONTH_ABBREVIATIONS, MONTH_NAMES, shortDate, SHORT_MONTH_NAMES } from "./calendar-words";

describe("SHORT_MONTH_NAMES", () => {
  it("is the twelve months in calendar order, three letters, capitalised", () => {
    expect(SHORT_MONTH_NAMES).toEqual(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]);
  });

  it("starts each month's full name, and each is a dateline abbreviation but May (a whole name)", () => {
    SHORT_MONTH_NAMES.forEach((short, i) => expect(MONTH_NAMES[i]!.startsWith(short.toLowerCase())).toBe(true));
    expect(SHORT_MONTH_NAMES.filter((m) => !MONTH_ABBREVIATIONS.includes(m.toLowerCase()))).toEqual(["May"]);
  });
});

describe("shortDate", () => {
  it("writes the day and the month, and the year when given", () => {
    expect(shortDate(6, 12)).toBe("6 Dec");
    expect(shortDate(1, 1, 2026)).toBe("1 Jan 2026");
    expect(shortDate(31, 12, "2025")).toBe("31 Dec 2025");
  });
});
