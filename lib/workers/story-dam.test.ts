/**
 * QA round 5's dam failure (lib/omissions/fixtures/dam-story.ts): five short
 * reports and a 20,000-word live blog, through the story page's analysis. A
 * long source says every common word somewhere; the story must still not say
 * it carries what it never reports, and must agree with the compare page.
 */
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../compare/prepared-document";
import { damStory, type DamFile } from "../omissions/fixtures/dam-story";
import { storyAgreement } from "../omissions/fixtures/story-agreement";
import { analyseStory } from "./story-analysis";

function storyOf(files?: readonly DamFile[]) {
  const story = damStory(files);
  const prepared = story.map((s) => prepareDocument(s.document));
  const { coverage } = analyseStory(prepared, story, []);
  if (!coverage) throw new Error("no coverage");
  const row = (pattern: RegExp) => coverage.rows.find((r) => r.kind === "passage" && pattern.test(r.text ?? ""));
  const flag = (pattern: RegExp) => coverage.flags.find((f) => f.kind === "passage" && pattern.test(f.text));
  return { story, prepared, coverage, row, flag };
}

const GOVERNOR = /Governor Miriam Tate declared/;
const WARNING = /almost no warning/;

describe("the dam story with a live blog", () => {
  const all = storyOf();
  const blog = all.story[0]!.id;

  it("does not say the live blog carries the Governor's state of emergency or the residents' account", () => {
    expect(all.row(GOVERNOR)?.counts[0]).toBe(0);
    expect(all.row(WARNING)?.counts[0]).toBe(0);
    // So both are listed as left out by the blog, with the other sources that leave them out.
    expect(all.flag(GOVERNOR)?.absentFrom).toEqual([blog]);
    expect(all.flag(WARNING)?.absentFrom).toContain(blog);
  });

  it("still says the live blog carries the wire's lede and the Director's quotation, which it reprints", () => {
    const quote = all.coverage.rows.find((r) => r.kind === "passage" && /We had warnings/.test(r.text ?? ""));
    expect(quote?.counts[0]).toBeGreaterThan(0);
    expect(all.flag(/We had warnings/)?.absentFrom).toEqual([all.story[2]!.id]);
  });

  it("agrees with the compare page on what each source carries and leaves out", { timeout: 120_000 }, () => {
    const agreement = storyAgreement(all.coverage, all.prepared);
    expect(agreement.unbackedPresent()).toEqual([]);
    expect(agreement.unbackedAbsent()).toEqual([]);
  });

  it("does not list a source as leaving out a name it only writes inside a longer one, and lists on each item the sources its row shows absent", () => {
    // Every outlet writes "Hollins Creek Dam"; three also write "Hollins Creek" on its own.
    expect(all.coverage.flags.filter((f) => f.term === "Hollins Creek")).toEqual([]);
    expect(all.coverage.rows.find((r) => r.term === "Hollins Creek")?.counts.every((n) => n > 0)).toBe(true);
    for (const f of all.coverage.flags.filter((x) => x.kind === "entity")) {
      const row = all.coverage.rows.find((r) => r.kind === "entity" && r.term === f.term);
      const absentInRow = all.coverage.sources.filter((s, i) => (row?.counts[i] ?? 0) === 0 && s.compared !== false).map((s) => s.id);
      expect(f.absentFrom, f.text).toEqual(absentInRow);
    }
  });

  it("does not let the live blog's repetition of a place outrank the official the Courier leaves out, and says whose mentions they are", () => {
    const rank = (term: string) => all.coverage.flags.findIndex((f) => f.term === term);
    expect(rank("Patricia Okonkwo-Hale")).toBeGreaterThanOrEqual(0);
    expect(rank("Hollins Reservoir")).toBeGreaterThan(rank("Patricia Okonkwo-Hale"));
    const reservoir = all.coverage.flags[rank("Hollins Reservoir")];
    const row = all.coverage.rows.find((r) => r.term === "Hollins Reservoir");
    const total = row?.counts.reduce((n, c) => n + c, 0);
    expect(reservoir?.reasons).toContain(`${total} mentions (${row?.counts[0]} in KVBN News)`);
  });

  it("with only the blog, the wire and the Courier, lists the residents' account as left out by the blog", () => {
    const three = storyOf(["liveblog", "wire", "courier"]);
    expect(three.row(WARNING)?.counts).toEqual([0, 1, 1]);
    expect(three.flag(WARNING)?.absentFrom).toEqual([three.story[0]!.id]);
  });
});
