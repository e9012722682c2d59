import { describe, expect, it } from "vitest";
import { unnamedSourceIn } from "./unnamed-source";

describe("unnamedSourceIn", () => {
  it("reads the description of a source the article does not name, before or after the verb", () => {
    expect(unnamedSourceIn("A senior administration official said the talks would resume.")).toBe("a senior administration official");
    expect(unnamedSourceIn("“We will not do it,” said a White House official who spoke on condition of anonymity.")).toBe("a White House official");
    expect(unnamedSourceIn("The deal is close, according to two people familiar with the negotiations.")).toBe("two people familiar with the negotiations");
    expect(unnamedSourceIn('"Scooter is frustrated," an insider told the outlet on Monday.')).toBe("an insider");
    expect(unnamedSourceIn("An aide to Sen. Smith told reporters the bill was dead.")).toBe("an aide to Sen. Smith");
    expect(unnamedSourceIn("Officials said the plan was dead.")).toBe("officials");
    // Staff are sources too: a radio station's exclusive rests on "two county employees".
    expect(unnamedSourceIn("The sirens had been out of service since August, according to two county employees.")).toBe("two county employees");
    expect(unnamedSourceIn("A police officer at the scene said the road was closed.")).toBe("a police officer at the scene");
  });

  it("reads, when asked for an opening subject only, none inside an apposition or an interjection", () => {
    expect(unnamedSourceIn(" said a White House official.", true)).toBe("a White House official");
    expect(unnamedSourceIn(" a senior official said on Friday.", true)).toBe("a senior official");
    expect(unnamedSourceIn("Faiz Shakir, the political director and an adviser to Senator Harry Reid, said so.", true)).toBeUndefined();
    expect(unnamedSourceIn("Mr. Morell, officials said, deleted it.", true)).toBeUndefined();
    expect(unnamedSourceIn("Mr. Morell, officials said, deleted it.")).toBe("officials");
    // A predicate describes someone; it is no subject.
    expect(unnamedSourceIn("Lauten, who at the time was a spokeswoman for a congressman, wrote on Facebook.")).toBeUndefined();
  });

  it("finds none where a document, a group or a named person speaks, or where the words are what is said", () => {
    expect(unnamedSourceIn("The letter said the House had been briefed.")).toBeUndefined();
    expect(unnamedSourceIn("Republicans said the bill would fail.")).toBeUndefined();
    expect(unnamedSourceIn("Sen. John Smith said the official report was late.")).toBeUndefined();
    expect(unnamedSourceIn("He said the officials were wrong.")).toBeUndefined();
    expect(unnamedSourceIn("He said the workers were owed two months' pay.")).toBeUndefined();
    expect(unnamedSourceIn("The talks ended on Monday without a deal.")).toBeUndefined();
  });
});
