import { requireViewer } from "@/lib/auth/guards";
import { readReportExportFile } from "@/lib/services/report-exports";
import { HTTP_STATUS, UserError } from "@/lib/services/user-error";
import { downloadResponse } from "../../../reports/download";
import { errorResponse } from "../../../respond";
import { outdatedFileResponse } from "../../outdated-file-response";

export const dynamic = "force-dynamic";

/** The finished file of a background export, as a real download; a file the story has outgrown is refused with a page saying so. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireViewer();
  try {
    return downloadResponse(await readReportExportFile((await params).id));
  } catch (error) {
    if (error instanceof UserError && error.code === "outdated") return outdatedFileResponse(error, HTTP_STATUS.outdated);
    return errorResponse(error);
  }
}
