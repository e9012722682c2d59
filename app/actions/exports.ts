"use server";

import { requireViewer } from "@/lib/auth/guards";
import { startReportExport } from "@/lib/services/report-exports";
import { UserError } from "@/lib/services/user-error";

export type StartExportResult = { ok: true; id: string } | { ok: false; message: string };

/** Queues a report to be rendered in the background; the button then polls /api/exports/:id. */
export async function startExportAction(subject: "story" | "comparison", subjectId: string, format: string): Promise<StartExportResult> {
  await requireViewer();
  try {
    if (subject !== "story" && subject !== "comparison") throw new UserError("invalid_input", "Unknown report subject.");
    const { id } = await startReportExport({ subject, subjectId: String(subjectId), format: String(format) });
    return { ok: true, id };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("startExportAction failed", error);
    return { ok: false, message: "The export could not start because of an internal error. Try again." };
  }
}
