import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleActions } from "@/components/articles/article-actions";
import { ArticleBody } from "@/components/articles/article-body";
import { ComparePicker } from "@/components/articles/compare-picker";
import { OutletKindEditor } from "@/components/articles/outlet-kind-editor";
import { ArticleDetailsEditor } from "@/components/articles/article-details-editor";
import { shortArticleMessage } from "@/components/articles/short-article";
import { formatDate, formatDateTime } from "@/components/format";
import { SafeExternalLink } from "@/components/safe-link";
import { ReusedPassages } from "@/components/articles/reused-passages";
import { StoryFiling } from "@/components/stories/story-filing";
import { canEdit, requireViewer } from "@/lib/auth/guards";
import { getArticle, listRecentArticles, listSameTextArticles } from "@/lib/db/articles";
import { activityAbout } from "@/lib/services/activity";
import { findReusedPassages } from "@/lib/services/passage-search";
import { suggestStoryForArticle } from "@/lib/services/suggest-story";
import { articleBlocks, citationUrl } from "@/lib/services/article-document";
import { htmlLang, languageName } from "@/lib/compare/language-note";
import { openingLanguage } from "@/lib/text/language";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireViewer();
  const article = await getArticle((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Params) {
  const editor = canEdit(await requireViewer());
  const { id } = await params;
  const { added } = await searchParams;
  const article = await getArticle(id);
  if (!article) notFound();
  const blocks = articleBlocks(article);
  const citation = citationUrl(article);
  // Read from its opening, as the analysis does (lib/text/language.ts): its words are marked with their language.
  const language = openingLanguage(blocks.map((b) => b.text));
  const lang = htmlLang(language.english ? undefined : language.code);
  const [recent, suggestion, sameText, reused, history] = await Promise.all([
    listRecentArticles(200),
    article.storyId || !editor ? null : suggestStoryForArticle(id),
    listSameTextArticles(article.contentHash),
    findReusedPassages(id, article),
    activityAbout(id),
  ]);
  const others = recent.filter((a) => a.id !== id);
  const original = sameText[0] && sameText[0].id !== id ? sameText[0] : null;
  const copies = sameText[0]?.id === id ? sameText.slice(1) : [];
  const short = shortArticleMessage(article.wordCount);

  return (
    <article className="mx-auto max-w-3xl">
      {added && (
        <p role="status" className="mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Article added.
        </p>
      )}
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium uppercase tracking-wide text-stone-700">
        <span>{article.outlet.name}</span>
        {article.outlet.domain && <span className="normal-case tracking-normal" title="The site it was fetched from">· {article.outlet.domain}</span>}
        {editor ? <OutletKindEditor outletId={article.outletId} outletName={article.outlet.name} kind={article.outlet.kind} /> : <span className="normal-case tracking-normal text-stone-600">({article.outlet.kind})</span>}
      </p>
      <h1 lang={lang} dir={lang ? "auto" : undefined} className="mt-1 font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
      <p className="mt-2 text-sm text-stone-600">
        {article.byline && <>{article.byline} · </>}
        {formatDate(article.publishedAt)} · {article.wordCount.toLocaleString("en-US")} words
        {citation && (
          <>
            {" · "}
            <SafeExternalLink href={citation}>original</SafeExternalLink>
            {/* The link as pasted, when the redirects or its tracking parameters made it another address. */}
            {article.url && article.url !== citation && (
              <>
                {" ("}
                <SafeExternalLink href={article.url}>link as given</SafeExternalLink>
                {")"}
              </>
            )}
          </>
        )}
        {article.story && (
          <>
            {" · story: "}
            <Link href={`/stories/${article.story.id}`} className="text-indigo-700 underline">{article.story.title}</Link>
          </>
        )}
      </p>

      {editor && (
        <ArticleDetailsEditor
          articleId={article.id}
          current={{ title: article.title, outlet: article.outlet.name, publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? "", byline: article.byline ?? "" }}
        />
      )}

      {original && (
        <p role="note" className="mt-3 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950">
          <strong>Syndicated copy</strong>: the same text as{" "}
          <Link href={`/articles/${original.id}`} className="underline">{original.outlet.name}: {original.title}</Link>, its original (published first, or stored first when the dates do not tell). In a story&apos;s coverage the two count as one report.
        </p>
      )}
      {copies.length > 0 && (
        <p role="note" className="mt-3 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950">
          <strong>Reprinted word for word</strong> by{" "}
          {copies.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ", "}
              <Link href={`/articles/${c.id}`} className="underline">{c.outlet.name}</Link>
            </span>
          ))}
          : stored as syndicated copies of this article, counted once with it in a story&apos;s coverage.
        </p>
      )}
      {short && (
        <p role="note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {short}
        </p>
      )}
      {article.canonicalClaim && (
        <p role="note" className="mt-2 text-sm text-amber-900">
          The page claims to be <span className="break-all font-mono text-xs">{article.canonicalClaim}</span>; Lacuna did not take that as its address, because{" "}
          {article.finalUrl
            ? `it is not a web address on the site the page was fetched from${article.outlet.domain ? ` (${article.outlet.domain})` : ""}.`
            : "an uploaded file cannot show where it came from."}
        </p>
      )}

      <div className="mt-3">
        <ArticleActions articleId={article.id} fetchedFrom={article.sourceKind === "html" ? article.url : null} />
      </div>

      {editor && (
      <section aria-labelledby="story-filing" className="mt-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="story-filing" className="text-sm font-semibold text-stone-700">Story</h2>
        <div className="mt-2">
          <StoryFiling articleId={article.id} currentStory={article.story} suggestion={suggestion} defaultNewTitle={article.title} />
        </div>
      </section>
      )}

      {others.length > 0 && (
        <section aria-labelledby="compare-with" className="mt-6 rounded border border-stone-200 bg-white p-4">
          <h2 id="compare-with" className="text-sm font-semibold text-stone-700">Compare with another article</h2>
          <div className="mt-2">
            <ComparePicker
              initialA={article.id}
              articles={[{ id: article.id, label: `${article.outlet.name}: ${article.title}` }, ...others.map((a) => ({ id: a.id, label: `${a.outlet.name}: ${a.title}` }))]}
            />
          </div>
        </section>
      )}

      <div className="mt-8">
        {!language.english && (
          <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            This article is in {languageName(language.code)}. Lacuna reads names in English text only, so it compares this article with others in {languageName(language.code)} by their passages, quotations and figures, and lists no omissions against articles in other languages (it does not translate).
          </p>
        )}
        <ArticleBody blocks={blocks} lang={lang} />
      </div>

      <section aria-labelledby="reused-heading" className="mt-10 rounded border border-stone-200 bg-stone-50 p-4">
        <h2 id="reused-heading" className="text-sm font-semibold text-stone-700">Where else these passages appear</h2>
        <div className="mt-2">
          <ReusedPassages articleId={article.id} passages={reused ?? []} />
        </div>
      </section>

      {history.length > 0 && (
        <section aria-labelledby="history-heading" className="mt-6 text-sm">
          <h2 id="history-heading" className="font-semibold text-stone-700">History of this article</h2>
          <ol className="mt-1 space-y-0.5 text-stone-700">
            {history.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at} className="tabular-nums text-xs text-stone-600">{formatDateTime(entry.at)}</time> <strong className="font-medium">{entry.actor}</strong> {entry.text}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
