import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { chosenFormat, FORMAT_OPTIONS } from "../option-values";
import { withDatabase } from "../database";
import { findArticles } from "../../lib/services/article-search";
import { searchStories } from "../../lib/services/story-search";

/** Stories listed at most by `lacuna find --stories`. */
const STORY_MATCHES = 30;

export const find: Command = {
  summary: "find stored articles (or, with --stories, stories) by the starts of words of their title",
  usage: `Usage: lacuna find WORD… [--stories] [--format text|json | --json]

Lists the newest stored articles whose title or outlet's name has a word
starting with each WORD (as the home page's search: "us" finds "US, Japan
hold talks", not "Russia"), at most 30; with --stories, the most recently
changed stories whose title does. The ids are what \`lacuna report\`,
\`lacuna passages\` and \`lacuna ingest --story\` take.
--format json (or --json) prints one {"id","title","outlet","publishedAt","story"} line per article,
or one {"id","title","articleCount"} line per story.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { stories: { type: "boolean", default: false }, ...FORMAT_OPTIONS });
    const format = chosenFormat(values, ["text", "json"], "text");
    const query = positionals.join(" ");
    if (!/[\p{L}\p{N}]/u.test(query)) throw new UsageError("Give at least one word to look for.");
    const json = format === "json";
    if (values.stories) {
      const stories = await withDatabase(() => searchStories(query, STORY_MATCHES));
      if (json) for (const s of stories) io.out(JSON.stringify(s));
      else io.out(stories.length === 0 ? "No story found." : stories.map((s) => `${s.id}  ${s.title} (${s.articleCount} article${s.articleCount === 1 ? "" : "s"})`).join("\n"));
      return 0;
    }
    const found = await withDatabase(() => findArticles(query));
    const rows = found.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet.name, publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null, story: a.story }));
    if (json) for (const r of rows) io.out(JSON.stringify(r));
    else io.out(rows.length === 0 ? "No article found." : rows.map((r) => `${r.id}  ${r.outlet}: ${r.title} (${r.publishedAt ?? "undated"})${r.story ? ` in “${r.story.title}”` : ""}`).join("\n"));
    if (found.more) io.err(`The ${rows.length} newest shown; add words to narrow the search.`);
    return 0;
  },
};
