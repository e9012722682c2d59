import { describe, expect, it } from "vitest";
import { extractFeatures } from "./features";
import { DEFAULT_GROUP_PARAMS } from "./params";

const features = (text: string, title = "") => extractFeatures({ title, text }, DEFAULT_GROUP_PARAMS.weights);

describe("extractFeatures", () => {
  it("keeps multi-word names as one feature and drops a sentence-opening article", () => {
    const f = features("The White House said Chuck Schumer had agreed. Officials in the White House declined.");
    expect(f.has("n:white house")).toBe(true);
    expect(f.has("n:chuck schumer")).toBe(true);
    expect(f.has("n:the white house")).toBe(false);
  });

  it("keeps a name that opens a sentence whole", () => {
    const f = features("Chuck Schumer agreed to the deal. Later, Schumer spoke again.");
    expect(f.has("n:chuck schumer")).toBe(true);
    expect(f.has("n:schumer")).toBe(true);
    expect(f.has("n:later")).toBe(false);
  });

  it("turns quoted words into shingles that match whatever quote marks an outlet uses", () => {
    const curly = features("She said \u201cwe will not unload a single ship\u201d on Monday.");
    const straight = features('"We will not unload a single ship," she said.');
    expect(curly.has("q:not unload a")).toBe(true);
    expect(straight.has("q:not unload a")).toBe(true);
  });

  it("weighs a word said often more, but less than in proportion", () => {
    const once = features("strike").get("s:strike")!;
    const thrice = features("strike strike strike").get("s:strike")!;
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(3 * once);
  });

  it("ignores function words", () => {
    expect([...features("the of and with").keys()]).toEqual([]);
  });
});
