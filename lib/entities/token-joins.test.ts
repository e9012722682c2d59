import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { joinable } from "./token-joins";

/** Whether the words `a` and `b` (in that order, next to each other) may stand in one name in `text`. */
function joins(text: string, a: string, b: string): boolean {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t, i) => t.surface === a && tokens[i + 1]?.surface === b);
  if (k < 0) throw new Error(`${a} ${b} not found`);
  return joinable(text, tokens[k]!, tokens[k + 1]!);
}

describe("joinable", () => {
  it("joins words a space apart, and an initial or a title's point to the next word", () => {
    expect(joins("Attorney General Eric H. Holder said", "Eric", "H")).toBe(true);
    expect(joins("Attorney General Eric H. Holder said", "H", "Holder")).toBe(true);
    expect(joins("Gen. Mark Milley said", "Gen", "Mark")).toBe(true);
  });

  it("ends a name at a possessive, unless the possessive is a word of the name", () => {
    expect(joins("Trump's Lawyer Rudy Giuliani", "Trump's", "Lawyer")).toBe(false);
    expect(joins("the People's Daily reported", "People's", "Daily")).toBe(true);
  });

  it("ends a name at the point of Jr., at a hashtag and at other punctuation", () => {
    expect(joins("Thomas J. Bliley Jr. Reaching out, he said", "Jr", "Reaching")).toBe(false);
    expect(joins("#Browns Greedy Williams", "Browns", "Greedy")).toBe(false);
    expect(joins("Ohio, Michigan", "Ohio", "Michigan")).toBe(false);
  });
});
