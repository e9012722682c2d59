import Link from "next/link";
import { AddArticleForm } from "@/components/articles/add-article-form";
import { ComparePicker } from "@/components/articles/compare-picker";
import { IngestBox } from "@/components/articles/ingest-box";
import { UploadForm } from "@/components/articles/upload-form";
import { formatDate } from "@/components/format";
import { Pagination } from "@/components/layout/pagination";
import { FoundStories } from "@/components/stories/found-stories";
import { StoryListItem } from "@/components/stories/story-list-item";
import { canEdit, requireViewer } from "@/lib/auth/guards";
import { listRecentArticlesPage } from "@/lib/db/articles";
import { getStorySummaries, listStoriesPage, pageNumber } from "@/lib/db/stories";
import { findArticles, SEARCH_RESULTS } from "@/lib/services/article-search";
import { searchStories } from "@/lib/services/story-search";

export const dynamic = "force-dynamic";

/** Items per page: the home page costs the same with ten stories or ten thousand. */
const STORIES_PER_PAGE = 20;
const ARTICLES_PER_PAGE = 30;

type Props = { searchParams: Promise<{ stories?: string; articles?: string; q?: string; sq?: string }> };

type ListedArticle = Awaited<ReturnType<typeof listRecentArticlesPage>>["items"][number];

