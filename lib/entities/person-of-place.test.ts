import { describe, expect, it } from "vitest";
import { resolveEntities, resolveEntitiesAcross } from "./resolve-entities";

const names = (text: string) => resolveEntities(text).map((e) => e.canonical).sort();

describe("a person's name, then 'of' and a place", () => {
  it("is the person and the place, whatever the surname ends in", () => {
    // Invented court reports: a given name any list knows, and a surname ending in "s".
    expect(names("The suit was filed for a customer, Karen Mills of Toledo, on Tuesday.")).toEqual(["Karen Mills", "Toledo"]);
    expect(names("A retired teacher, Gavin Peters of Akron, joined the suit.")).toEqual(["Akron", "Gavin Peters"]);
    // An unknown given name: a known place after "of" says the same.
    expect(names("Lead plaintiff Xiomara Evans of Ohio said little.")).toEqual(["Ohio", "Xiomara Evans"]);
  });

  it("lets another article's 'A Toledo woman, Karen Mills' carry both", () => {
    const across = resolveEntitiesAcross([
      "The suit was filed for a customer, Karen Mills of Toledo, on Tuesday.",
      "A Toledo woman, Karen Mills, filed the suit on Tuesday.",
    ]);
    expect(across.filter((e) => e.counts.some((n) => n === 0)).map((e) => e.canonical)).toEqual([]);
  });

  it("keeps names that hold 'of' whole", () => {
    expect(names("She studied at the University of Toledo and banked with Bank of America.")).toEqual(["Bank of America", "University of Toledo"]);
    expect(names("A report by the Department of Health was cited by the Joint Chiefs of Staff.")).toEqual(["Department of Health", "Joint Chiefs of Staff"]);
    expect(names("On Monday Mayor Ed Murray of Seattle spoke.")).toEqual(["Ed Murray", "Seattle"]);
  });
});
