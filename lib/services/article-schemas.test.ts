import { describe, expect, it } from "vitest";
import { firstIssue, pastedArticleSchema } from "./article-schemas";

const problem = (input: unknown) => {
  const parsed = pastedArticleSchema.safeParse(input);
  return parsed.success ? null : firstIssue(parsed.error, input);
};

describe("pasted-article messages", () => {
  it("names a missing or mistyped field (an import line, a script's request)", () => {
    expect(problem({ title: "No outlet", text: "Ministers met." })).toBe('"outlet" is missing.');
    expect(problem({ outlet: "ANI", text: 42 })).toBe('"text" must be text.');
  });

  it("keeps the field's own message for a value of the right type", () => {
    expect(problem({ outlet: "  ", text: "Ministers met." })).toBe("Name the outlet (e.g. ANI, Kyodo News, State Department).");
    expect(problem({ outlet: "ANI", text: "Ministers met.", url: "ftp://x.example" })).toBe("The URL must start with http:// or https://.");
  });

  it("refuses a publication date that can only be a typo, and takes today's and an outlet's tomorrow", () => {
    const dated = (publishedAt: string) => problem({ outlet: "ANI", text: "Ministers met.", publishedAt });
    expect(dated("0001-01-01")).toBe("The date is before 1600; check the year.");
    expect(dated("9999-12-31")).toBe("The date is in the future; give the day the article was published.");
    expect(dated("2021-05-04")).toBeNull();
    expect(dated("1789-07-14")).toBeNull();
    const day = 24 * 60 * 60 * 1000;
    expect(dated(new Date(Date.now() + day).toISOString().slice(0, 10))).toBeNull();
    expect(dated(new Date(Date.now() + 5 * day).toISOString().slice(0, 10))).toMatch(/in the future/);
    expect(dated("May 4th")).toBe("The date is not a date Lacuna can read; use YYYY-MM-DD.");
    // Only ISO dates, and only days the calendar has.
    expect(dated("03/11/2026")).toBe("The date is not a date Lacuna can read; use YYYY-MM-DD.");
    expect(dated("2026-02-30")).toBe("That day does not exist; check the day and the month.");
    expect(dated("2024-02-29")).toBeNull();
    expect(dated("2021-05-04T09:30:00Z")).toBeNull();
    expect(dated("2021-05-04T09:30:00+09:00")).toBeNull();
  });
});
