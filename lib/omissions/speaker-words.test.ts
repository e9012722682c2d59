import { describe, expect, it } from "vitest";
import { prepareSentence } from "../similarity/prepare-sentence";
import { speakerCarriesMatch, speakerPhrases, speakerStems } from "./speaker-words";

const carries = (a: string, b: string) => speakerCarriesMatch(prepareSentence(a), prepareSentence(b), speakerStems(a), speakerStems(b));

describe("speakerPhrases", () => {
  it("reads the name and title at a speech verb, before it or after a closing quotation mark", () => {
    expect(speakerPhrases("Fire Chief Ann Ruiz said the warehouse fire was out by evening.")).toEqual(["Fire Chief Ann Ruiz"]);
    expect(speakerPhrases("“We are letting it burn down,” said Mayor Tom Hale, who visited the site.")).toEqual(["Mayor Tom Hale"]);
    expect(speakerPhrases("Senator Ada Price also said the panel would meet.")).toEqual(["Senator Ada Price"]);
  });

  it("does not read what is said as who says it", () => {
    // After an apposition's comma the capitalised words are the report, not its speaker.
    expect(speakerPhrases("Lena Holt, the port's safety adviser, said Harbour Master Ivo Lind had closed the quay.")).toEqual([]);
    // A verb inside a quotation is the speaker's words.
    expect(speakerPhrases("“Minister Ross said nothing,” a union official complained.")).toEqual([]);
  });
});

describe("speakerCarriesMatch", () => {
  it("is true when two sentences share little besides the speaker's name", () => {
    expect(carries("Fire Chief Ann Ruiz said the warehouse fire was out by evening.", "Fire Chief Ann Ruiz said 40 firefighters had worked through the evening.")).toBe(true);
  });

  it("is false when the sentences report the same thing, whoever is named", () => {
    expect(carries("The Safety Board said its investigators would arrive on Wednesday.", "The Safety Board is sending five investigators, who are expected to arrive on Wednesday morning.")).toBe(false);
    expect(carries("Fire Chief Ann Ruiz said the warehouse fire was out by evening.", "The warehouse fire was out by evening, Ruiz said.")).toBe(false);
    // No speaker named at a verb: nothing to set aside.
    expect(carries("The warehouse fire was out by evening.", "Crews worked through the evening.")).toBe(false);
  });
});
