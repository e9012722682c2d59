/** The report layer's public API: build a model, then render it in any format. */
export { buildComparisonReport, type ComparisonReportMeta } from "./build-comparison-report";
export { buildStoryReport, type StoryFlagInput, type StoryReportInput } from "./build-story-report";
export type * from "./model";
export { renderCsv } from "./render-csv";
export { renderHtml } from "./render-html";
export { renderJson } from "./render-json";
export { renderMarkdown } from "./render-markdown";
export { renderPdf } from "./render-pdf";
export { reportFileName } from "./report-file-name";
