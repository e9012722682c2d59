import { describe, expect, it } from "vitest";
import { isReleaseField, isReleaseLabel, markReleaseMetadata } from "./release-metadata";

const prose = (n: number): string => `Paragraph ${n} of the release says what the department decided and why, in more than fifteen words of prose.`;

describe("press-release metadata", () => {
  it("recognises a release's kind and its header and contact fields", () => {
    for (const label of ["Press release", "NEWS RELEASE No. 23-104", "For immediate release", "Embargoed until 00:01 Tuesday 3 June"]) expect(isReleaseLabel(label)).toBe(true);
    expect(isReleaseLabel("Press release fails to calm markets as shares fall")).toBe(false);
    expect(isReleaseField("From: Ministry of Transport", "head")).toBe(true);
    expect(isReleaseField("Media enquiries: press office, Ministry of Transport, 020 7946 0000.", "tail")).toBe(true);
    // At the foot of an article "Date:" and "Location:" are an event's details.
    expect(isReleaseField("Date: Friday 9 December, 7pm", "tail")).toBe(false);
    expect(isReleaseField("From: the moment the doors opened. Then the crowd pushed in and the stewards lost control.", "head")).toBe(false);
  });

  it("marks the header fields, a label and value printed apart, and cuts at the end mark", () => {
    const lines = ["Press release", "From:", "Ministry of Transport", "Published", "3 December 2026", prose(1), prose(2), prose(3), "ENDS", "Notes to editors", "1. The board is independent.", "Media enquiries: 020 7946 0000"];
    const marks = markReleaseMetadata(lines);
    expect([...marks.drop].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    expect(marks.cutFrom).toBe(8);
    expect(marks.publishedAt).toBe("2026-12-03");
  });

  it("leaves an end mark or a label pair in the middle of an article, and a story that merely mentions a release", () => {
    const lines = [prose(1), "Ends", prose(2), prose(3), prose(4), prose(5), "Contact:", "the union", prose(6), prose(7), prose(8), prose(9)];
    const marks = markReleaseMetadata(lines);
    expect(marks.cutFrom).toBe(lines.length);
    expect(marks.drop.size).toBe(0);
  });

  it("drops a contact block printed one field a line before the end mark, however far the page goes on after it", () => {
    // As a web page prints a release: a paragraph each, then the site's own teasers and footer after "###".
    const lines = [
      "For immediate release",
      prose(1),
      prose(2),
      prose(3),
      "About Harbourline Ferries",
      prose(4),
      "Press contact:",
      "Imogen Castell",
      "Head of Communications, Harbourline Ferries Ltd.",
      "imogen.castell@harbourline.example",
      "+44 1632 960 418",
      "###",
      "More from the newsroom",
      "Harbourline adds winter sailings",
      "Cookie settings",
    ];
    const marks = markReleaseMetadata(lines);
    expect([...marks.drop].sort((a, b) => a - b)).toEqual([0, 6, 7, 8, 9, 10]);
    expect(marks.cutFrom).toBe(11);
    // "For immediate release" at its head says what the text is (the outlet-kind guess reads it).
    expect(marks.labelled).toBe(true);
    expect(markReleaseMetadata([prose(1), prose(2), "Contact:", "the union", prose(3)]).labelled).toBe(false);
  });

  it("drops a contact block that opens with its first value and closes the release without an end mark", () => {
    const lines = [prose(1), prose(2), prose(3), prose(4), "Media contact: Tomasz Wrona", "Regional press office", "(614) 555-0172"];
    expect([...markReleaseMetadata(lines).drop].sort((a, b) => a - b)).toEqual([4, 5, 6]);
  });

  it("keeps short lines under a contact label that give no way to reach anyone, and a contact block mid-article", () => {
    // A list of who to ask, in the story: no address, no number.
    const names = [prose(1), prose(2), prose(3), prose(4), prose(5), "Contact:", "the parish council", "the harbour master", "the coastguard", prose(6)];
    expect(markReleaseMetadata(names).drop.size).toBe(0);
    // Readers told where to send tips, and the story going on for paragraphs after.
    const middle = [prose(1), prose(2), prose(3), prose(4), prose(5), "Contact:", "tips@dailyherald.example", "0161 496 0750", prose(6), prose(7), prose(8), prose(9)];
    expect(markReleaseMetadata(middle).drop.size).toBe(0);
  });
});
