import { requireViewer } from "@/lib/auth/guards";
import { readReportExportFile } from "@/lib/services/report-exports";
import { downloadResponse } from "../../../reports/download";
import { errorResponse } from "../../../respond";

export const dynamic = "force-dynamic";

/** The finished file of a background export, as a real download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  try {
    return downloadResponse(await readReportExportFile((await params).id));
  } catch (error) {
    return errorResponse(error);
  }
}
