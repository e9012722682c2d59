/**
 * Use case: a report rendered in the background. The story PDF of long
 * articles takes tens of seconds; rather than hold a request (and a browser
 * tab) that long, the page starts an export job, polls it, and offers the
 * file once it is ready. The job survives a restart like any other (docs/jobs.md).
 * A ready file is offered only while the story or articles it was made from
 * are unchanged: otherwise its view says `stale` and the page offers a new one.
 */
import "server-only";
import { createReportExport, failReportExport, findLatestReportExport, findPendingReportExport, getReportExport, getReportExportFile, saveReportExportFile, type ExportState } from "../db/report-exports";
import { getJobStates } from "../db/jobs";
import { storyExists } from "../db/stories";
import type { JobConfig } from "../jobs/job-config";
import { JobHandedBack, type JobKind } from "../jobs/job-worker";
import { jobsQueued } from "../jobs/jobs-queued";
import { reportContentKey, type ReportSubject } from "./report-content-key";
import { settleStoryReviews } from "./story-overview";
import { exportComparisonReport, exportStoryReport, isReportFormat, type ReportFile } from "./export-report";
import { UserError } from "./user-error";

export const REPORT_EXPORT_JOB = "report-export";

export interface ReportExportRequest {
  subject: "story" | "comparison";
  /** The story id, or "<article A id>:<article B id>". */
  subjectId: string;
  format: string;
  hideDismissed?: boolean;
}

export interface ReportExportView {
  id: string;
  state: ExportState;
  /** "queued" while waiting for a worker, "running" while rendering (pending exports only). */
  progress: "queued" | "running" | null;
  fileName: string | null;
  error: string | null;
  /** A ready file made from an older state of the story or articles (or before such keys were kept): not to be offered. */
  stale: boolean;
}

export async function startReportExport(request: ReportExportRequest): Promise<{ id: string }> {
  if (!isReportFormat(request.format)) throw new UserError("invalid_input", `Unknown report format "${request.format}".`);
  if (request.subject === "comparison" && !/^[^:]+:[^:]+$/.test(request.subjectId)) throw new UserError("invalid_input", "A comparison export names two articles.");
  if (request.subject === "story" && !(await storyExists(request.subjectId))) throw new UserError("not_found", "No such story.");
  const input = { subject: request.subject, subjectId: request.subjectId, format: request.format, hideDismissed: request.hideDismissed ?? true };
  const pending = await findPendingReportExport(input);
  if (pending) return pending;
  const created = await createReportExport(input, REPORT_EXPORT_JOB);
  jobsQueued();
  return created;
}

/**
 * The newest prepared (or preparing) file of a report, for a page opened afresh: a
 * new browser has no export in its session, and the story page must still say that
 * the PDF prepared earlier is out of date, or offer it while it is current.
 */
export async function latestReportExportId(request: ReportExportRequest): Promise<string | null> {
  const found = await findLatestReportExport({ subject: request.subject, subjectId: request.subjectId, format: request.format, hideDismissed: request.hideDismissed ?? true });
  return found?.id ?? null;
}

/** The row's subject as the content key names it (the table holds only "story" and "comparison"). */
function subjectOf(row: { subject: string; subjectId: string }): ReportSubject {
  return { subject: row.subject === "story" ? "story" : "comparison", subjectId: row.subjectId };
}

/** Whether a ready file was made from another state of its story or articles than the current one (or before keys were kept). */
async function isOutOfDate(row: { subject: string; subjectId: string; contentKey: string | null }): Promise<boolean> {
  return row.contentKey === null || row.contentKey !== (await reportContentKey(subjectOf(row)));
}

export async function getReportExportView(id: string): Promise<ReportExportView> {
  const row = await getReportExport(id);
  if (!row) throw new UserError("not_found", "No such export.");
  const job = row.state === "pending" && row.jobId ? (await getJobStates([row.jobId])).get(row.jobId) : undefined;
  const stale = row.state === "ready" && (await isOutOfDate(row));
  return {
    id: row.id,
    state: row.state as ExportState,
    progress: row.state !== "pending" ? null : job?.state === "running" ? "running" : "queued",
    fileName: row.fileName,
    error: row.error,
    stale,
  };
}

/**
 * The ready file, while it is current. The page stops offering an out-of-date
 * file, but its address may be kept (a bookmark, a link sent to a colleague):
 * it must not hand over a report of what the story no longer says.
 */
export async function readReportExportFile(id: string): Promise<ReportFile> {
  const file = await getReportExportFile(id);
  if (!file || !file.body) throw new UserError("not_found", "This export is not ready, or has expired.");
  if (await isOutOfDate(file)) {
    const subject = subjectOf(file);
    throw new UserError(
      "outdated",
      subject.subject === "story"
        ? "The story has changed since this file was prepared, so it is out of date. Prepare it again from the story page."
        : "The compared articles or their reviews have changed since this file was prepared, so it is out of date. Prepare it again from the comparison page.",
      { ...subject },
    );
  }
  return { fileName: file.fileName ?? "report", contentType: file.contentType ?? "application/octet-stream", body: Buffer.from(file.body) };
}

function exportIdOf(payload: unknown): string {
  const exportId = (payload as { exportId?: unknown })?.exportId;
  if (typeof exportId !== "string") throw new Error("An export job without an export id.");
  return exportId;
}

/** The queue's handler: renders the report (its heavy parts in worker threads) and keeps the file for download. */
export function reportExportJobKind(config: Pick<JobConfig, "exportConcurrency" | "analysisBudgetMs">): JobKind {
  return {
    name: REPORT_EXPORT_JOB,
    cap: { total: config.exportConcurrency },
    // Several analyses and the PDF, each within the analysis budget.
    timeoutMs: config.analysisBudgetMs * 4,
    async run(payload, context) {
      const row = await getReportExport(exportIdOf(payload));
      if (!row || row.state !== "pending" || !isReportFormat(row.format)) return;
      let file: ReportFile;
      // Reviews still waiting to follow their findings move first: the report reads them where they go,
      // and a key taken before the move would call the file out of date the moment it is ready.
      if (row.subject === "story") await settleStoryReviews(row.subjectId).catch(() => undefined);
      // Taken before the report reads anything: a change made while it renders leaves the file marked out of date, never the other way round.
      const contentKey = await reportContentKey(subjectOf(row));
      try {
        const options = { hideDismissed: row.hideDismissed };
        if (row.subject === "story") file = await exportStoryReport(row.subjectId, row.format, options);
        else {
          const [a, b] = row.subjectId.split(":");
          file = await exportComparisonReport(a!, b!, row.format, options);
        }
      } catch (error) {
        if (context.signal.reason instanceof JobHandedBack) throw context.signal.reason;
        await failReportExport(row.id, error instanceof Error ? error.message : String(error));
        return;
      }
      if (context.signal.reason instanceof JobHandedBack) throw context.signal.reason;
      await saveReportExportFile(row.id, { fileName: file.fileName, contentType: file.contentType, body: typeof file.body === "string" ? Buffer.from(file.body, "utf8") : file.body, contentKey });
    },
    async giveUp(payload, reason) {
      await failReportExport(exportIdOf(payload), reason);
    },
  };
}
