/**
 * Loads the demo story (demo/story.json) so a new user opens the app on a real
 * comparison. Idempotent: articles already stored are found by content hash.
 */
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { findStoryByTitle } from "../db/stories";
import { addArticlesToStory, createStory } from "../db/story-mutations";
import { addPastedArticle } from "./add-pasted-article";

const demoSchema = z.object({
  title: z.string(),
  articles: z.array(z.object({
        file: z.string(),
        title: z.string(),
        outlet: z.string(),
        outletKind: z.enum(["wire", "newspaper", "broadcaster", "government", "other"]).optional(),
        publishedAt: z.string().optional(),
        /** Where the text was published, when known: it names the outlet's domain. */
        url: z.string().optional(),
      })).min(1),
});

export const DEMO_DIR = path.resolve(process.cwd(), "demo");

export async function seedDemoStory(demoDir = DEMO_DIR): Promise<{ storyId: string; articleIds: string[]; created: number }> {
  const demo = demoSchema.parse(JSON.parse(await readFile(path.join(demoDir, "story.json"), "utf8")));
  const articleIds: string[] = [];
  let created = 0;
  for (const entry of demo.articles) {
    const text = await readFile(path.join(demoDir, entry.file), "utf8");
    const result = await addPastedArticle({ ...entry, text });
    if (result.status === "created") created++;
    articleIds.push(result.articleId);
  }
  const storyId = (await findStoryByTitle(demo.title))?.id ?? (await createStory(demo.title)).id;
  await addArticlesToStory(storyId, articleIds);
  return { storyId, articleIds, created };
}
