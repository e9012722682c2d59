/**
 * Use cases: file an article under a story (an existing one, a new one, or
 * none) and rename a story.
 */
import "server-only";
import { z } from "zod";
import { articleExists } from "../db/articles";
import { setArticleStory } from "../db/article-mutations";
import { storyExists } from "../db/stories";
import { createStory, deleteStory as deleteStoryRow, renameStory as renameStoryRow } from "../db/story-mutations";
import { UserError } from "./user-error";

const titleSchema = z.string().trim().min(1, "Give the story a title.").max(300, "Keep the title under 300 characters.");

/** "new" asks for a new story titled `newTitle`; "" or null takes the article out of any story. */
export interface FileArticleInput {
  articleId: string;
  storyId: string | null;
  newTitle?: string;
}

function validTitle(title: unknown): string {
  const parsed = titleSchema.safeParse(title ?? "");
  if (!parsed.success) throw new UserError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid title.");
  return parsed.data;
}

/** Files the article; returns the story it is now in (null for none). */
export async function fileArticle(input: FileArticleInput): Promise<{ storyId: string | null }> {
  const articleId = String(input.articleId);
  const wanted = input.storyId ? String(input.storyId) : null;
  // Check the title before touching anything, so a bad title changes nothing.
  const title = wanted === "new" ? validTitle(input.newTitle) : undefined;
  if (!(await articleExists(articleId))) throw new UserError("not_found", "That article no longer exists.");
  if (title !== undefined) {
    // The new story and the filing are one transaction: no empty story is left behind.
    return { storyId: (await createStory(title, [articleId])).id };
  }
  if (wanted && !(await storyExists(wanted))) throw new UserError("not_found", "That story no longer exists.");
  await setArticleStory(articleId, wanted);
  return { storyId: wanted };
}

/** Refuses an unknown story before anything is stored under it (instead of failing on the foreign key). */
export async function requireStoryIfGiven(storyId: string | null | undefined): Promise<void> {
  if (storyId && !(await storyExists(String(storyId)))) throw new UserError("not_found", "That story no longer exists; choose another or none.");
}

export async function renameStory(storyId: string, title: string): Promise<{ storyId: string; title: string }> {
  const clean = validTitle(title);
  const id = String(storyId);
  if (!(await storyExists(id))) throw new UserError("not_found", "The story could not be renamed: it no longer exists.");
  await renameStoryRow(id, clean);
  return { storyId: id, title: clean };
}

/** Deletes a story, leaving its articles stored and unfiled; returns how many it held. */
export async function deleteStory(storyId: string): Promise<{ articlesUnfiled: number }> {
  const held = await deleteStoryRow(String(storyId));
  if (held === null) throw new UserError("not_found", "That story no longer exists.");
  return { articlesUnfiled: held };
}
