/** Use case: find a story to file an article under, among thousands, by words of its title. */
import "server-only";
import { z } from "zod";
import { searchStoriesByTitle } from "../db/stories";

export interface StoryOption {
  id: string;
  title: string;
  articleCount: number;
}

const querySchema = z.string().max(200).catch("");
/** Matches shown at once: enough to pick from, few enough to read. */
const MATCHES = 12;

export async function searchStories(query: unknown): Promise<StoryOption[]> {
  const rows = await searchStoriesByTitle(querySchema.parse(typeof query === "string" ? query : ""), MATCHES);
  return rows.map((r) => ({ id: r.id, title: r.title, articleCount: r._count.articles }));
}
