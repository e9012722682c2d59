import { describe, expect, it } from "vitest";
import type { Comparison } from "../types/comparison";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison } from "./fixtures/sample-comparison";
import { oneArticleStory, thirtyArticleStory } from "./fixtures/sample-story";
import { reportFileName } from "./report-file-name";

function comparisonNamed(a: Partial<Comparison["a"]>, b: Partial<Comparison["b"]>): ReturnType<typeof buildComparisonReport> {
  const base = emptyComparison();
  return buildComparisonReport({ ...base, a: { ...base.a, ...a }, b: { ...base.b, ...b } }, new Map(), { generatedAt: "" });
}

const LEGAL = /^[a-z0-9][a-z0-9-]*[a-z0-9]\.[a-z0-9]+$/;

describe("reportFileName", () => {
  it("starts with the earlier article's date, then the title's words, then the outlets", () => {
    const model = comparisonNamed(
      { title: "Blinken, Motegi discuss China at G7 meeting", outlet: "ANI", publishedAt: "2021-05-05" },
      { title: "Talks", outlet: "Second report", publishedAt: "2021-05-04T22:00:00Z" },
    );
    expect(reportFileName(model, "md")).toBe("2021-05-04-blinken-motegi-discuss-china-at-g7-meeting-ani-vs-second-report.md");
  });

  it("strips characters that are illegal in file names anywhere", () => {
    const model = comparisonNamed({ title: 'A/B\\C: "who?" <said> |what|* ..', outlet: "CON:", publishedAt: null }, { outlet: "Ünï Çödé", publishedAt: null });
    const name = reportFileName(model, ".html");
    expect(name).toMatch(LEGAL);
    expect(name).toBe("a-b-c-who-said-what-con-vs-uni-code.html");
  });

  it("transliterates non-Latin titles instead of dropping them", () => {
    const model = comparisonNamed({ title: "Переговоры в Хабаровске", outlet: "ТАСС", publishedAt: "2021-05-04" }, { outlet: "Reuters" });
    expect(reportFileName(model, "pdf")).toBe("2021-05-04-peregovory-v-khabarovske-tass-vs-reuters.pdf");
  });

  it("caps the length at a word boundary", () => {
    const model = comparisonNamed({ title: "Extraordinarily ".repeat(40), outlet: "Outlet ".repeat(30) }, {});
    const name = reportFileName(model, "csv");
    expect(name.length).toBeLessThanOrEqual(104);
    expect(name).toMatch(LEGAL);
    expect(name).toMatch(/-outlet\.csv$/);
  });

  it("never yields an empty name or a Windows device name", () => {
    expect(reportFileName(comparisonNamed({ title: "", outlet: "" }, { title: "", outlet: "" }), "md")).toMatch(LEGAL);
    expect(reportFileName(buildStoryReport({ story: { title: "NUL" }, articles: [], flags: [] }), "md")).toBe("lacuna-report-nul.md");
  });

  it("names a story by its outlets, or their count when there are many", () => {
    expect(reportFileName(buildStoryReport(oneArticleStory()), "md")).toBe("2023-03-14-harbour-strike-port-gazette.md");
    expect(reportFileName(buildStoryReport(thirtyArticleStory()), "json")).toBe("2021-05-04-lisbon-talks-30-outlets.json");
  });

  it("counts a story's outlets, not its articles, and names an outlet with several articles once", () => {
    const article = (outlet: string, day: string) => ({ title: "x", outlet, url: null, publishedAt: `2026-12-0${day}` });
    const five = ["Meridian Press", "Meridian Press", "Daily Courier", "Northline News", "Brackley Gazette", "Ministry of Labour"].map((o, i) => article(o, String(6 + (i % 2))));
    expect(reportFileName(buildStoryReport({ story: { title: "Brackley plastics plant fire" }, articles: five, flags: [] }), "md")).toBe("2026-12-06-brackley-plastics-plant-fire-5-outlets.md");
    const two = [article("Meridian Press", "6"), article("Meridian Press", "7"), article("Daily Courier", "7")];
    expect(reportFileName(buildStoryReport({ story: { title: "Brackley plastics plant fire" }, articles: two, flags: [] }), "md")).toBe("2026-12-06-brackley-plastics-plant-fire-meridian-press-daily-courier.md");
  });

  it("keeps every word of the title, stop words too, and cuts a long one at a word before the outlets", () => {
    const model = comparisonNamed({ title: "Twelve killed in fire at Brackley plastics plant", outlet: "Meridian Press", publishedAt: "2026-12-06" }, { outlet: "Brackley Gazette" });
    expect(reportFileName(model, "md")).toBe("2026-12-06-twelve-killed-in-fire-at-brackley-plastics-plant-meridian-press-vs-brackley-gazette.md");
    const long = comparisonNamed({ title: "Brackley factory fire death toll rises to fifteen as the night shift supervisor is arrested on suspicion", outlet: "Meridian Press", publishedAt: "2026-12-07" }, { outlet: "Brackley Gazette" });
    const name = reportFileName(long, "md");
    expect(name).toBe("2026-12-07-brackley-factory-fire-death-toll-rises-to-fifteen-as-meridian-press-vs-brackley-gazette.md");
    expect(name.length - ".md".length).toBeLessThanOrEqual(100);
  });
});
