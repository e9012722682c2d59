/**
 * Use case: find a story to file an article under, among thousands, by words
 * of its title (each must start a word of it, whatever the letter case and
 * accents), most recently changed first; the most recent stories when nothing
 * is typed.
 */
import "server-only";
import { z } from "zod";
import { countStoryArticles, storyTitlesPage } from "../db/stories";
import { startsAWordIn, wordStartNeedles } from "../text/word-start";
import { searchKeysReady } from "./search-keys";
import { collectMatches, searchWords } from "./word-search";

export interface StoryOption {
  id: string;
  title: string;
  articleCount: number;
}

const querySchema = z.string().max(200).catch("");
/** Matches shown at once in the filing picker: enough to pick from, few enough to read. */
const MATCHES = 12;

type TitleRow = Awaited<ReturnType<typeof storyTitlesPage>>[number];

export async function searchStories(query: unknown, limit = MATCHES): Promise<StoryOption[]> {
  const words = searchWords(querySchema.parse(typeof query === "string" ? query : ""));
  const needles = words.map(wordStartNeedles);
  if (words.length > 0) await searchKeysReady();
  const found = await collectMatches<TitleRow>(
    (after, take) => storyTitlesPage(needles, after, take),
    (row) => words.every((word) => startsAWordIn(row.title, word)),
    Math.max(1, Math.min(limit, 100)),
  );
  const counts = await countStoryArticles(found.map((row) => row.id));
  return found.map((row) => ({ id: row.id, title: row.title, articleCount: counts.get(row.id) ?? 0 }));
}
