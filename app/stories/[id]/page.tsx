import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComparePicker } from "@/components/articles/compare-picker";
import { compareHref } from "@/components/compare/compare-page-href";
import { IngestBox } from "@/components/articles/ingest-box";
import { formatDate } from "@/components/format";
import { ExportLinks } from "@/components/reports/export-links";
import { independentReportsNote, notComparedNote } from "@/components/stories/story-phrases";
import { sharedWithOthersText } from "@/components/stories/shared-figure-text";
import { PairFigure, SharedFigure } from "@/components/stories/shared-figure";
import { StoryCoverage } from "@/components/stories/story-coverage";
import { reportSources } from "@/components/stories/report-sources";
import { buildStoryCoverageModel, type StoryCoverageModel } from "@/components/stories/story-coverage-model";
import { pairPreview, type PairPreview } from "@/components/stories/pair-preview";
import { StorySummaryBox } from "@/components/stories/story-summary";
import { StoryTitle } from "@/components/stories/story-title";
import { canEdit, requireViewer } from "@/lib/auth/guards";
import { getStory } from "@/lib/db/stories";
import { itemReviewKey } from "@/lib/report/item-review";
import { compareArticles } from "@/lib/services/compare-articles";
import { reviewStateOf } from "@/lib/services/flag-reviews";
import { storyConcernedArticles } from "@/lib/services/review-text-changes";
import { latestReportExportId } from "@/lib/services/report-exports";
import { getStoryOverview } from "@/lib/services/story-overview";
import { SUMMARY_MAX_CHARS } from "@/lib/services/story-summary";
import { UserError } from "@/lib/services/user-error";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireViewer();
  const story = await getStory((await params).id);
  return { title: story?.title ?? "Story not found" };
}

