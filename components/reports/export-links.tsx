import { BackgroundExport } from "./background-export";

const FORMATS = [
  { format: "md", label: "Markdown" },
  { format: "html", label: "HTML" },
  { format: "pdf", label: "PDF" },
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV" },
] as const;

/**
 * Download links for a report in every format; the route answers with a real file (Content-Disposition).
 * `background` formats are rendered by the job queue instead (a story PDF of long articles takes
 * tens of seconds): a button prepares the file and offers it when ready.
 */
export function ExportLinks({
  basePath,
  label = "Export report",
  background,
}: {
  /** The report's address, with any query of its own (a comparison's `?story=`). */
  basePath: string;
  label?: string;
  /** `latest`: each background format's newest prepared file (its export id), so a page opened afresh still shows it, or that it is out of date. */
  background?: { subject: "story" | "comparison"; subjectId: string; formats: string[]; latest?: Record<string, string | null> };
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium text-stone-700">{label}:</span>
      {FORMATS.map(({ format, label: name }) =>
        background?.formats.includes(format) ? (
          <BackgroundExport key={format} subject={background.subject} subjectId={background.subjectId} format={format} label={name} latestExportId={background.latest?.[format] ?? null} />
        ) : (
          <a key={format} href={`${basePath}${basePath.includes("?") ? "&" : "?"}format=${format}`} download className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100">
            {name}
          </a>
        ),
      )}
    </nav>
  );
}
