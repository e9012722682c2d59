import { NextResponse } from "next/server";
import { requireViewer } from "@/lib/auth/guards";
import { getIngestBatch } from "@/lib/services/ingest-urls";
import { errorResponse } from "../../respond";

export const dynamic = "force-dynamic";

/** The live state of an import batch; the paste box polls it. */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  await requireViewer();
  try {
    return NextResponse.json({ links: await getIngestBatch((await params).batchId) });
  } catch (error) {
    return errorResponse(error);
  }
}