/** With two independent reports, what each leaves out: the first items of their comparison (null when it cannot be made). */
async function previewOfPair(sources: StoryCoverageModel["sources"], storyId: string): Promise<PairPreview | null> {
  const [a, b] = reportSources(sources);
  if (!a || !b) return null;
  try {
    // Named as the story names them, so the reasons say "Meridian Press (2)" as the preview's headings do.
    const { comparison, reviews } = await compareArticles(a.id, b.id, { a: a.label, b: b.label });
    // Dismissed as the compare page decides it: the review on the item's lead flag, or on the flag of it that carries one.
    const dismissed = (item: { id: string; flags: readonly string[] }) => reviews.get(itemReviewKey(item, (key) => reviews.has(key)))?.status === "dismissed";
    return pairPreview(comparison, { a: a.label, b: b.label }, compareHref(a.id, b.id, storyId), dismissed);
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

export default async function StoryPage({ params }: Params) {
  const editor = canEdit(await requireViewer());
  const { id } = await params;
  let overview;
  try {
    overview = await getStoryOverview(id);
  } catch (error) {
    if (error instanceof UserError && error.code === "not_found") notFound();
    throw error;
  }
  const { story, articles, coverage, scope } = overview;
  const concerned = storyConcernedArticles(overview);
  const reviews = Object.fromEntries([...overview.reviews].map(([key, r]) => [key, reviewStateOf(r, concerned(key))]));
  const outlets = new Set(articles.map((a) => a.outlet)).size;
  const coverageModel = coverage ? buildStoryCoverageModel(coverage, overview.passages, articles) : null;
  // How many independent reports, and which articles are not one (copies, another language): the numbers add up.
  const reportsNote = coverageModel ? independentReportsNote(coverageModel.sources) : null;
  // The PDF prepared earlier, if any: the page says at once whether it is current or out of date.
  const latestPdf = await latestReportExportId({ subject: "story", subjectId: story.id, format: "pdf" });
  const pair = coverageModel && coverageModel.reports === 2 && coverageModel.flags.length === 0 ? await previewOfPair(coverageModel.sources, story.id) : null;
  return (
    <div className="space-y-8">
      <div>
        <StoryTitle storyId={story.id} title={story.title} articleCount={articles.length} />
        <p className="mt-1 text-sm text-stone-600">
          {articles.length} article{articles.length === 1 ? "" : "s"} from {outlets} outlet{outlets === 1 ? "" : "s"}
          {reportsNote && <> · {reportsNote}</>}
        </p>
        <div className="mt-3">
          <ExportLinks basePath={`/api/reports/story/${story.id}`} label="Export story report" background={{ subject: "story", subjectId: story.id, formats: ["pdf"], latest: { pdf: latestPdf } }} />
        </div>
        {/* The analyst's conclusion first: what a colleague opening the story reads before the machine's findings. */}
        <div className="mt-4">
          <StorySummaryBox storyId={story.id} summary={story.summary} version={story.summaryVersion} maxChars={SUMMARY_MAX_CHARS} />
        </div>
      </div>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading" className="font-serif text-xl font-semibold">Articles</h2>
        {articles.length === 0 ? (
          <p className="mt-2 text-stone-600">This story has no articles. Add them from their links below, or file stored articles under it from their pages.</p>
        ) : (
          <div className="mt-2 overflow-x-auto rounded border border-stone-200 bg-white">
            <table className="min-w-full text-sm">
              <thead className="bg-stone-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">Outlet</th>
                  <th scope="col" className="px-3 py-2">Date</th>
                  <th scope="col" className="px-3 py-2">Title</th>
                  <th scope="col" className="px-3 py-2 text-right">Words</th>
                  <th scope="col" className="px-3 py-2 text-right">Shared with others<sup aria-hidden="true">*</sup></th>
                  {articles.length >= 2 && <th scope="col" className="px-3 py-2">Compare with</th>}
                </tr>
              </thead>
              <tbody>
                {articles.map((a, i) => (
                  <tr key={a.id} className="border-t border-stone-200 align-top">
                    <td className="px-3 py-2">
                      {a.label} <span className="text-xs text-stone-600">{a.outletKind}</span>
                      {a.copyOf && <span className="block text-xs font-medium text-sky-900">syndicated copy of {a.copyOf}</span>}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{formatDate(a.publishedAt)}</td>
                    <td className="px-3 py-2"><Link href={`/articles/${a.id}`} className="text-indigo-800 hover:underline">{a.title}</Link></td>
                    <td className="px-3 py-2 text-right tabular-nums">{a.wordCount.toLocaleString("en-US")}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {/* In another language than every other article: no figure, and a marker that says why rather than "—" or 0%. */}
                      <SharedFigure figure={sharedWithOthersText(a)} />
                      {a.meanSimilarity !== null && notComparedNote(a.notComparedWith) && <span className="block text-xs text-stone-600">{notComparedNote(a.notComparedWith)}</span>}
                    </td>
                    {articles.length >= 2 && (
                      <td className="px-3 py-2">
                        <ul className="flex flex-wrap gap-x-3">
                          {articles.map((b, j) =>
                            j === i ? null : (
                              <li key={b.id}>
                                <Link href={compareHref(a.id, b.id, story.id)} className="text-indigo-700 underline" aria-label={`Compare ${a.label} with ${b.label}`}>
                                  {b.label}
                                </Link>
                                <PairFigure share={a.sharedWith[j] ?? null} />
                              </li>
                            ),
                          )}
                        </ul>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {articles.length >= 2 && (
          <p className="mt-2 text-xs text-stone-700">
            <span aria-hidden="true">*</span> Shared with others: on average, how much of this article&apos;s content the other articles also report (the mean of its “shared” figures with each of them; the figure beside each “Compare with” link is that pair&apos;s). Articles in another language are not compared, so they are not counted in the mean, and a pair in two languages shows “not compared (other language)” instead of a figure.
          </p>
        )}
        {articles.length === 1 && <p className="mt-2 text-sm text-stone-600">Add a second outlet&apos;s article to compare coverage.</p>}
      </section>

      {coverageModel && <StoryCoverage model={coverageModel} scope={scope} reviews={reviews} pair={pair} />}

      {articles.length >= 2 && (
        <section aria-labelledby="pick-heading" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="pick-heading" className="font-serif text-lg font-semibold">Compare any two</h2>
          <div className="mt-2">
            <ComparePicker articles={articles.map((a) => ({ id: a.id, label: `${a.label}: ${a.title}` }))} storyId={story.id} />
          </div>
        </section>
      )}

      {/* Last: adding is occasional, reading what each source leaves out is why the page is opened. */}
      {editor && (
        <section aria-labelledby="add-links-heading" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="add-links-heading" className="font-serif text-lg font-semibold">Add articles to this story</h2>
          <p className="mt-1 text-sm text-stone-600">Paste other outlets&apos; links; Lacuna fetches each page, keeps only the article and files it here.</p>
          <div className="mt-3">
            <IngestBox story={{ id: story.id, title: story.title }} />
          </div>
        </section>
      )}
    </div>
  );
}
