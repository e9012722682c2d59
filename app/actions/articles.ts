"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/guards";
import { addPastedArticle } from "@/lib/services/add-pasted-article";
import { quoted, recordActivity, reextractedText } from "@/lib/services/activity";
import { addUploadedFile } from "@/lib/services/add-uploaded-file";
import { editArticleDetails } from "@/lib/services/article-details";
import { deleteArticleKeepingReviews, deletionEffects, deletionWarning } from "@/lib/services/article-deletion";
import { reextractArticle } from "@/lib/services/reextract-article";
import { refetchArticle } from "@/lib/services/refetch-article";
import { storedCopyNote } from "@/lib/services/story-filing";
import { UserError } from "@/lib/services/user-error";
import type { DetailsFormState, FormState } from "./form-state";

const FIELDS = ["title", "outlet", "outletKind", "url", "publishedAt", "text", "storyId"] as const;
const OUTLET_KINDS = ["wire", "newspaper", "broadcaster", "government", "other"] as const;
type OutletKind = (typeof OUTLET_KINDS)[number];

export async function addArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  let articleId: string;
  try {
    const result = await addPastedArticle({
      title: values.title ?? "",
      outlet: values.outlet ?? "",
      outletKind: OUTLET_KINDS.includes(values.outletKind as OutletKind) ? (values.outletKind as OutletKind) : undefined,
      url: values.url,
      publishedAt: values.publishedAt,
      text: values.text ?? "",
      storyId: values.storyId,
    });
    if (result.status === "duplicate") {
      return {
        status: "duplicate",
        articleId: result.articleId,
        message: [result.reason === "same-url" ? "An article from this URL is already stored." : "This article is already stored (same text).", storedCopyNote(result)].filter(Boolean).join(" "),
        values,
      };
    }
    articleId = result.articleId;
    await recordActivity(editor, "article.added", `added the article ${quoted(values.title?.trim() || "(untitled)")} (${values.outlet?.trim()}), pasted`, articleId);
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message, values };
    console.error("addArticleAction failed", error);
    return { status: "error", message: "Lacuna could not store the article because of an internal error. Your text is still in the form; try again.", values };
  }
  revalidatePath("/");
  redirect(`/articles/${articleId}?added=1`);
}

export async function reextractArticleAction(articleId: string): Promise<{ ok: boolean; message: string }> {
  const editor = await requireEditor();
  try {
    const { changed } = await reextractArticle(String(articleId));
    await recordActivity(editor, "article.reextracted", await reextractedText(String(articleId), changed), String(articleId));
    revalidatePath(`/articles/${articleId}`);
    return { ok: true, message: changed ? "Re-extracted: the text was updated." : "Re-extracted: the text is unchanged." };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("reextractArticleAction failed", error);
    return { ok: false, message: "Re-extraction failed; the stored text is unchanged." };
  }
}

/** Fetch again: the link's page as it is now replaces the stored version when it changed (an editor's write). */
export async function refetchArticleAction(articleId: string): Promise<{ ok: boolean; message: string }> {
  const editor = await requireEditor();
  try {
    const result = await refetchArticle(String(articleId), editor);
    // Its title and text show on lists, stories, comparisons and reports.
    if (result.changed) revalidatePath("/", "layout");
    else revalidatePath(`/articles/${articleId}`);
    return { ok: true, message: result.message };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("refetchArticleAction failed", error);
    return { ok: false, message: "Fetching again failed because of an internal error; the stored version is kept." };
  }
}

const DETAIL_FIELDS = ["title", "outlet", "publishedAt", "byline"] as const;

/** The analyst's corrections of an article's title, outlet, date and byline (the form on the article page). */
export async function editArticleDetailsAction(_previous: DetailsFormState, form: FormData): Promise<DetailsFormState> {
  const editor = await requireEditor();
  const articleId = String(form.get("articleId") ?? "");
  const values = Object.fromEntries(DETAIL_FIELDS.map((f) => [f, String(form.get(f) ?? "")]));
  try {
    await editArticleDetails(articleId, { title: values.title ?? "", outlet: values.outlet ?? "", publishedAt: values.publishedAt, byline: values.byline });
    await recordActivity(editor, "article.edited", `corrected the details of the article ${quoted(values.title ?? "")} (${values.outlet?.trim()})`, articleId);
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message, values };
    console.error("editArticleDetailsAction failed", error);
    return { status: "error", message: "The details could not be saved because of an internal error; nothing was changed.", values };
  }
  // Titles and outlet names show on every list, story, comparison and report.
  revalidatePath("/", "layout");
  return { status: "saved", message: "Saved." };
}

/** The question the Delete button asks: which reviews stay with their findings and which go (null: the article is gone). */
export async function deletionWarningAction(articleId: string): Promise<string | null> {
  await requireEditor();
  try {
    return deletionWarning(await deletionEffects(String(articleId)));
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

export async function deleteArticleAction(articleId: string): Promise<{ ok: false; message: string } | void> {
  const editor = await requireEditor();
  try {
    const gone = await deleteArticleKeepingReviews(String(articleId));
    await recordActivity(editor, "article.deleted", `deleted the article ${quoted(gone.title)} (${gone.outlet})`, String(articleId));
  } catch (error) {
    console.error("deleteArticleAction failed", error);
    return { ok: false, message: "The article could not be deleted (it may already be gone)." };
  }
  revalidatePath("/");
  redirect("/");
}

export async function uploadArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const editor = await requireEditor();
  const file = form.get("file");
  const outlet = String(form.get("outlet") ?? "");
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Choose a file to upload.", values: { outlet } };
  let articleId: string;
  try {
    const result = await addUploadedFile({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), outlet });
    if (result.status === "duplicate") {
      return { status: "duplicate", articleId: result.articleId, message: "This article is already stored.", values: { outlet } };
    }
    articleId = result.articleId;
    await recordActivity(editor, "article.added", `added an article from the file ${quoted(file.name)}${outlet.trim() ? ` (${outlet.trim()})` : ""}`, articleId);
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message, values: { outlet } };
    console.error("uploadArticleAction failed", error);
    return { status: "error", message: "Lacuna could not store the file because of an internal error; try again.", values: { outlet } };
  }
  revalidatePath("/");
  redirect(`/articles/${articleId}?added=1`);
}
