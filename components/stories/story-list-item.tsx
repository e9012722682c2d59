import Link from "next/link";
import { compareHref } from "@/components/compare/compare-page-href";

/** What a list of stories shows of each (lib/db/stories.ts's StorySummary, read as plain data). */
export interface StoryListEntry {
  id: string;
  title: string;
  articleCount: number;
  outlets: readonly string[];
  /** `label`: the story page's name for the article ("Meridian Press (3)"). */
  firstTwo: ReadonlyArray<{ id: string; outlet: string; label: string; title: string; publishedAt: string | null }>;
  summaryLead: string | null;
}

/** One story in the home page's list or its search results: title, outlets, the analyst's summary, a first comparison. */
export function StoryListItem({ story }: { story: StoryListEntry }) {
  const [first, second] = story.firstTwo;
  // Named as the story page and the compare page it opens (with ?story=) name them: two articles of one outlet by the story's numbers.
  const labels = first && second ? { a: first.label, b: second.label } : null;
  return (
    <li className="p-4">
      <Link href={`/stories/${story.id}`} className="font-medium text-indigo-800 hover:underline">
        {story.title}
      </Link>
      <p className="mt-1 text-sm text-stone-600">
        {story.articleCount} article{story.articleCount === 1 ? "" : "s"}
        {story.outlets.length > 0 && `: ${story.outlets.join(", ")}`}
      </p>
      {story.summaryLead && (
        <p className="mt-1 text-sm text-stone-800">
          <span className="font-medium">Summary:</span> {story.summaryLead}
        </p>
      )}
      {first && second && labels && (
        <Link href={compareHref(first.id, second.id, story.id)} className="mt-2 inline-block text-sm text-indigo-700 underline">
          Compare {labels.a} with {labels.b}
        </Link>
      )}
    </li>
  );
}
