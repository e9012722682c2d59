import { requireViewer } from "@/lib/auth/guards";
import { NextResponse } from "next/server";
import { getReportExportView } from "@/lib/services/report-exports";
import { errorResponse } from "../../respond";

export const dynamic = "force-dynamic";

/** The state of a background export; the export button polls it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  try {
    return NextResponse.json(await getReportExportView((await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
