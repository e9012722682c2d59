import { describe, expect, it } from "vitest";
import { buildCoverage } from "../lib/omissions/coverage";
import { passagesFromBlocks } from "../lib/omissions/fixtures/seed-passages";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatCoverageText, storyCoverage } from "./story-coverage";

const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);

describe("formatCoverageText", () => {
  it("prints a figure the sources disagree on as such, with what ranks it and not the figures twice", () => {
    const coverage = buildCoverage([
      { id: "a", label: "Evening Post", passages: body("Nine workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.") },
      { id: "b", label: "Ashby Wire", passages: body("Seven workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.") },
      { id: "c", label: "Radio Ashby", passages: body("Seven workers were injured when scaffolding collapsed at the Delmont tower site on Tuesday, according to the fire service.") },
    ]);
    const line = formatCoverageText(coverage).split("\n").find((l) => /Figures differ/.test(l));
    expect(line).toMatch(/^ {2}\[high\] Figures differ: Seven workers in Ashby Wire, Radio Ashby; Nine workers in Evening Post \(“.*”\) \(in 3 ledes\)$/);
  });

  it("numbers one outlet's several inputs in the order given, as a story numbers its articles", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "lacuna-coverage-"));
    try {
      const page = (site: string, title: string, lede: string) =>
        `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="${site}"></head><body><article><h1>${title}</h1>` +
        `<p>${lede} Twelve workers were killed when a fire tore through the Halvorsen Plastics plant in Brackley late on Friday, officials said.</p>` +
        `<p>Fire chief Marianne Dole said crews fought the blaze for six hours before it was brought under control on Saturday morning.</p></article></body></html>`;
      const files = [
        ["wire1.html", page("Meridian Press", "Twelve killed in Brackley fire", "BRACKLEY (Meridian Press) -")],
        ["courier.html", page("Daily Courier", "Twelve die in factory blaze", "By our reporter.")],
        ["wire2.html", page("Meridian Press", "Brackley toll rises", "BRACKLEY, Dec 7 (Meridian Press) -")],
      ];
      for (const [name, html] of files) await writeFile(path.join(dir, name!), html!);
      const coverage = await storyCoverage(files.map(([name]) => path.join(dir, name!)));
      expect(coverage.sources.map((s) => s.label)).toEqual(["Meridian Press (1)", "Daily Courier", "Meridian Press (2)"]);
      expect(formatCoverageText(coverage)).toContain("Sources: [1] Meridian Press (1)  [2] Daily Courier  [3] Meridian Press (2)");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
