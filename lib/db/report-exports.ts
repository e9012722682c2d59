/** Reports rendered in the background (reads and writes of one table); each is made by one queue job. */
import "server-only";
import { db } from "./client";
import { newJobRow } from "./jobs";

export type ExportState = "pending" | "ready" | "failed";

export interface NewReportExport {
  subject: "story" | "comparison";
  subjectId: string;
  format: string;
  hideDismissed: boolean;
}

/** How long a finished file is kept for its download. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** The export row and its job in one transaction; files older than a day are cleared on the way. */
export async function createReportExport(input: NewReportExport, jobKind: string): Promise<{ id: string }> {
  const client = await db();
  const job = newJobRow({ kind: jobKind, payload: null });
  return client.$transaction(async (tx) => {
    await tx.reportExport.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
    const created = await tx.reportExport.create({ data: { ...input, jobId: job.id }, select: { id: true } });
    await tx.job.create({ data: { ...job, payload: JSON.stringify({ exportId: created.id }) } });
    return created;
  });
}

/** A pending export of the same report, so a second click follows the first instead of starting another. */
export async function findPendingReportExport(input: NewReportExport) {
  return (await db()).reportExport.findFirst({ where: { ...input, state: "pending" }, select: { id: true } });
}

/** The newest export of a report that is ready or under way (a failed one is no news to a page opened later). */
export async function findLatestReportExport(input: NewReportExport) {
  return (await db()).reportExport.findFirst({ where: { ...input, state: { in: ["pending", "ready"] } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
}

export async function getReportExport(id: string) {
  return (await db()).reportExport.findUnique({ where: { id }, omit: { body: true } });
}

export async function getReportExportFile(id: string) {
  return (await db()).reportExport.findFirst({ where: { id, state: "ready" }, select: { subject: true, subjectId: true, contentKey: true, fileName: true, contentType: true, body: true } });
}

/** Keeps the finished file with the key of what it was made from (`contentKey`, see lib/services/report-content-key.ts). */
export async function saveReportExportFile(id: string, file: { fileName: string; contentType: string; body: Uint8Array; contentKey: string | null }) {
  await (await db()).reportExport.updateMany({
    where: { id, state: "pending" },
    data: { state: "ready", fileName: file.fileName, contentType: file.contentType, body: Buffer.from(file.body), contentKey: file.contentKey, error: null },
  });
}

export async function failReportExport(id: string, error: string) {
  await (await db()).reportExport.updateMany({ where: { id, state: "pending" }, data: { state: "failed", error } });
}
