"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor, requireViewer } from "@/lib/auth/guards";
import { deleteStory, fileArticle, renameStory } from "@/lib/services/story-filing";
import { searchStories, type StoryOption } from "@/lib/services/story-search";
import { saveStorySummary, type SaveSummaryResult } from "@/lib/services/story-summary";
import { UserError } from "@/lib/services/user-error";

export type StoryActionResult = { ok: true; storyId: string | null } | { ok: false; message: string };

/** Files an article under a story, a new story (storyId "new" + title), or none (""). */
export async function fileArticleAction(articleId: string, storyId: string, newTitle?: string): Promise<StoryActionResult> {
  await requireEditor();
  try {
    const { storyId: target } = await fileArticle({ articleId: String(articleId), storyId: storyId ? String(storyId) : null, newTitle });
    revalidatePath("/", "layout");
    return { ok: true, storyId: target };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("fileArticleAction failed", error);
    return { ok: false, message: "The article could not be moved; nothing was changed." };
  }
}

export async function renameStoryAction(storyId: string, title: string): Promise<StoryActionResult> {
  await requireEditor();
  try {
    const renamed = await renameStory(String(storyId), String(title ?? ""));
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
    if (result.status === "saved") revalidatePath("/", "layout");
    return result;
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("saveStorySummaryAction failed", error);
    return { status: "error", message: "The summary could not be saved; what you typed is still here." };
  }
}

/** Deletes a story (its articles stay, unfiled) and goes home. */
export async function deleteStoryAction(storyId: string): Promise<{ ok: false; message: string } | void> {
  await requireEditor();
  try {
    await deleteStory(String(storyId));
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
