import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";
import { compactAmount } from "./compact-amounts";

const values = (text: string) => extractNumbers(text).map((m) => m.value);

describe("numbers written with a fraction or a scale onto them", () => {
  it("reads 4½ per cent as 4.5%, and a fraction alone", () => {
    expect(values("Rates stay at 4½ per cent.")).toEqual(values("Rates stay at 4.5%."));
    expect(values("The base rate is 5¼ percent")).toEqual(["5.25%"]);
    expect(extractNumbers("at 4½ per cent")[0]?.surface).toBe("4½");
  });

  it("reads $3.4bn as $3.4 billion, and m or k as a scale only after a currency", () => {
    expect(values("Investors pulled $3.4bn from funds.")).toEqual(values("Investors pulled $3.4 billion from funds."));
    expect(values("a £250m loan")).toEqual(["£250000000"]);
    expect(compactAmount("10m", false)).toBeUndefined();
    expect(compactAmount("10m", true)).toEqual({ digits: "10", scale: 1e6 });
  });
});
