import { describe, expect, it } from "vitest";
import { wordRarity } from "../similarity/word-rarity";
import { tokenize } from "../text/tokens";
import { headlineCarry, type HeadlineWord, type PassageWords } from "./headline-carry";

const carriesHeadline = (headline: readonly HeadlineWord[], passages: readonly PassageWords[]) => headlineCarry(headline, passages) !== undefined;

/** A headline's content words as the rule reads them; `keys` are its names' and figures' words. */
function headline(title: string, keys: readonly string[] = []): HeadlineWord[] {
  return tokenize(title)
    .filter((t) => t.isContent)
    .map((t) => ({ norm: t.norm, stem: t.stem, weight: wordRarity(t.norm, t.isNumber), key: keys.includes(t.norm) }));
}

/** A passage's words, `novel` those the other side never says. */
function passage(text: string, novel: readonly string[], titled = true): PassageWords {
  return { held: new Set(tokenize(text).filter((t) => t.isContent).map((t) => t.stem)), novel: new Set(novel), titled };
}

const sirens = headline("Sirens at Hollins Creek were broken for months, county employees say", ["hollins", "creek"]);

describe("whether an item carries its headline's news", () => {
  it("carries it when a sentence restates the headline and the one word the other side never says is the headline's", () => {
    const restated = passage("The outdoor warning sirens in Hollins Creek had been broken for months, three county employees said.", ["outdoor", "sirens", "three"]);
    expect(headlineCarry(sirens, [restated])).toBe("restated");
    // Only the sentence the item is titled by: one grouped under another title is read as that title's.
    const titledAside = passage("Crews began clearing debris on Monday.", ["crews", "debris"]);
    const grouped = { ...restated, titled: false };
    expect(headlineCarry(sirens, [titledAside, grouped])).toBe(undefined);
  });

  it("does not for one word shared and nothing else of the headline, however rare the word", () => {
    const explosion = headline("Explosion at Halden refinery kills four, injures 23", ["halden", "four", "23"]);
    expect(carriesHeadline(explosion, [passage("The cause of the explosion was not immediately known.", ["cause", "explosion", "immediately"])])).toBe(false);
    // "officials" is as rare in everyday English as "sirens": only the restating tells the headline's news.
    const officials = headline("State officials say sirens at Hollins Creek were broken", ["hollins", "creek"]);
    expect(carriesHeadline(officials, [passage("Officials from the state emergency agency will send inspectors.", ["state", "agency", "inspectors"])])).toBe(false);
    expect(carriesHeadline(officials, [passage("Local officials said the cleanup would take weeks.", ["officials", "cleanup"])])).toBe(false);
  });

  it("does not when the headline's words are spread over sentences grouped together, the new word in another", () => {
    const restatedWithoutNews = passage("Hollins Creek county employees said the equipment had been broken for months.", ["equipment"]);
    const sirensAside = passage("The sirens were installed in 1998.", ["sirens", "installed"]);
    expect(carriesHeadline(sirens, [restatedWithoutNews, sirensAside])).toBe(false);
    expect(carriesHeadline(sirens, [restatedWithoutNews])).toBe(false);
  });

  it("carries it with two of the headline's words the other side never says, or one of its names or figures", () => {
    // Said so, but not the headline's news told again: a sentence around it.
    expect(headlineCarry(sirens, [passage("Employees said the sirens were silent.", ["employees", "sirens", "silent"])])).toBe("news");
    expect(headlineCarry(sirens, [passage("Hollins Creek has no shelter.", ["hollins", "shelter"])])).toBe("news");
    expect(carriesHeadline(sirens, [passage("Nothing of it here.", ["nothing"])])).toBe(false);
  });
});
