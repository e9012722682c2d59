import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStory } from "../db/story-mutations";
import { countPairReviewsOf, type Reviewer } from "../db/reviews";
import { createAccount } from "./accounts/accounts";
import { deleteArticleKeepingReviews, deletionEffects, deletionWarning } from "./article-deletion";
import { reviewFlag } from "./flag-reviews";
import { harbourA } from "./fixtures/harbour-pair";
import { storePasted } from "./fixtures/store-pasted";
import { fileArticle } from "./story-filing";
import { getStoryOverview } from "./story-overview";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
let reviewer: Reviewer;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const account = await createAccount({ username: "alice", password: "correct horse battery", role: "editor" });
  reviewer = { id: account.id, username: account.username };
});
afterAll(async () => cleanup());

const [opening = "", mayor = "", , , wall = ""] = harbourA.blocks.map((b) => b.text);
/** Four reports: the wall passage in two of them, the mayor in three; the ministry's has neither. Each tells most of it its own way, so none is a copy. */
const reports = {
  "Coastal Ledger": [
    opening, mayor, wall,
    "Our reporter watched the first trawlers nose past the breakwater shortly after sunrise, gulls wheeling above their wakes.",
    "Several crews said the long closure had cost them their best weeks of the cod season and most of their savings.",
    "A local boatyard reported a rush of orders for repairs to hulls damaged while moored in the exposed outer basin.",
  ],
  "Fjord Courier": [
    opening, mayor, wall,
    "Passengers on the morning ferry crowded the rail to photograph the pale new concrete of the rebuilt breakwater.",
    "Tourism officials hope the reopening will bring back the summer cruise calls cancelled after the storm.",
    "The fish processing plant recalled forty seasonal workers who had been laid off in February.",
  ],
  "Island Gazette": [
    opening, mayor,
    "Islanders plan to sail across for the Saturday fish auction, the first held on the quay since the winter.",
    "The island's own jetty, damaged in the same storm, is still waiting for money from the county.",
    "Our correspondent found the harbour café open again, its windows still taped against the wind.",
  ],
  "Fisheries Ministry": [
    opening,
    "The ministry will publish the catch quotas for the spring season next month after talks with producer groups.",
    "Inspectors will resume checks of landings at the northern harbour from Wednesday under the usual rules.",
    "Vessel owners can apply for compensation for lost fishing days through the ministry's online portal until June.",
  ],
};

async function storyOfFour(title: string, tag: string) {
  const ids: Record<string, string> = {};
  for (const [outlet, paragraphs] of Object.entries(reports)) ids[outlet] = await storePasted(`${outlet}${tag}`, paragraphs.join("\n\n"));
  const storyId = (await createStory(title, Object.values(ids))).id;
  return { storyId, ids };
}

type Flag = NonNullable<Awaited<ReturnType<typeof getStoryOverview>>["coverage"]>["flags"][number];
/** The finding part of a story flag's key ("coverage:<row key>"), without the sources it is absent from. */
const findingOf = (flag: Flag) => flag.key.slice(0, flag.key.lastIndexOf(":absent:"));

async function review(storyId: string, flag: Flag, status: "confirmed" | "dismissed") {
  const saved = await reviewFlag({ scope: `story:${storyId}`, flagKey: flag.item, status, version: null }, reviewer);
  expect(saved.status).toBe("saved");
}

describe("deleting an article of a story", () => {
  it("keeps the reviews of findings that still exist, says which go, and removes its comparisons' reviews", async () => {
    const { storyId, ids } = await storyOfFour("Harbour reopens", "");
    const ministry = ids["Fisheries Ministry"] as string;
    const before = (await getStoryOverview(storyId)).coverage?.flags ?? [];
    // A passage two of four report, absent from the Gazette and the Ministry; the mayor, absent from the Ministry only.
    const passage = before.find((f) => f.kind === "passage" && f.absentFrom.includes(ministry) && f.absentFrom.length === 2 && f.item === f.key);
    const name = before.find((f) => f.kind === "entity" && f.absentFrom.length === 1 && f.absentFrom[0] === ministry && f.item === f.key);
    expect(passage?.text).toContain("absent from");
    expect(name?.text).toContain("Solberg");
    await review(storyId, passage!, "dismissed");
    await review(storyId, name!, "confirmed");
    // A review of the Ministry's comparison with another article.
    const pair = await reviewFlag({ scope: `cmp:${ministry}:${ids["Coastal Ledger"]}`, flagKey: "entity:a:ingrid solberg", status: "confirmed", version: null }, reviewer);
    expect(pair.status).toBe("saved");

    const effects = await deletionEffects(ministry);
    expect(effects.pairReviews).toBe(1);
    expect(effects.storyReviewsKept).toBe(1);
    expect(effects.storyReviewsLost).toEqual([{ finding: name!.text, status: "confirmed" }]);
    const warning = deletionWarning(effects);
    expect(warning).toContain("The 1 review of its comparisons with other articles go with it.");
    expect(warning).toContain(`The 1 review of the story “Harbour reopens” stay with their findings`);
    expect(warning).toContain(`• Confirmed: ${name!.text}`);
    expect(warning).not.toContain("Its reviews stay");

    await deleteArticleKeepingReviews(ministry);
    const after = await getStoryOverview(storyId);
    const samePassage = after.coverage?.flags.find((f) => findingOf(f) === findingOf(passage!));
    // The same finding, now left out by one source of three: still dismissed.
    expect(samePassage?.absentFrom).toEqual([ids["Island Gazette"]]);
    expect(after.reviews.get(samePassage!.item)?.status).toBe("dismissed");
    expect(after.reviews.size).toBe(1);
    expect(await countPairReviewsOf(ministry)).toBe(0);
  }, 120_000);

  it("keeps a story's reviews when an article is taken out of it", async () => {
    const { storyId, ids } = await storyOfFour("Harbour reopens, moved", " (2)");
    const ministry = ids["Fisheries Ministry"] as string;
    const before = (await getStoryOverview(storyId)).coverage?.flags ?? [];
    const passage = before.find((f) => f.kind === "passage" && f.absentFrom.includes(ministry) && f.absentFrom.length === 2 && f.item === f.key);
    await review(storyId, passage!, "dismissed");
    await fileArticle({ articleId: ministry, storyId: "new", newTitle: "Ministry statements" });
    await fileArticle({ articleId: ministry, storyId: null });
    const after = await getStoryOverview(storyId);
    const samePassage = after.coverage?.flags.find((f) => findingOf(f) === findingOf(passage!));
    expect(samePassage?.absentFrom).toEqual([ids["Island Gazette"]]);
    expect(after.reviews.get(samePassage!.item)?.status).toBe("dismissed");
  }, 120_000);
});
