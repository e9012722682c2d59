import { describe, expect, it } from "vitest";
import { aliasIndexFor } from "./alias-index";
import { headlineReader } from "./headline-names";

const index = aliasIndexFor(undefined);
const japan = { canonical: "Japan", surfaces: ["Japan"], type: "place" as const };
const us = { canonical: "United States", surfaces: ["U.S."], type: "place" as const };
const blinken = { canonical: "Antony J. Blinken", surfaces: ["Antony Blinken", "Blinken"], type: "person" as const };
const china = { canonical: "China", surfaces: ["China"], type: "place" as const };

describe("headlineReader", () => {
  it("reads capitals used for their governments as the countries", () => {
    const named = headlineReader("Tokyo and Washington close ranks in London", index);
    expect(named(japan)).toBe(true);
    expect(named(us)).toBe(true);
    expect(named(china)).toBe(false);
  });

  it("finds a person by surname, and a name as written", () => {
    expect(headlineReader("Blinken presses Motegi on Taiwan", index)(blinken)).toBe(true);
    expect(headlineReader("Japan, US agree to step up cooperation against China", index)(china)).toBe(true);
  });

  it("does not read the pronoun 'us' or a lower-case word as a name", () => {
    expect(headlineReader("What the talks mean for us", index)(us)).toBe(false);
    expect(headlineReader("A blinken of an eye", index)(blinken)).toBe(false);
    expect(headlineReader(undefined, index)(japan)).toBe(false);
  });
});
