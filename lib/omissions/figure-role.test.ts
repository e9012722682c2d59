import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { figureRole, sameRole } from "./figure-role";
import { extractNumbers } from "./numbers";

// Invented sentences. The role of each figure in a sentence, in order ("-" when no word next to it says).
function rolesIn(sentence: string): string[] {
  const tokens = tokenize(sentence);
  return extractNumbers(sentence, tokens).map((m) => `${m.surface}:${figureRole(tokens, sentence, m.start, m.end) ?? "-"}`);
}

describe("figureRole: what happens to what a figure counts", () => {
  it("reads a level held and a change, before the figure past bounds", () => {
    expect(rolesIn("The Greens will hold at least 42 seats in the assembly.")).toEqual(["42:level"]);
    expect(rolesIn("The Greens have lost nearly 15 seats since the last vote.")).toEqual(["15:loss"]);
    expect(rolesIn("The Greens lost more than 15 seats.")).toEqual(["15:loss"]);
    expect(rolesIn("The Greens may win up to 42 seats.")).toEqual(["42:level"]);
    expect(rolesIn("The Greens picked up 6 seats.")).toEqual(["6:gain"]);
    expect(rolesIn("The party remains in opposition with 38 seats.")).toEqual(["38:level"]);
    expect(rolesIn("Turnout was up 4 percent on the last election.")).toEqual(["4:gain"]);
    expect(rolesIn("The party won 12 more seats than last time.")).toEqual(["12:gain"]);
    expect(rolesIn("The council cut its roads budget by $6 million.")).toEqual(["$6 million:loss"]);
  });

  it("reads what befell the things counted, after the counted noun past auxiliaries", () => {
    expect(rolesIn("Seven people were killed and 43 were hurt when the ferry capsized.")).toEqual(["Seven:death", "43:injury"]);
    expect(rolesIn("The storm left 12 people dead.")).toEqual(["12:death"]);
    // Lives lost are deaths, not a loss of something counted; homes lost are.
    expect(rolesIn("Seven people lost their lives and 12 lives were lost at sea.")).toEqual(["Seven:death", "12:death"]);
    expect(rolesIn("Seven people lost their homes.")).toEqual(["Seven:loss"]);
    expect(rolesIn("Rescuers said 12 people remain missing.")).toEqual(["12:missing"]);
    expect(rolesIn("A van struck a crowd, injuring four people.")).toEqual(["four:injury"]);
  });

  it("reads where the people counted were, and a count opening the cause of a change as that change", () => {
    expect(rolesIn("About 140 people were working the night shift at the mill.")).toEqual(["140:presence"]);
    expect(rolesIn("About 140 workers were on the night shift at the mill.")).toEqual(["140:presence"]);
    expect(rolesIn("Some 300 residents were evacuated and 12 were rescued from the river.")).toEqual(["300:evacuation", "12:rescue"]);
    expect(rolesIn("Fifteen people have now died.")).toEqual(["Fifteen:death"]);
    expect(rolesIn("The toll rose to 15 on Monday after three workers died in hospital.")).toEqual(["15:death", "Monday:-", "three:gain"]);
    // No change before it in its sentence: a toll.
    expect(rolesIn("Shares rose. After 12 people died, the firm apologised.")).toEqual(["12:death"]);
  });

  it("reads a figure a toll reaches as what the toll counts, the toll standing before its verb", () => {
    expect(rolesIn("The death toll from Friday's explosion at the Hartwell refinery rose to 15 on Monday.")).toEqual(["15:death", "Monday:-"]);
    expect(rolesIn("The toll stood at 9 late on Sunday, the coastguard said.")).toEqual(["9:death", "Sunday:-"]);
    expect(rolesIn("The number of injured climbed to at least 40 by Tuesday.")).toEqual(["40:injury", "Tuesday:-"]);
    expect(rolesIn("A second collapse brought the death toll to 15.")).toEqual(["second:-", "15:death"]);
    expect(rolesIn("The number of people still missing has now risen to 12.")).toEqual(["12:missing"]);
    expect(rolesIn("Deaths from the outbreak reached 30 this week.")).toEqual(["30:death"]);
    // A number of things nothing befell is no toll, nor a toll in money, nor "casualties" (the dead and the hurt).
    expect(rolesIn("The number of stores rose to 412 last year.")).toEqual(["412:-"]);
    expect(rolesIn("The economic toll reached $5 billion.")).toEqual(["$5 billion:-"]);
    expect(rolesIn("The bridge toll rose to 15 dollars in March.")).toEqual(["15 dollars:-"]);
    expect(rolesIn("The toll rose to 15 percent of the fare.")).toEqual(["15:-"]);
    expect(rolesIn("Casualties reached 30 by nightfall.")).toEqual(["30:-"]);
  });

  it("reads nothing it does not know, nor past a comma, nor a bound or a level reached for a change", () => {
    expect(rolesIn("A van struck four people near the market.")).toEqual(["four:-"]);
    expect(rolesIn("The Greens lost, and 42 seats went to the Liberals.")).toEqual(["42:-"]);
    expect(rolesIn("Up to 42 seats could change hands.")).toEqual(["42:-"]);
    expect(rolesIn("The delegations met for 40 minutes.")).toEqual(["40 minutes:-"]);
  });
});

describe("sameRole", () => {
  it("keeps apart figures whose words mean different things, and pairs a figure whose word is not known with any", () => {
    expect(sameRole("level", "loss")).toBe(false);
    expect(sameRole("gain", "loss")).toBe(false);
    expect(sameRole("death", "injury")).toBe(false);
    expect(sameRole("death", "death")).toBe(true);
    expect(sameRole(undefined, "injury")).toBe(true);
    expect(sameRole("loss", undefined)).toBe(true);
  });
});
