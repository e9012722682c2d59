/**
 * A company's press release against the news story that reports it: the issuer's "About" section and safe-harbor
 * statement, which no outlet reprints, must give no omission item (the release is cleaned as pasted text).
 */
import { describe, expect, it } from "vitest";
import { cleanPastedText } from "../ingest/clean/clean-pasted-text";
import type { ComparableDocument } from "../types/comparison";
import { analyseDocuments } from "./analyse-documents";

const RELEASE = [
  "Acme Pharmacy to open 40 walk-in clinics in rural Ohio",
  "COLUMBUS, Ohio, March 3, 2027 /PRNewswire/ -- Acme Pharmacy Holdings, Inc. (NASDAQ: ACME) today announced plans to open 40 walk-in clinics in rural Ohio counties over the next two years, each staffed by nurse practitioners.",
  "The clinics will offer vaccinations, health screenings and treatment for minor illnesses, and will accept Medicaid and most private insurance plans, the company said.",
  "\"Too many families in these counties drive an hour to see anyone at all,\" said Dana Whitfield, chief executive of Acme Pharmacy.",
  "About Acme Pharmacy",
  "Acme Pharmacy Holdings, Inc. is a leading community pharmacy chain with more than 1,200 stores in 14 states, headquartered in Columbus, Ohio. Founded in 1951 by pharmacist Walter Brandt, Acme employs 38,000 people.",
  "Forward-Looking Statements",
  "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the number and timing of clinic openings.",
  "Actual results could differ materially because of the risks described in the company's Annual Report on Form 10-K. Acme undertakes no obligation to update them.",
  "Media Contact:",
  "Jordan Reyes",
  "press@acmepharmacy.example",
  "(614) 555-0142",
].join("\n");

const REPORT: ComparableDocument = {
  info: { title: "Pharmacy chain plans 40 rural clinics", outlet: "Ohio Valley Ledger" },
  blocks: [
    { role: "body", text: "Acme Pharmacy Holdings said on Tuesday it would open 40 walk-in clinics in rural Ohio counties over the next two years, each staffed by nurse practitioners." },
    { role: "body", text: "The clinics will offer vaccinations and treatment for minor illnesses, and will accept Medicaid, the company said." },
    { role: "body", text: "\"Too many families in these counties drive an hour to see anyone at all,\" said Dana Whitfield, Acme's chief executive." },
  ],
};

const release = (): ComparableDocument => ({ info: { title: "Acme Pharmacy to open 40 walk-in clinics", outlet: "Acme Pharmacy" }, blocks: cleanPastedText(RELEASE).blocks });
const boilerplateWords = /leading community pharmacy|Walter Brandt|38,000|1,200 stores|forward-looking|Form 10-K|About Acme/i;
const mentions = (c: ReturnType<typeof analyseDocuments>): string[] =>
  [...c.items.map((i) => i.title), ...c.omissions.map((o) => `${o.term ?? ""} ${o.text ?? ""}`)].filter((t) => boilerplateWords.test(t));

describe("a company's press release against the story that reports it", () => {
  it("lists nothing from the issuer's 'About' section or safe-harbor statement as left out of the story", () => {
    const c = analyseDocuments(release(), REPORT);
    expect(mentions(c)).toEqual([]);
    // The release's text is still all there for the analyst to read.
    expect(c.a.title).toBe("Acme Pharmacy to open 40 walk-in clinics");
    expect(release().blocks.filter((b) => b.role === "boilerplate")).toHaveLength(5);
  });

  it("listed them, founder and head count included, when the same blocks were read as the story's paragraphs", () => {
    const asBody = { ...release(), blocks: release().blocks.map((b) => ({ ...b, role: "body" as const })) };
    expect(mentions(analyseDocuments(asBody, REPORT)).length).toBeGreaterThan(0);
  });
});
