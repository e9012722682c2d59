import { requireViewer } from "@/lib/auth/guards";
import { exportComparisonReport } from "@/lib/services/export-report";
import { errorResponse } from "../../../../respond";
import { downloadResponse } from "../../../download";
import { reportOptions } from "../../../format-param";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ a: string; b: string }> }) {
  await requireViewer();
  try {
    const { a, b } = await params;
    const { format, hideDismissed, storyId } = reportOptions(request);
    return downloadResponse(await exportComparisonReport(a, b, format, { hideDismissed, storyId }));
  } catch (error) {
    return errorResponse(error);
  }
}
