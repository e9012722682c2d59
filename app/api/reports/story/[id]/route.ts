import { requireViewer } from "@/lib/auth/guards";
import { exportStoryReport } from "@/lib/services/export-report";
import { errorResponse } from "../../../respond";
import { downloadResponse } from "../../download";
import { reportOptions } from "../../format-param";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  try {
    const { id } = await params;
    const { format, hideDismissed } = reportOptions(request);
    return downloadResponse(await exportStoryReport(id, format, { hideDismissed }));
  } catch (error) {
    return errorResponse(error);
  }
}
