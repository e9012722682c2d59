"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor, requireViewer } from "@/lib/auth/guards";
import { deleteStory, fileArticle, renameStory } from "@/lib/services/story-filing";
import { searchStories, type StoryOption } from "@/lib/services/story-search";
import { saveStorySummary, type SaveSummaryResult } from "@/lib/services/story-summary";
import { articleLabel, quoted, recordActivity, storyLabel } from "@/lib/services/activity";
import { UserError } from "@/lib/services/user-error";

export type StoryActionResult = { ok: true; storyId: string | null } | { ok: false; message: string };

/** Files an article under a story, a new story (storyId "new" + title), or none (""). */
export async function fileArticleAction(articleId: string, storyId: string, newTitle?: string): Promise<StoryActionResult> {
  const editor = await requireEditor();
  try {
    const { storyId: target } = await fileArticle({ articleId: String(articleId), storyId: storyId ? String(storyId) : null, newTitle });
    const label = target === null ? "no story" : await storyLabel(target);
    const where = `under ${storyId === "new" ? label.replace(/^the story /, "the new story ") : label}`;
    await recordActivity(editor, "article.filed", `filed ${await articleLabel(String(articleId))} ${where}`, String(articleId));
    revalidatePath("/", "layout");
    return { ok: true, storyId: target };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("fileArticleAction failed", error);
    return { ok: false, message: "The article could not be moved; nothing was changed." };
  }
}

export async function renameStoryAction(storyId: string, title: string): Promise<StoryActionResult> {
  const editor = await requireEditor();
  try {
    const before = await storyLabel(String(storyId));
    const renamed = await renameStory(String(storyId), String(title ?? ""));
    await recordActivity(editor, "story.renamed", `renamed ${before} to ${quoted(renamed.title)}`, renamed.storyId);
    revalidatePath("/", "layout");
    return { ok: true, storyId: renamed.storyId };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("renameStoryAction failed", error);
    return { ok: false, message: "The story could not be renamed (it may have been deleted)." };
  }
}

/**
 * Saves the analyst's summary as the signed-in editor, unless someone saved since `version` (the
 * result then carries their text, and nothing is overwritten).
 */
export async function saveStorySummaryAction(storyId: string, text: string, version: string): Promise<SaveSummaryResult | { status: "error"; message: string }> {
  const editor = await requireEditor();
  try {
    const result = await saveStorySummary({ storyId: String(storyId), text: String(text ?? ""), version: String(version ?? "") }, editor);
    if (result.status === "saved") {
      await recordActivity(editor, "story.summarised", `${result.summary ? "wrote" : "removed"} the summary of ${await storyLabel(String(storyId))}`, String(storyId));
      revalidatePath("/", "layout");
    }
    return result;
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("saveStorySummaryAction failed", error);
    return { status: "error", message: "The summary could not be saved; what you typed is still here." };
  }
}

/** Deletes a story (its articles stay, unfiled) and goes home. */
export async function deleteStoryAction(storyId: string): Promise<{ ok: false; message: string } | void> {
  const editor = await requireEditor();
  try {
    const label = await storyLabel(String(storyId));
    const { articlesUnfiled } = await deleteStory(String(storyId));
    await recordActivity(editor, "story.deleted", `deleted ${label} (${articlesUnfiled === 0 ? "it had no articles" : articlesUnfiled === 1 ? "its article stays stored, filed under no story" : `its ${articlesUnfiled} articles stay stored, filed under no story`})`, String(storyId));
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("deleteStoryAction failed", error);
    return { ok: false, message: "The story could not be deleted; nothing was changed." };
  }
  revalidatePath("/", "layout");
  redirect("/");
}

/** Stories whose title holds the words typed (the most recent when nothing is typed), for the story pickers. */
export async function searchStoriesAction(query: string): Promise<StoryOption[]> {
  await requireViewer();
  try {
    return await searchStories(query);
  } catch (error) {
    console.error("searchStoriesAction failed", error);
    return [];
  }
}
