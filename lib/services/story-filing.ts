/**
 * Use cases: file an article under a story (an existing one, a new one, or
 * none), file an article that was added again under the story it was added
 * to, and rename or delete a story.
 */
import "server-only";
import { z } from "zod";
import { articleExists } from "../db/articles";
import { fileArticleIfUnfiled, setArticleStory, type SaveArticleResult } from "../db/article-mutations";
import { joiningStory } from "./story-joins";
import { storyReviewKeyWithout } from "./story-review-keys";
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
    return { storyId: (await createStory(title, [articleId], storyReviewKeyWithout)).id };
  }
  if (wanted && !(await storyExists(wanted))) throw new UserError("not_found", "That story no longer exists.");
  // The story it leaves keeps its reviews, carried over to their findings' keys without it;
  // the story it joins keeps its own, carried over to their findings' keys with it.
  await joiningStory(wanted, () => setArticleStory(articleId, wanted, storyReviewKeyWithout));
  return { storyId: wanted };
}

/** Where an article that was already stored ended up when it was added again under a story. */
export interface StoredCopyFiling {
  /** Filed under the story asked for now (it was in none). */
  filed: boolean;
  /** In the story asked for now: just filed there, or there already. */
  inAskedStory: boolean;
  /** The story it is in now: the one asked for, or another it was already in. */
  story: { id: string; title: string } | null;
}

export type FiledSaveResult = SaveArticleResult & { filing?: StoredCopyFiling };

/**
 * An article added under a story that turns out to be stored already (same
 * text or URL) goes under that story when it is in none: the analyst who
 * pastes a link into a story expects to find the article there. One already
 * in another story stays (moving it is a choice made on its page); `filing`
 * says which happened.
 */
export async function fileIfAlreadyStored(result: SaveArticleResult, storyId: string | null | undefined): Promise<FiledSaveResult> {
  if (result.status !== "duplicate" || !storyId) return result;
  const { filed, story } = await fileArticleIfUnfiled(result.articleId, storyId);
  return { ...result, filing: { filed, story, inAskedStory: story?.id === storyId } };
}

/** What the analyst is told about an already stored article added under a story ("" when none was asked for). */
export function storedCopyNote(result: FiledSaveResult): string {
  const filing = result.status === "duplicate" ? result.filing : undefined;
  if (!filing?.story) return "";
  if (filing.filed) return `It is now filed under “${filing.story.title}”.`;
  if (filing.inAskedStory) return `It is already in “${filing.story.title}”.`;
  return `It stays in the story “${filing.story.title}” (move it from its page).`;
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
