import { requireEditor } from "@/lib/auth/guards";
import { NextResponse } from "next/server";
import { z } from "zod";
import { linksQueuedText, recordActivity } from "@/lib/services/activity";
import { startIngestBatch } from "@/lib/services/ingest-urls";
import { UserError } from "@/lib/services/user-error";
import { errorResponse } from "../respond";

export const dynamic = "force-dynamic";

const Body = z.object({ links: z.string().max(200_000), storyId: z.string().optional() });

/**
 * Queues a batch of links (what the paste box does) for scripts and tools:
 * 202 with the batch id; GET /api/ingest/:batchId follows it.
 */
export async function POST(request: Request) {
  const editor = await requireEditor();
  try {
    const parsed = Body.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new UserError("invalid_input", 'Send JSON: {"links": "one URL per line", "storyId"?: "…"}.');
    const { batchId, rejected, queued, repeated } = await startIngestBatch(parsed.data.links, { storyId: parsed.data.storyId ?? null, requestedBy: editor.username });
    await recordActivity(editor, "links.queued", await linksQueuedText(queued, parsed.data.storyId, repeated), parsed.data.storyId ?? null);
    return NextResponse.json({ batchId, rejected }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
