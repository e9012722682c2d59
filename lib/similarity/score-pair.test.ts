import { describe, expect, it } from "vitest";
import { prepareSentence, scorePair, scorePrepared } from "./score-pair";

// Two outlets' takes on one invented event, written for these tests.
const WIRE = "Finance Minister Ana Duarte said on Monday that Portugal will cut fuel taxes by 10 percent from July to ease pressure on households.";
const REWRITE = "Portugal is to lower fuel taxes by 10 percent starting in July, Finance Minister Ana Duarte announced on Monday, to relieve households.";
const LONGER =
  "Finance Minister Ana Duarte said on Monday that Portugal will cut fuel taxes by 10 percent from July, a measure opposition parties called too small while the central bank warned it would widen the budget deficit to 3.4 percent of output.";
const UNRELATED = "Heavy rain flooded several districts of Porto overnight, and firefighters rescued dozens of residents from their homes.";

describe("scorePair", () => {
  it("calls sentences identical when they differ only in quote style, dashes and case", () => {
    const verdict = scorePair("“We will not back down,” Duarte said — twice.", '"we will not back down," DUARTE said - twice.');
    expect(verdict).toEqual({ score: 1, kind: "identical", same: true });
  });

  it("treats numbers written in words or with a different percent style as identical", () => {
    expect(scorePair("Three ministers resigned after sales fell 5 per cent.", "3 ministers resigned after sales fell 5%.").kind).toBe("identical");
    // A hyphenated number is one number: "Forty-three" is 43, not 40 and 3.
    expect(scorePair("Forty-three people were hurt in the crash.", "43 people were hurt in the crash.").kind).toBe("identical");
    expect(scorePair("Forty-three people were hurt in the crash.", "45 people were hurt in the crash.").kind).not.toBe("identical");
  });

  it("recognises a reworded report of the same facts as the same content", () => {
    const verdict = scorePair(WIRE, REWRITE);
    expect(verdict.same).toBe(true);
    expect(verdict.kind).toBe("paraphrase");
    expect(verdict.score).toBeGreaterThan(0.5);
  });

  it("calls a lightly edited sentence near, not paraphrase", () => {
    const verdict = scorePair(WIRE, WIRE.replace("on Monday", "on Monday evening"));
    expect(verdict.kind).toBe("near");
    expect(verdict.same).toBe(true);
  });

  it("calls a sentence that adds a lot of its own content partial", () => {
    const verdict = scorePair(WIRE, LONGER);
    expect(verdict.same).toBe(false);
    expect(verdict.kind).toBe("partial");
  });

  it("does not align unrelated sentences", () => {
    const verdict = scorePair(WIRE, UNRELATED);
    expect(verdict.kind).toBeNull();
    expect(verdict.same).toBe(false);
    expect(verdict.score).toBeLessThan(0.15);
  });

  it("scores a changed figure below the same sentence with the same figure", () => {
    const changed = scorePair(WIRE, WIRE.replace("10 percent", "15 percent"));
    const reworded = scorePair(WIRE, WIRE.replace("to ease pressure on", "to help"));
    expect(changed.kind).not.toBe("identical");
    expect(changed.score).toBeLessThan(reworded.score);
  });

  it("never calls a sentence the same as its negation", () => {
    const verdict = scorePair("The central bank raised interest rates on Thursday.", "The central bank did not raise interest rates on Thursday.");
    expect(verdict.same).toBe(false);
    expect(verdict.kind).toBe("partial");
    const noDecision = scorePair(
      "Officials said decisions had been made about how many troops would be moved from the base.",
      "Officials said no decisions had been made about how many troops would be moved from the base.",
    );
    expect(noDecision.same).toBe(false);
  });

  it("does not take a refusal for a flipped negation: declining to comment is having no comment", () => {
    const verdict = scorePair(
      "Jordan Green, the attorney for the former mayor, declined to comment on the indictment on Friday.",
      "Jordan Green, the attorney for the former mayor, had no comment on the indictment on Friday.",
    );
    expect(verdict.same).toBe(true);
  });

  it("reads 'did not … until' as when it happened, not as a denial", () => {
    const until = "Millbrook council did not reopen the river bridge to traffic until Friday, nine days after the flood.";
    const only = "The council only reopened the river bridge to traffic on Friday, nine days after the flood.";
    expect(prepareSentence(until).negations).toBe(0);
    expect(scorePair(until, only).same).toBe(true);
    // Without "until" the negation denies: the bridge was not reopened.
    const denied = scorePair("Millbrook council did not reopen the river bridge to traffic on Friday, nine days after the flood.", only);
    expect(denied.same).toBe(false);
  });

  it("does not veto a negation about something the other side never says", () => {
    const verdict = scorePair(
      "Hundreds of thousands marched through Hong Kong on Tuesday, which has not seen such a protest since 1989.",
      "Hundreds of thousands marched through Hong Kong on Tuesday in the biggest protest since 1989.",
    );
    expect(verdict.same).toBe(true);
    // The same sentence with the negation about the march itself stays apart.
    const flipped = scorePair(
      "Hundreds of thousands marched through Hong Kong on Tuesday in the biggest protest since 1989.",
      "Hundreds of thousands never marched through Hong Kong on Tuesday in the biggest protest since 1989.",
    );
    expect(flipped.same).toBe(false);
  });

  it("weighs shared names and numbers above shared common words", () => {
    const names = scorePair("Duarte met Okonkwo in Lisbon on 4 May.", "Okonkwo and Duarte talked in Lisbon on 4 May.");
    const commonWords = scorePair("The people said the work was good.", "The people said the day was long.");
    expect(names.score).toBeGreaterThan(commonWords.score);
  });

  it("gives the same verdict whichever side is A", () => {
    expect(scorePair(LONGER, WIRE)).toEqual(scorePair(WIRE, LONGER));
    expect(scorePair(REWRITE, WIRE)).toEqual(scorePair(WIRE, REWRITE));
  });

  it("handles empty and punctuation-only input without aligning it", () => {
    expect(scorePair("", "")).toEqual({ score: 0, kind: null, same: false });
    expect(scorePair("", WIRE)).toEqual({ score: 0, kind: null, same: false });
    expect(scorePair("…", "—").kind).toBeNull();
  });

  it("gives the same verdict from prepared sentences as from text", () => {
    expect(scorePrepared(prepareSentence(WIRE), prepareSentence(REWRITE))).toEqual(scorePair(WIRE, REWRITE));
  });
});

describe("partial verdicts", () => {
  it("calls two sentences that share their distinctive names partial even when the rest is worded differently", () => {
    const verdict = scorePair(
      "The two ministers also discussed the insurgency in Mozambique and Cabo Delgado.",
      "Duarte and Okonkwo also held talks about the military situation in Mozambique and Cabo Delgado.",
    );
    expect(verdict.same).toBe(false);
    expect(verdict.kind).toBe("partial");
    expect(verdict.score).toBeGreaterThan(0.2);
  });

  it("does not call a passing mention of one shared name partial", () => {
    expect(scorePair("Duarte arrived in Lisbon late on Sunday.", "Okonkwo praised Duarte's handling of the fuel tax dispute with the unions.").kind).toBeNull();
  });
});
