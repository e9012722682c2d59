import { requireEditor } from "@/lib/auth/guards";
import { NextResponse } from "next/server";
import { z } from "zod";
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
  await requireEditor();
  try {
    const parsed = Body.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new UserError("invalid_input", 'Send JSON: {"links": "one URL per line", "storyId"?: "…"}.');
    const { batchId, rejected } = await startIngestBatch(parsed.data.links, { storyId: parsed.data.storyId ?? null });
    return NextResponse.json({ batchId, rejected }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
