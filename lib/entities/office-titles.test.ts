import { describe, expect, it } from "vitest";
import { resolveEntities } from "./resolve-entities";

const names = (text: string) => resolveEntities(text).map((e) => e.canonical).sort();

describe("an office named by its portfolio", () => {
  it("reads the person after the office, and neither the portfolio nor the office as a name", () => {
    expect(names("The train derailed outside Kessingford, and Transport Minister Ruth Okafor resigned hours later.")).toEqual(["Kessingford", "Ruth Okafor"]);
    expect(names("Ruth Okafor has today resigned as Transport Minister, aides said.")).toEqual(["Ruth Okafor"]);
    expect(names("On Monday Commerce Secretary Gina Raimondo met Shadow Energy Secretary Ed Miliband.")).toEqual(["Ed Miliband", "Gina Raimondo"]);
    expect(names("She spoke to Veterans' Affairs Minister Darren Chester.")).toEqual(["Darren Chester"]);
  });

  it("keeps a body, a country or an acronym before an office as a name, and the portfolio of a body", () => {
    expect(names("On Monday Communist Party Secretary Li Wei arrived.")).toEqual(["Communist Party", "Li Wei"]);
    expect(names("Later Freedonia Foreign Minister Rufus Firefly arrived.")).toEqual(["Freedonia", "Rufus Firefly"]);
    expect(names("Then the Ministry of Transport said the Transport Ministry would act.")).toEqual(["Ministry of Transport"]);
    expect(names("A Tesla spokesman said Tesla CEO Elon Musk agreed.")).toEqual(["Elon Musk", "Tesla"]);
  });
});

describe("a city's office after the city's name", () => {
  it("names the city and the person, not a 'Dayton City', which took in every plain 'Dayton'", () => {
    const text = "Dayton City Commissioner Jane Roe said help desks would open. The chain was founded in Dayton in 1931.";
    const found = resolveEntities(text);
    expect(found.map((e) => e.canonical).sort()).toEqual(["Dayton", "Jane Roe"]);
    expect(found.find((e) => e.canonical === "Dayton")?.count).toBe(2);
    expect(names("Later Greyford Town Councillor Ann Bell spoke.")).toEqual(["Ann Bell", "Greyford"]);
  });

  it("keeps a city whose name ends in 'City', a county's name and a state's", () => {
    expect(names("Kansas City Commissioner Ann Bell agreed.")).toEqual(["Ann Bell", "Kansas City"]);
    expect(names("On Monday Salt Lake City Mayor Erin Lee spoke.")).toEqual(["Erin Lee", "Salt Lake City"]);
    expect(names("Montgomery County Sheriff Rob Streck said deputies were ready.")).toEqual(["Montgomery County", "Rob Streck"]);
    expect(names("Ohio State Senator Tom Fenwick called a hearing.")).toEqual(["Ohio", "Tom Fenwick"]);
  });

  it("folds no plain place name into a longer name that ends in a place's kind", () => {
    // Written only with its office elsewhere ("Jersey City Council"), a lone "Jersey" is not the city's first name.
    expect(names("Jersey City officials met. Later Jersey voters cheered.")).toEqual(["Jersey", "Jersey City"]);
  });
});
