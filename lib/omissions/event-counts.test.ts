import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { eventCountOf, eventCountsDiffer, type EventCount } from "./event-counts";
import { figureRole } from "./figure-role";

/** The event count of `figure` (as written, its first occurrence) in `text`, of the amount `amount`. */
function countIn(text: string, figure: string, amount: number): EventCount | undefined {
  const tokens = tokenize(text);
  const start = text.indexOf(figure);
  const end = start + figure.length;
  return eventCountOf(tokens, text, start, end, figureRole(tokens, text, start, end), amount);
}

describe("eventCountOf", () => {
  it("reads what befell people, the noun counted and a bound", () => {
    expect(countIn("Twelve workers were killed in the blast.", "Twelve", 12)).toEqual({ role: "death", noun: "worker", amount: 12, low: 12, high: 12 });
    // The noun is the head of what follows the figure: "construction workers" are workers.
    expect(countIn("The blast killed 12 construction workers.", "12", 12)).toMatchObject({ role: "death", noun: "worker" });
    expect(countIn("The blast killed 12, officials said.", "12", 12)).toMatchObject({ role: "death", noun: undefined });
    expect(countIn("Police arrested at least 30 protesters on Sunday.", "30", 30)).toMatchObject({ role: "arrest", low: 30, high: Number.POSITIVE_INFINITY });
    expect(countIn("Up to 400 residents were evacuated overnight.", "400", 400)).toMatchObject({ role: "evacuation", low: 0, high: 400 });
  });

  it("reads no count of the event in a level, another time or event, an increment", () => {
    expect(countIn("The Greens will hold 42 seats in the assembly.", "42", 42)).toBeUndefined();
    expect(countIn("About 140 people were working the night shift.", "140", 140)).toBeUndefined();
    expect(countIn("Last year nine people died at the same plant.", "nine", 9)).toBeUndefined();
    expect(countIn("Nine people died in a similar blast in 2019.", "Nine", 9)).toBeUndefined();
    expect(countIn("Another two workers died in hospital.", "two", 2)).toBeUndefined();
    expect(countIn("Two other workers were injured.", "Two", 2)).toBeUndefined();
    expect(countIn("The police chief said there were six arrests on Wednesday, compared to 47 the previous night.", "six", 6)).toBeUndefined();
  });
});

describe("eventCountsDiffer", () => {
  const count = (amount: number, more: Partial<EventCount> = {}): EventCount => ({ role: "death", amount, low: amount, high: amount, ...more });
  it("sets two different counts of the same people against each other", () => {
    expect(eventCountsDiffer(count(12, { noun: "worker" }), count(15))).toBe(true);
    expect(eventCountsDiffer(count(12, { noun: "worker" }), count(15, { noun: "peopl" }))).toBe(true);
    expect(eventCountsDiffer(count(12, { noun: "worker" }), count(12))).toBe(false);
  });

  it("does not set another role, another group, a far part or a bound met against a count", () => {
    expect(eventCountsDiffer(count(12), count(15, { role: "injury" }))).toBe(false);
    expect(eventCountsDiffer(count(12, { noun: "miner" }), count(15, { noun: "rescuer" }))).toBe(false);
    expect(eventCountsDiffer(count(3, { noun: "child" }), count(15, { noun: "peopl" }))).toBe(false);
    // More than twice apart: two counts (one night's arrests and another's), not one told twice.
    expect(eventCountsDiffer(count(6, { role: "arrest" }), count(47, { role: "arrest" }))).toBe(false);
    expect(eventCountsDiffer(count(6, { role: "arrest" }), count(9, { role: "arrest" }))).toBe(true);
    expect(eventCountsDiffer(count(12, { high: Number.POSITIVE_INFINITY }), count(15))).toBe(false);
    expect(eventCountsDiffer(count(15, { high: Number.POSITIVE_INFINITY }), count(12))).toBe(true);
    expect(eventCountsDiffer(count(20, { low: 0 }), count(15))).toBe(false);
  });
});
