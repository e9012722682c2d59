import { describe, expect, it } from "vitest";
import { detachedReviewsNote, independentReportsNote, moreRowsNote, notComparedNote, storyFlagsIntro } from "./story-phrases";

describe("the note under an article's figure", () => {
  it("says how many articles in another language are not counted, in the singular for one", () => {
    expect(notComparedNote(0)).toBeNull();
    expect(notComparedNote(1)).toBe("1 article in another language not counted");
    expect(notComparedNote(2)).toBe("2 articles in another language not counted");
  });
});

describe("the story page's counted phrases", () => {
  it("introduce the story's flags in words that fit one, two or more independent reports", () => {
    expect(storyFlagsIntro(1)).toBe("What most of a story's independent reports carry and some leave out, most important first.");
    expect(storyFlagsIntro(1)).not.toMatch(/\b1 independent reports?\b/);
    expect(storyFlagsIntro(2)).toBe("What each of the 2 independent reports leaves out that the other carries, most important first.");
    expect(storyFlagsIntro(5)).toBe("What most of the 5 independent reports carry and some leave out, most important first.");
  });

  it("say that figures the reports give differently are listed too, when the list has one", () => {
    expect(storyFlagsIntro(5, true)).toBe("What most of the 5 independent reports carry and some leave out, most important first. Figures they give differently are listed too.");
  });

  it("count the matrix rows left for the exports in the singular for one", () => {
    expect(moreRowsNote(1, 1)).toBe("Showing 1 row, gaps first; 1 more row that every source or only one source reports is in the exports.");
    expect(moreRowsNote(40, 3)).toBe("Showing 40 rows, gaps first; 3 more rows that every source or only one source reports are in the exports.");
  });
});

describe("reviews whose item the story no longer lists", () => {
  it("are counted and said to be kept, rather than vanishing without a word (the tester's dismissed item after an article joined)", () => {
    const items = ["coverage:entity:dev rao|ministry+northern-star", "coverage:entity:paul hendry|ledger"];
    expect(detachedReviewsNote(["coverage:entity:dev rao|ministry+northern-star"], items)).toBeNull();
    expect(detachedReviewsNote([], items)).toBeNull();
    expect(detachedReviewsNote(["coverage:entity:dev rao|ministry+northern-star", "coverage:passage:eighteen|gazette+wire+courier"], items)).toBe(
      "1 earlier review is of an item this story no longer lists, since its articles changed; kept, it shows again if the item comes back.",
    );
    expect(detachedReviewsNote(["x", "y"], items)).toBe("2 earlier reviews are of items this story no longer lists, since its articles changed; kept, they show again if the items come back.");
  });
});

describe("the count of a story's independent reports", () => {
  const original = { copyOf: null, compared: true };
  it("says which articles it leaves out, so the numbers add up to the articles", () => {
    expect(independentReportsNote([original, original])).toBeNull();
    // QA round 4: 7 articles, "6 independent reports", and nothing said why.
    expect(independentReportsNote([original, original, original, original, original, original, { copyOf: "Meridian Press", compared: true }])).toBe(
      "6 independent reports (1 syndicated copy counted with its original)",
    );
    expect(independentReportsNote([original, { copyOf: "A", compared: true }, { copyOf: "A", compared: true }, { copyOf: null, compared: false }])).toBe(
      "1 independent report (2 syndicated copies counted with their originals; 1 article in another language not compared)",
    );
  });
});
