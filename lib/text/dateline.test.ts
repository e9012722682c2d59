import { describe, expect, it } from "vitest";
import { datelineLength } from "./dateline";

const dateline = (text: string) => text.slice(0, datelineLength(text));

describe("datelineLength", () => {
  it("reads the datelines papers and wires write, with a state, a date, an agency and any dash", () => {
    expect(dateline("WASHINGTON — Senate leaders agreed on Monday to a short extension.")).toBe("WASHINGTON — ");
    expect(dateline("ST. LOUIS -- The city council met late into the night.")).toBe("ST. LOUIS -- ");
    expect(dateline("FERGUSON, Mo. -- Protesters gathered again on Sunday.")).toBe("FERGUSON, Mo. -- ");
    expect(dateline("LOS ANGELES (AP) — To LeBron James, the trade was a surprise.")).toBe("LOS ANGELES (AP) — ");
    expect(dateline("WINSTON-SALEM, N.C. — A tobacco warehouse burned overnight.")).toBe("WINSTON-SALEM, N.C. — ");
    // Wire copy: the date, the agency in brackets and a plain hyphen.
    expect(dateline("HALVERSTON, Minn., March 4 (Northline Wire) - A grain elevator collapsed on Tuesday.")).toBe("HALVERSTON, Minn., March 4 (Northline Wire) - ");
    expect(dateline("LONDON, 13 October 2026 (Reuters) - Sterling fell for a third day.")).toBe("LONDON, 13 October 2026 (Reuters) - ");
    // A company's release: the full date after the state, no agency.
    expect(dateline("TOLEDO, Ohio, October 13, 2026 - Lakeshore Mutual today announced a recall.")).toBe("TOLEDO, Ohio, October 13, 2026 - ");
  });

  it("finds none in a sentence that only opens with capitals or a hyphen", () => {
    expect(datelineLength("U.S. - China talks resumed in Geneva on Tuesday.")).toBe(0);
    expect(datelineLength("NATO - the alliance said it would send more jets.")).toBe(0);
    expect(datelineLength("Washington - The mayor said the roads were closed.")).toBe(0);
    expect(datelineLength("The mayor said - for the third time - that the roads were closed.")).toBe(0);
    expect(datelineLength("A - B")).toBe(0);
  });
});
