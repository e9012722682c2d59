"use server";

import { requireEditor } from "@/lib/auth/guards";
import { linksQueuedText, recordActivity } from "@/lib/services/activity";
import { retryIngestLink, startIngestBatch } from "@/lib/services/ingest-urls";
import { UserError } from "@/lib/services/user-error";

export type StartIngestResult = { ok: true; batchId: string; rejected: Array<{ input: string; reason: string }> } | { ok: false; message: string };

export async function startIngestAction(pasted: string, storyId?: string): Promise<StartIngestResult> {
  const editor = await requireEditor();
  try {
    const { batchId, rejected, queued, repeated } = await startIngestBatch(String(pasted ?? ""), { storyId: storyId || null, requestedBy: editor.username });
    await recordActivity(editor, "links.queued", await linksQueuedText(queued, storyId, repeated), storyId || null);
    return { ok: true, batchId, rejected };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("startIngestAction failed", error);
    return { ok: false, message: "The import could not start because of an internal error. Your links are still in the box; try again." };
  }
}

export async function retryLinkAction(linkId: string): Promise<{ ok: boolean; message?: string }> {
  await requireEditor();
  try {
    await retryIngestLink(String(linkId));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof UserError ? error.message : "The retry could not start." };
  }
}
