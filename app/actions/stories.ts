"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setArticleStory } from "@/lib/db/article-mutations";
import { createStory, renameStory } from "@/lib/db/story-mutations";

const titleSchema = z.string().trim().min(1, "Give the story a title.").max(300, "Keep the title under 300 characters.");

export type StoryActionResult = { ok: true; storyId: string | null } | { ok: false; message: string };

/** Files an article under a story, a new story (storyId "new" + title), or none (""). */
export async function fileArticleAction(articleId: string, storyId: string, newTitle?: string): Promise<StoryActionResult> {
  try {
    let target: string | null = storyId || null;
    if (storyId === "new") {
      const title = titleSchema.safeParse(newTitle ?? "");
      if (!title.success) return { ok: false, message: title.error.issues[0]?.message ?? "Invalid title." };
      target = (await createStory(title.data, [String(articleId)])).id;
    } else {
      await setArticleStory(String(articleId), target);
    }
    revalidatePath("/", "layout");
    return { ok: true, storyId: target };
  } catch (error) {
    console.error("fileArticleAction failed", error);
    return { ok: false, message: "The article could not be moved; nothing was changed." };
  }
}

export async function renameStoryAction(storyId: string, title: string): Promise<StoryActionResult> {
  const parsed = titleSchema.safeParse(title);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid title." };
  try {
    await renameStory(String(storyId), parsed.data);
  } catch (error) {
    console.error("renameStoryAction failed", error);
    return { ok: false, message: "The story could not be renamed (it may have been deleted)." };
  }
  revalidatePath("/", "layout");
  return { ok: true, storyId };
}
