import { describe, expect, it } from "vitest";
import { ArticleReading } from "./article-reading";
import { passagesFromBlocks } from "./fixtures/seed-passages";
import { COVERED } from "./passage-omissions";

const reading = (...paragraphs: string[]) => new ArticleReading(passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))));

const GOVERNOR = "Governor Miriam Tate declared a state of emergency for Marlow and Ashby County.";
const PLACES = ["Marlow", "Ashby County", "Alder Bend", "Greyford"];
/** A live blog's updates: the same few places and phrases in every one. */
const updates = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Crews reopened a road into ${PLACES[i % 4]}, state officials said in update number ${i + 1}. ` +
      `Crews asked the public to keep roads clear for emergency vehicles heading toward ${PLACES[(i + 1) % 4]}.`,
  );

function windowOf(text: string, article: ArticleReading): number {
  const words = reading(text).saidWords(text);
  return article.coverIndex().cover(words).window;
}

describe("passage cover", () => {
  it("does not let a long article's everywhere-words say a passage it never reports", () => {
    // Each update says "state", "emergency", "Marlow", "Ashby County": any two neighbours held most of the Governor's words.
    expect(windowOf(GOVERNOR, reading(...updates(40)))).toBeLessThan(COVERED);
  });

  it("still finds the passage in a long article that reports it", () => {
    const blog = updates(40);
    blog.splice(20, 0, "Governor Miriam Tate declared a state of emergency for Marlow and Ashby County on Saturday.");
    expect(windowOf(GOVERNOR, reading(...blog))).toBeGreaterThanOrEqual(0.9);
  });

  it("does not count one word of the other article as saying two synonyms of the passage", () => {
    // "declared" and "state" are WordNet synonyms: "state officials said" says "state", not "declared" as well.
    const short = reading("The dam gave way on Saturday, state officials said.", "Rescue crews searched the villages.");
    const text = "The governor declared a state of emergency.";
    const cover = short.coverIndex().cover(reading(text).saidWords(text));
    expect(cover.novel).toContain("declared");
    // A synonym the passage does not itself write still counts ("talks" / "discussions").
    const talks = reading("The ministers held discussions in London.");
    const said = "The ministers held talks in London.";
    expect(talks.coverIndex().cover(reading(said).saidWords(said)).window).toBeGreaterThanOrEqual(COVERED);
  });

});
