import { describe, expect, it } from "vitest";
import { nameSides } from "./name-sides";

const labels = { a: "ANI", b: "Kyodo News" };

describe("nameSides", () => {
  it("names the outlets where the analysis wrote A and B", () => {
    expect(nameSides("Only in B (passage 2); A has no counterpart", labels)).toBe("Only in Kyodo News (passage 2); ANI has no counterpart");
    expect(nameSides("“China” appears 5× in A, never in B", labels)).toBe("“China” appears 5× in ANI, never in Kyodo News");
    expect(nameSides("in B's headline and lede", labels)).toBe("in Kyodo News's headline and lede");
  });

  it("leaves other capital letters alone", () => {
    expect(nameSides("Plan A of the U.S. and a B-52 bomber", labels)).toBe("Plan A of the U.S. and a B-52 bomber");
    expect(nameSides("Quotation from Department of Defense only in B", labels)).toBe("Quotation from Department of Defense only in Kyodo News");
  });

  it("puts a name in whole, never reading its own words as a side letter", () => {
    const titled = { a: "Gazette (“Fire in A wing”)", b: "Gazette (“B shift says 3 in B died”)" };
    expect(nameSides("only in B; A has no counterpart", titled)).toBe("only in Gazette (“B shift says 3 in B died”); Gazette (“Fire in A wing”) has no counterpart");
  });
});

describe("nameSides on a sentence that already names the sides", () => {
  it("reads no side letter in a name the analysis wrote itself", () => {
    const titled = { a: "Gazette (“Patients wait in A&E”)", b: "Gazette (“Ward B closes”)" };
    expect(nameSides("3 mentions in Gazette (“Patients wait in A&E”), none in Gazette (“Ward B closes”)", titled)).toBe(
      "3 mentions in Gazette (“Patients wait in A&E”), none in Gazette (“Ward B closes”)",
    );
  });

  it("still names the letters of a side the analysis had no name for", () => {
    expect(nameSides("3 mentions in A, none in Kyodo News", { a: "Talks open (title)", b: "Kyodo News" })).toBe("3 mentions in Talks open (title), none in Kyodo News");
  });
});
