import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";

const read = (text: string) => extractNumbers(text).map((m) => [m.value, m.surface]);
const values = (text: string) => extractNumbers(text).map((m) => m.value);

describe("amounts in lakh and crore", () => {
  it("values a lakh at 100,000 and a crore at 10,000,000, and a lakh crore at a trillion", () => {
    expect(values("a ₹12 lakh crore budget")).toEqual(values("a ₹12 trillion budget"));
    expect(values("a grant of ₹75 lakh")).toEqual(values("a grant of ₹7,500,000"));
    expect(values("₹300 crore for roads")).toEqual(["₹3000000000"]);
  });

  it("shows each amount with its unit as written", () => {
    expect(read("Exporters lost ₹1.8 lakh crore; a ₹75 lakh flat; Rs 250 a day; Rs. 90; 40 crore rupees")).toEqual([
      ["₹1800000000000", "₹1.8 lakh crore"],
      ["₹7500000", "₹75 lakh"],
      ["₹250", "Rs 250"],
      ["₹90", "Rs. 90"],
      ["₹400000000", "40 crore rupees"],
    ]);
  });

  it("keys an amount as it was read before its scale was (the bare figure), so reviews still attach", () => {
    expect(extractNumbers("a ₹75 lakh flat")[0]?.keyValue).toBe("75");
  });
});
