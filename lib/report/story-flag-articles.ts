/**
 * The articles a story finding concerns, to tell whether its review predates
 * one of their texts: those that leave it out (named in its key and its
 * sentence, "absent from …") and those that report it (its passages; a
 * conflict's figures). "The Herald leaves out the toll of 12" is as much
 * about the Gazette that gave 12 and now gives 15 as about the Herald.
 */

/** What of a story flag (lib/omissions/coverage.ts CoverageFlag) says which sources it concerns. */
export interface StoryFlagSources {
  absentFrom: readonly string[];
  /** Per source, in the order of the story's sources: the passages behind it. */
  passages: ReadonlyArray<readonly number[]>;
  figures?: ReadonlyArray<{ sources: readonly string[] }>;
}

/** The ids of the articles the flag concerns, in the story's order. */
export function storyFlagArticleIds(flag: StoryFlagSources, sourceIds: readonly string[]): string[] {
  const concerned = new Set<string>(flag.absentFrom);
  flag.passages.forEach((list, i) => {
    const id = sourceIds[i];
    if (id !== undefined && list.length > 0) concerned.add(id);
  });
  for (const figure of flag.figures ?? []) for (const id of figure.sources) concerned.add(id);
  return sourceIds.filter((id) => concerned.has(id));
}
