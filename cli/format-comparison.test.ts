import { describe, expect, it } from "vitest";
import { analyseDocuments } from "../lib/compare/analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "../lib/compare/fixtures/blinken-motegi";
import { formatComparisonText } from "./format-comparison";

describe("formatComparisonText", () => {
  it("tells two articles of one outlet apart in its header, item headings and reasons", () => {
    const text = formatComparisonText(
      analyseDocuments(
        { ...BLINKEN_MOTEGI_ANI, info: { ...BLINKEN_MOTEGI_ANI.info, outlet: "ANI", publishedAt: "2021-05-04" } },
        { ...BLINKEN_MOTEGI_REWRITE, info: { ...BLINKEN_MOTEGI_REWRITE.info, outlet: "ANI", publishedAt: "2021-05-05" } },
      ),
    );
    expect(text).toMatch(/^A: ANI \(4 May\) — /m);
    expect(text).toMatch(/^B: ANI \(5 May\) — /m);
    expect(text).toMatch(/^What ANI \((4|5) May\) leaves out of ANI \((4|5) May\)'s report/m);
    expect(text).not.toMatch(/ANI \([AB]\)/);
  });
});
