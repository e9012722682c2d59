/**
 * QA round 4's derailment story (seven outlets; lib/omissions/fixtures/derailment-story.ts)
 * through the story page's analysis, as the story page runs it: what it raises, and that it
 * agrees with the compare page.
 */
import { describe, expect, it } from "vitest";
import { analysePrepared } from "../compare/analyse-documents";
import { prepareDocument } from "../compare/prepared-document";
import { derailmentStory } from "../omissions/fixtures/derailment-story";
import { coverageItems } from "../omissions/coverage-items";
import { analyseStory } from "./story-analysis";

const story = derailmentStory();
const prepared = story.map((s) => prepareDocument(s.document));
const { coverage } = analyseStory(prepared, story, []);
const flags = coverage?.flags ?? [];
const idOf = (label: string) => story.find((s) => s.label === label)?.id ?? "";

describe("the derailment story", () => {
  it("leads with the death toll the Gazette gives otherwise, naming who says what", () => {
    const first = flags[0];
    expect(first?.kind).toBe("conflict");
    expect(first?.figures?.map((f) => f.phrase.toLowerCase())).toEqual(["seven people", "nine people"]);
    expect(first?.figures?.[1]?.sources).toEqual([idOf("Kessingford Gazette")]);
    expect(first?.figures?.[0]?.sources).toHaveLength(6);
    expect(first?.reasons).toContain("Kessingford Gazette says Nine people");
  });

  it("never words a passage by the Gazette's outvoted sentence", () => {
    expect(flags.filter((f) => f.kind === "passage" && /Nine people/.test(f.text))).toEqual([]);
    expect(coverage?.rows.filter((r) => r.kind === "passage" && /Nine people/.test(r.text ?? ""))).toEqual([]);
  });

  it("does not list a source as leaving out what it says in other words", () => {
    // The resignation, the day of mourning, the injured in hospital: each source reports them, worded its own way.
    const about = (pattern: RegExp) => flags.filter((f) => f.kind === "passage" && pattern.test(f.text));
    expect(about(/resign|Okafor/)).toEqual([]);
    expect(about(/day of mourning|in hospital|Eighteen/)).toEqual([]);
    // Metro Live quotes Rao's whole line: only the Ministry, which leaves the union out, misses it.
    for (const f of about(/accident waiting to happen/)) expect(f.absentFrom).toEqual([idOf("Ministry of Transport")]);
    // Only the Courier leaves the minister out.
    expect(flags.find((f) => f.kind === "entity" && f.term === "Ruth Okafor")?.absentFrom).toEqual([idOf("Daily Courier")]);
  });

  it("makes the passenger's account one item, not one per sentence", () => {
    const account = flags.filter((f) => f.kind === "passage" && /lurched|thrown across the aisle|pull children out/.test(f.text));
    expect(account).toHaveLength(3);
    expect(new Set(account.map((f) => f.item)).size).toBe(1);
    expect(coverageItems(flags).some((i) => i.lead.kind === "passage" && /lurched/.test(i.lead.text))).toBe(true);
  });

  it("agrees with the compare page: a source the story says leaves a passage out is flagged in its comparison", () => {
    for (const f of flags.filter((x) => x.kind === "passage")) {
      const present = f.passages.findIndex((list, i) => list.length > 0 && !f.absentFrom.includes(story[i]?.id ?? ""));
      for (const absentId of f.absentFrom) {
        const absent = story.findIndex((s) => s.id === absentId);
        const comparison = analysePrepared(prepared[present]!, prepared[absent]!);
        const evidence = new Set(f.passages[present]);
        const flagged = comparison.omissions.some((o) => o.missingFrom === "b" && o.passagesA.some((p) => evidence.has(p)));
        expect(flagged, `${f.text} — ${story[absent]?.label}`).toBe(true);
      }
    }
  });

  it("agrees with the compare page on the death toll", () => {
    const comparison = analysePrepared(prepared[story.findIndex((s) => s.label === "Meridian Press")]!, prepared[0]!);
    expect(comparison.omissions.some((o) => o.kind === "conflict" && /Seven → Nine/.test(o.term ?? ""))).toBe(true);
  });
});