function ArticleList({ articles }: { articles: readonly ListedArticle[] }) {
  return (
    <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {articles.map((article) => (
        <li key={article.id} className="p-3">
          <Link href={`/articles/${article.id}`} className="font-medium text-stone-900 hover:text-indigo-800 hover:underline">
            {article.title}
          </Link>
          <p className="text-sm text-stone-600">
            {article.outlet.name} · {formatDate(article.publishedAt)} · {article.wordCount.toLocaleString("en-US")} words
            {article.story && <> · in “{article.story.title}”</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function HomePage({ searchParams }: Props) {
  const editor = canEdit(await requireViewer());
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q : "";
  const searching = q.trim() !== "";
  const sq = typeof query.sq === "string" ? query.sq : "";
  // A search shows its results instead of the recent articles (or stories), so that page is not read then.
  const [storyPage, articlePage, search, storiesFound] = await Promise.all([
    listStoriesPage(pageNumber(query.stories), STORIES_PER_PAGE),
    searching ? null : listRecentArticlesPage(pageNumber(query.articles), ARTICLES_PER_PAGE),
    searching ? findArticles(q) : null,
    // Found stories are listed as the list shows them: outlets, summary, a first comparison.
    sq.trim() ? searchStories(sq, STORIES_PER_PAGE + 1).then((found) => getStorySummaries(found.map((story) => story.id))) : null,
  ]);
  const stories = storyPage.items;
  const articles = articlePage?.items ?? [];
  // The compare picker offers what the list shows: a search is also how to pick two articles from anywhere.
  const shown = search ? search.articles : articles;
  const href = (next: { stories?: number; articles?: number }) => {
    const params = new URLSearchParams();
    const s = next.stories ?? storyPage.page;
    const a = next.articles ?? articlePage?.page ?? 1;
    if (s > 1) params.set("stories", String(s));
    if (a > 1) params.set("articles", String(a));
    const qs = params.toString();
    return qs ? `/?${qs}` : "/";
  };
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <section aria-labelledby="stories-heading">
        <h1 id="stories-heading" className="font-serif text-2xl font-semibold">Stories</h1>
        {storyPage.total > 0 && <p className="mt-1 text-sm text-stone-600">{storyPage.total.toLocaleString("en-US")} in all, most recently changed first.</p>}
        {storyPage.total > 0 && (
          <form method="get" action="/" role="search" aria-label="Stories" className="mt-2 flex flex-wrap items-end gap-2">
            {q && <input type="hidden" name="q" value={q} />}
            <label className="block text-sm font-medium text-stone-700">
              Find a story <span className="font-normal text-stone-600">(words of its title)</span>
              <input name="sq" type="search" defaultValue={sq} maxLength={200} className="mt-1 block w-72 rounded border border-stone-300 px-2 py-1.5 text-sm" />
            </label>
            <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm font-medium text-white">Find</button>
            {storiesFound && <Link href={searching ? `/?q=${encodeURIComponent(q)}` : "/"} className="text-sm text-indigo-700 underline">Show all stories</Link>}
          </form>
        )}
        {storiesFound ? (
          <FoundStories stories={storiesFound} query={sq} shown={STORIES_PER_PAGE} />
        ) : stories.length === 0 ? (
          <p className="mt-3 text-stone-600">No stories yet. Add two articles about one event and compare them.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {stories.map((story) => (
              <StoryListItem key={story.id} story={story} />
            ))}
          </ul>
        )}
        {!storiesFound && <Pagination label="Stories" page={storyPage.page} pageCount={storyPage.pageCount} href={(page) => href({ stories: page })} />}

        <h2 className="mt-10 font-serif text-xl font-semibold">{search ? "Articles found" : "Recent articles"}</h2>
        <form method="get" action="/" role="search" aria-label="Articles" className="mt-2 flex flex-wrap items-end gap-2">
          {storyPage.page > 1 && <input type="hidden" name="stories" value={storyPage.page} />}
          {sq && <input type="hidden" name="sq" value={sq} />}
          <label className="block text-sm font-medium text-stone-700">
            Find an article <span className="font-normal text-stone-600">(words of its title or outlet)</span>
            <input name="q" type="search" defaultValue={q} maxLength={200} className="mt-1 block w-72 rounded border border-stone-300 px-2 py-1.5 text-sm" />
          </label>
          <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm font-medium text-white">Find</button>
          {search && <Link href={href({})} className="text-sm text-indigo-700 underline">Show recent articles</Link>}
        </form>
        {search ? (
          <>
            <p role="status" className="mt-2 text-sm text-stone-600">
              {search.words.length === 0
                ? "Type words of an article's title or its outlet's name (signs alone find nothing)."
                : search.articles.length === 0
                  ? `No article has “${search.words.join(" ")}” in its title or outlet.`
                  : search.more
                    ? `The ${SEARCH_RESULTS} newest articles with “${search.words.join(" ")}” in their title or outlet; add words to narrow the search.`
                    : `${search.articles.length} article${search.articles.length === 1 ? "" : "s"} with “${search.words.join(" ")}” in ${search.articles.length === 1 ? "its" : "their"} title or outlet, newest first.`}
            </p>
            {search.articles.length > 0 && <ArticleList articles={search.articles} />}
          </>
        ) : !articlePage || articles.length === 0 ? (
          <p className="mt-3 text-stone-600">No articles yet.</p>
        ) : (
          <>
            <ArticleList articles={articles} />
            <Pagination label="Articles" page={articlePage.page} pageCount={articlePage.pageCount} href={(page) => href({ articles: page })} />
          </>
        )}
        {shown.length >= 2 && (
          <section aria-labelledby="compare-heading" className="mt-8 rounded border border-stone-200 bg-white p-4">
            <h2 id="compare-heading" className="font-serif text-lg font-semibold">Compare two articles</h2>
            <div className="mt-3">
              <ComparePicker key={shown.map((a) => a.id).join()} articles={shown.map((a) => ({ id: a.id, label: `${a.outlet.name}: ${a.title}` }))} />
            </div>
          </section>
        )}
      </section>

      {editor ? (
      <div className="space-y-6 lg:self-start">
      <section aria-labelledby="ingest-heading" className="rounded border border-stone-200 bg-white p-5">
        <h2 id="ingest-heading" className="font-serif text-2xl font-semibold">Add from links</h2>
        <p className="mt-1 text-sm text-stone-600">Lacuna fetches each page and keeps only the article.</p>
        <div className="mt-4">
          <IngestBox />
        </div>
      </section>
      <section aria-labelledby="upload-heading" className="rounded border border-stone-200 bg-white p-5">
        <h2 id="upload-heading" className="font-serif text-2xl font-semibold">Add from a file</h2>
        <p className="mt-1 text-sm text-stone-600">A saved web page (.html) or a text file.</p>
        <div className="mt-4">
          <UploadForm />
        </div>
      </section>
      <section id="add-article" aria-labelledby="add-heading" className="rounded border border-stone-200 bg-white p-5">
        <h2 id="add-heading" className="font-serif text-2xl font-semibold">Add article</h2>
        <p className="mt-1 text-sm text-stone-600">Or paste an article&apos;s text from any outlet.</p>
        <div className="mt-4">
          <AddArticleForm />
        </div>
      </section>
      </div>
      ) : (
        <p role="note" className="rounded border border-stone-200 bg-white p-5 text-sm text-stone-600 lg:self-start">
          Your account is a viewer&apos;s: you can read, compare and export. Adding, reviewing and deleting need an editor&apos;s account.
        </p>
      )}
    </div>
  );
}
