import { describe, expect, it } from "vitest";
import { describePageChange, isUnchanged, pageChange } from "./page-change";

const day1 = {
  title: "Twelve dead in Brackley plastics plant fire",
  text: "Twelve people died in a fire at a plastics plant in Brackley.\n\nSix remain in a critical condition.\n\nThe fire began on the night shift.",
};
const day2 = {
  title: "Death toll in Brackley fire rises to fifteen",
  text: "Fifteen people have now died after a fire at a plastics plant in Brackley.\n\nThree remain in a critical condition.\n\nThe fire began on the night shift.\n\nCorrection: An earlier version of this article gave the death toll as twelve.",
};

describe("pageChange", () => {
  it("names a new headline and counts paragraphs changed, new and gone", () => {
    const change = pageChange(day1, day2);
    expect(change).toEqual({ headline: true, changed: 2, added: 1, removed: 0 });
    expect(describePageChange(change)).toBe("the headline and 3 paragraphs (2 changed, 1 new)");
  });

  it("counts a paragraph taken out as gone, without a headline change", () => {
    const shorter = { title: day1.title, text: day1.text.split("\n\n").slice(0, 2).join("\n\n") };
    expect(describePageChange(pageChange(day1, shorter))).toBe("1 paragraph (1 gone)");
  });

  it("sees no change in restyled quotes, dashes, case or spacing", () => {
    const restyled = { title: day1.title.toUpperCase(), text: day1.text.replace("Six remain", "Six  remain") };
    expect(isUnchanged(pageChange(day1, restyled))).toBe(true);
    expect(describePageChange(pageChange(day1, restyled))).toBe("");
  });

  it("counts a paragraph given twice as many times as it appears", () => {
    const repeated = { title: day1.title, text: `${day1.text}\n\nThe fire began on the night shift.` };
    expect(pageChange(day1, repeated)).toEqual({ headline: false, changed: 0, added: 1, removed: 0 });
  });
});
