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
});
