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
});
