import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareView } from "@/components/compare/compare-view";
import { ExportLinks } from "@/components/reports/export-links";
import { compareHref, pageIndexFromQuery } from "@/components/compare/compare-page-href";
import { buildComparePageModel } from "@/components/compare/compare-page-model";
import { formatDate, formatPercent } from "@/components/format";
import { NOT_COMPARED_OTHER_LANGUAGE } from "@/lib/compare/not-compared-label";
import { SafeExternalLink } from "@/components/safe-link";
import { requireViewer } from "@/lib/auth/guards";
import { getArticleNames } from "@/lib/db/articles";
import { pairLabels } from "@/lib/compare/source-labels";
import { languageNote } from "@/lib/compare/language-note";
import { compareArticles } from "@/lib/services/compare-articles";
import { reviewStateOf } from "@/lib/services/flag-reviews";
import { storyPairLabels } from "@/lib/services/story-overview";
import { UserError } from "@/lib/services/user-error";

export const dynamic = "force-dynamic";

/** Passages past the aligner's cap are neither matched nor missing: say so instead of listing them as one-sided. */
function notComparedMessage({ a, b, limit }: { a: number; b: number; limit: number }): string {
  const sides = [a > 0 ? `${a.toLocaleString("en")} in A` : "", b > 0 ? `${b.toLocaleString("en")} in B` : ""].filter(Boolean).join(", ");
  return `Only the first ${limit.toLocaleString("en")} passages of each article were compared. The passages after that (${sides}) were not, so they show neither as matches nor as left out.`;
}

type Params = { params: Promise<{ a: string; b: string }>; searchParams?: Promise<{ order?: string; page?: string; items?: string; story?: string | string[] }> };

/** The story the page was opened from (`?story=`), if any: its labels name the two (storyPairLabels checks both are in it). */
function storyOf(query: { story?: string | string[] }): string | null {
  return typeof query.story === "string" && query.story ? query.story : null;
}

export async function generateMetadata({ params, searchParams }: Params): Promise<Metadata> {
  await requireViewer();
  const { a, b } = await params;
  const storyId = storyOf((await searchParams) ?? {});
  // The outlets name the tab ("ANI vs Republic World"), as the page's heading does: an analyst keeps several comparisons open.
  const names = await getArticleNames([a, b]);
  const [nameA, nameB] = [names.get(a), names.get(b)];
  if (!nameA || !nameB) return { title: "Comparison not found" };
  const labels = (storyId && (await storyPairLabels(storyId, a, b))) || pairLabels(nameA, nameB);
  return { title: `${labels.a} vs ${labels.b}` };
}

export default async function ComparePage({ params, searchParams }: Params) {
  await requireViewer();
  const { a, b } = await params;
  const query = (await searchParams) ?? {};
  // Opened from a story: named as the story page named them, when both are still in it; the parameter is kept only then.
  const story = storyOf(query);
  const storyLabels = story ? await storyPairLabels(story, a, b) : null;
  const storyId = storyLabels ? story : null;
  let result;
  try {
    result = await compareArticles(a, b, storyLabels);
  } catch (error) {
    if (error instanceof UserError && error.code === "not_found") notFound();
    if (error instanceof UserError) {
      return (
        <div className="mx-auto max-w-xl py-12">
          <h1 className="font-serif text-2xl font-semibold">Cannot compare</h1>
          <p role="alert" className="mt-3 text-rose-800">{error.message}</p>
          <Link href={`/articles/${a}`} className="mt-4 inline-block text-indigo-700 underline">Back to the article</Link>
        </div>
      );
    }
    throw error;
  }
  const { comparison } = result;
  const model = buildComparePageModel(comparison, {
    order: query.order === "b" ? "b" : "a",
    page: pageIndexFromQuery(query.page),
    itemWindow: pageIndexFromQuery(query.items),
    reviewStatus: (key) => result.reviews.get(key)?.status,
    // The names the analysis wrote its reasons with (the story's, else the pair's own): the page says them everywhere.
    labels: result.labels,
  });
  const { stats } = comparison;
  // Every review of the pair concerns both articles: one made before either's text changed says so.
  const reviews = Object.fromEntries([...result.reviews].map(([key, r]) => [key, reviewStateOf(r, result.textStates)]));
  const languages = languageNote(comparison, model.labels);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-start gap-4">
        <div className="min-w-0 flex-1">
          <h1 className="font-serif text-2xl font-semibold">
            {model.labels.a} vs {model.labels.b}
          </h1>
          <p className="mt-1 text-sm text-stone-700">
            A: <Link href={`/articles/${a}`} className="underline">{comparison.a.title}</Link> ({formatDate(comparison.a.publishedAt)}
            {comparison.a.url && <>, <SafeExternalLink href={comparison.a.url}>source</SafeExternalLink></>}) · B:{" "}
            <Link href={`/articles/${b}`} className="underline">{comparison.b.title}</Link> ({formatDate(comparison.b.publishedAt)}
            {comparison.b.url && <>, <SafeExternalLink href={comparison.b.url}>source</SafeExternalLink></>})
          </p>
        </div>
        <Link href={compareHref(b, a, storyId)} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">Swap A and B</Link>
      </div>
      {result.notCompared && (
        <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notComparedMessage(result.notCompared)}
        </p>
      )}
      {languages && (
        <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {languages}
        </p>
      )}
      <p className="mb-3 max-w-4xl text-sm text-stone-800">
        {/* Two languages: not compared, and "0% shared" would read as "nothing in common". */}
        {comparison.crossLanguage ? (
          <>
            <strong>Shared: {NOT_COMPARED_OTHER_LANGUAGE}</strong>.{" "}
          </>
        ) : (
          <>
            <strong>{formatPercent(comparison.similarity)} shared</strong>: the share of the two articles&apos; content (words weighted by how telling they are) that sits in passages both report, counted by how closely those passages match.{" "}
          </>
        )}
        Of {stats.passagesA} passages in {model.labels.a} and {stats.passagesB} in {model.labels.b}: {stats.identical + stats.near} read the same or with light edits,{" "}
        {stats.paraphrase} {stats.paraphrase === 1 ? "is" : "are"} reworded, {stats.partial} partly {stats.partial === 1 ? "matches" : "match"} (one side says more),{" "}
        {stats.moved} moved; {stats.onlyA} {stats.onlyA === 1 ? "is" : "are"} only in {model.labels.a} and {stats.onlyB} only in {model.labels.b}.
      </p>
      <div className="mb-4">
        <ExportLinks basePath={`/api/reports/comparison/${a}/${b}${storyId ? `?${new URLSearchParams({ story: storyId })}` : ""}`} />
      </div>
      <CompareView model={model} basePath={compareHref(a, b, storyId)} scope={result.scope} reviews={reviews} swappedKeys={Object.fromEntries(result.swappedKeys)} />
    </div>
  );
}
