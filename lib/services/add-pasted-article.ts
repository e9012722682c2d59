/**
 * Use case: an analyst pastes an article's text (from a page, with its chrome).
 * Validate → guard → clean → hash → store once.
 */
import "server-only";
import { saveArticle, saveArticles } from "../db/article-mutations";
import { pastedArticleSchema, type PastedArticleInput } from "./article-schemas";
import { preparePastedArticle, preparePastedArticles, type PreparedPaste } from "./prepare-pasted-article";
import { fileIfAlreadyStored, requireStoryIfGiven, type FiledSaveResult } from "./story-filing";
import { joiningStories, joiningStory } from "./story-joins";
import { UserError } from "./user-error";

export async function addPastedArticle(input: PastedArticleInput): Promise<FiledSaveResult> {
  await requireStory(input);
  // Added under a story, or filed there as a stored copy: the story's reviews follow their findings.
  return joiningStory(storyOf(input), async () => fileIfAlreadyStored(await saveArticle(preparePastedArticle(input)), storyOf(input)));
}

/** A story named by the input must exist (checked before the text, as the form shows it first). */
async function requireStory(input: PastedArticleInput): Promise<void> {
  const parsed = pastedArticleSchema.safeParse(input);
  if (parsed.success) await requireStoryIfGiven(parsed.data.storyId);
}

export type BatchItemResult = FiledSaveResult | { status: "failed"; code: UserError["code"]; message: string };

/** Articles written per transaction: a crash loses at most the chunk being written, and a rerun skips what was stored. */
const CHUNK = 250;

/**
 * Many pasted articles (`lacuna add --jsonl`): each is
 * validated, cleaned and indexed on its own, so a bad one is reported as
 * failed and the others are still stored; chunks of 250 are written one
 * transaction each. Results follow input order. (Preparing the next chunk in
 * a worker thread while this one is written was tried: 191 against 187
 * articles/s on 2 cores, for 26 % more CPU; docs/scale.md.)
 */
export async function addPastedArticles(inputs: readonly PastedArticleInput[]): Promise<BatchItemResult[]> {
  const missingStory = await missingStories(inputs);
  const results: BatchItemResult[] = [];
  for (let start = 0; start < inputs.length; start += CHUNK) {
    const chunk = preparePastedArticles(inputs.slice(start, start + CHUNK)).map((p, k): PreparedPaste => {
      const missing = missingStory.get(storyOf(inputs[start + k]) ?? "");
      return missing ? { ok: false, ...missing } : p;
    });
    const ready = chunk.flatMap((p, k) => (p.ok ? [{ k, article: p.article }] : []));
    const stories = ready.map((r) => storyOf(inputs[start + r.k]));
    // The reviews of the stories the chunk adds to follow their findings once per chunk, not per article.
    const filed = await joiningStories(stories, async () => {
      const saved = await saveArticles(ready.map((r) => r.article));
      const filings: FiledSaveResult[] = [];
      // One at a time: a re-run of a whole file is all duplicates, and each filing is its own short transaction.
      for (const [n, storyId] of stories.entries()) filings.push(await fileIfAlreadyStored(saved[n]!, storyId));
      return filings;
    });
    const byPosition = new Map(ready.map((r, n) => [r.k, filed[n]!]));
    chunk.forEach((p, k) => results.push(p.ok ? byPosition.get(k)! : { status: "failed", code: p.code, message: p.message }));
  }
  return results;
}

/** The stories named by the inputs that do not exist, each with the error requireStoryIfGiven gives (checked once per story). */
async function missingStories(inputs: readonly PastedArticleInput[]): Promise<Map<string, { code: UserError["code"]; message: string }>> {
  const missing = new Map<string, { code: UserError["code"]; message: string }>();
  const named = new Set(inputs.map(storyOf).filter((id): id is string => id !== undefined));
  for (const storyId of named) {
    try {
      await requireStoryIfGiven(storyId);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      missing.set(storyId, { code: error.code, message: error.message });
    }
  }
  return missing;
}

/** The story an input names, as the schema reads it (trimmed; empty is none). */
function storyOf(input: PastedArticleInput | undefined): string | undefined {
  return typeof input?.storyId === "string" ? input.storyId.trim() || undefined : undefined;
}
