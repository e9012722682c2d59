import { describe, expect, it } from "vitest";
import { markIssuerBoilerplate } from "./issuer-boilerplate";

const lead = "Halden Water plc said on Monday it would replace 140 kilometres of lead pipes in the old town by 2029, at a cost of 85 million pounds.";
const second = "Work starts in March on the streets around the cathedral, where tests last winter found lead above the legal limit in one home in six.";
const quote = "\"Families have waited long enough,\" said Maren Lyle, the company's chief executive, at the depot in Greyhope.";
const about = "Halden Water plc is the regulated water and wastewater company for 1.4 million people in Halden and the Greyhope valley, headquartered in Halden.";
const visit = "For more information visit www.haldenwater.example.";

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

describe("markIssuerBoilerplate", () => {
  it("marks an 'About' heading, the paragraphs describing the issuer, and a forward-looking-statements section", () => {
    const lines = [
      lead,
      second,
      quote,
      "About Halden Water",
      about,
      visit,
      "Forward-Looking Statements",
      "This release contains forward-looking statements, including the cost and timing of the programme, which involve risks and uncertainties.",
      "Actual results may differ materially from those expressed, and the company undertakes no obligation to update any of them.",
      "Media contacts",
    ];
    expect(sorted(markIssuerBoilerplate(lines))).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it("reads a heading run into its paragraph, as a bold heading and a line break are read, and other languages' 'About'", () => {
    expect(sorted(markIssuerBoilerplate([lead, second, `About Halden Water plc ${about}`]))).toEqual([2]);
    expect(sorted(markIssuerBoilerplate([lead, second, `About Halden Water: ${about}`]))).toEqual([2]);
    const french = "Fondée en 1921, Halden Eaux est le distributeur d'eau potable de 1,4 million d'habitants de la vallée de Greyhope.";
    expect(sorted(markIssuerBoilerplate([lead, second, "À propos de Halden Eaux", french]))).toEqual([2, 3]);
    // Defined by what it does and where, without "is": "Founded in …" or a stock ticker.
    const ticker = "Halden Water plc (LSE: HWP) supplies drinking water to 1.4 million people and treats their wastewater across the valley.";
    expect(sorted(markIssuerBoilerplate([lead, second, "About Halden Water plc", ticker]))).toEqual([2, 3]);
  });

  it("marks a safe-harbor paragraph printed without a heading, and the paragraph carrying it on", () => {
    const lines = [
      lead,
      second,
      "Statements in this release that are not historical facts are forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.",
      "Actual results could differ materially because of the risks described in the company's Annual Report on Form 10-K for 2026.",
      "Contact: press@haldenwater.example",
    ];
    expect(sorted(markIssuerBoilerplate(lines))).toEqual([2, 3]);
  });

  it("leaves a news paragraph that opens with 'About', and an 'About' heading whose next paragraph does not define the name", () => {
    const crowd = "About 200 people gathered outside Halden Water's offices on Monday, demanding that the company test every home in the old town.";
    const aboutFirst = "About Halden Water's plans, the regulator said it had not yet been consulted and would publish its view in the spring.";
    expect(markIssuerBoilerplate([lead, second, crowd, aboutFirst]).size).toBe(0);
    // A sub-heading of the story, followed by the story.
    expect(markIssuerBoilerplate([lead, second, "About Face", "The council reversed its decision within a week, after residents filled the chamber on Thursday night."]).size).toBe(0);
    // "the author" is no name.
    expect(markIssuerBoilerplate([lead, second, "About the author", "Maren Lyle is a water engineer who writes about infrastructure for the Halden Post."]).size).toBe(0);
  });

  it("leaves an 'About' box in the middle of a story, and a section before the story has begun", () => {
    const box = [lead, second, "About Halden Water", about, quote, second.replace("March", "April"), lead.replace("Monday", "Tuesday")];
    expect(markIssuerBoilerplate(box).size).toBe(0);
    expect(markIssuerBoilerplate(["About Halden Water", about, lead, second]).size).toBe(0);
  });

  it("leaves a story that reports a company's forward-looking statements without the lawyers' words", () => {
    const story = "Analysts said the company's forward-looking statements on Monday were more cautious than a year ago, and the shares fell 4 percent.";
    expect(markIssuerBoilerplate([lead, second, story, quote]).size).toBe(0);
  });

  it("does not count lines already dropped (a contact block) as the story going on after the 'About' section", () => {
    const lines = [lead, second, "About Halden Water", about, "Press contact:", quote, "+44 1632 960 418"];
    expect(sorted(markIssuerBoilerplate(lines, new Set([4, 5, 6])))).toEqual([2, 3]);
    expect(markIssuerBoilerplate(lines.concat(lead.replace("Monday", "Friday"))).size).toBe(0);
  });
});
