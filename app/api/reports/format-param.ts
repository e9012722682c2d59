import { isReportFormat, REPORT_FORMATS, type ReportFormat } from "@/lib/services/export-report";
import { UserError } from "@/lib/services/user-error";

export function reportOptions(request: Request): { format: ReportFormat; hideDismissed: boolean } {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "md";
  if (!isReportFormat(format)) throw new UserError("invalid_input", `Unknown report format "${format}"; use one of ${REPORT_FORMATS.join(", ")}.`);
  return { format, hideDismissed: params.get("dismissed") !== "show" };
}
