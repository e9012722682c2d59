import { requireViewer } from "@/lib/auth/guards";
import { readReportExportFile } from "@/lib/services/report-exports";
import { UserError } from "@/lib/services/user-error";
import { downloadResponse } from "../../../reports/download";
import { errorResponse } from "../../../respond";
import { isUnavailableFile, unavailableFileResponse } from "../../unavailable-file-response";

export const dynamic = "force-dynamic";

/** The finished file of a background export, as a real download; one the story has outgrown, or expired, is refused with a page saying so. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  try {
    return downloadResponse(await readReportExportFile((await params).id));
  } catch (error) {
    if (error instanceof UserError && isUnavailableFile(error)) return unavailableFileResponse(error);
    return errorResponse(error);
  }
}
