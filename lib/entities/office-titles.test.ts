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
