import { describe, expect, it } from "vitest";
import { storedBlocks } from "./stored-blocks";

describe("storedBlocks", () => {
  it("gives each stored block its role back, a credits line included, and unknown roles as body", () => {
    const text = "Dock workers kept the port shut.\n\n(Reporting by Ines Albanese)\n\nTalks resume on Monday.";
    expect(storedBlocks(text, JSON.stringify(["body", "credit", "sidebar"]))).toEqual([
      { role: "body", text: "Dock workers kept the port shut." },
      { role: "credit", text: "(Reporting by Ines Albanese)" },
      { role: "body", text: "Talks resume on Monday." },
    ]);
  });

  it("gives a press release's 'About' section its role back", () => {
    const text = "Acme will open 40 clinics.\n\nAbout Acme\n\nAcme is a pharmacy chain.";
    expect(storedBlocks(text, JSON.stringify(["body", "boilerplate", "boilerplate"])).map((b) => b.role)).toEqual(["body", "boilerplate", "boilerplate"]);
  });
});
