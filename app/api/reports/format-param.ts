import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "@/lib/services/export-report";
import { UserError } from "@/lib/services/user-error";

export function reportOptions(request: Request): { format: ReportFormat; hideDismissed: boolean; storyId: string | null } {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "md";
  if (!isReportFormat(format)) throw new UserError("invalid_input", `Unknown report format "${format}"; use one of ${REPORT_FORMATS.join(", ")}.`);
  // `story`: the story a comparison was opened from, whose labels name its sides (ignored unless both articles are in it).
  return { format, hideDismissed: params.get("dismissed") !== "show", storyId: params.get("story") || null };
}
