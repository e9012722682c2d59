import type { Command } from "../command";
import { UsageError } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { commandLineActor } from "../activity-actor";
import { refetchArticle } from "../../lib/services/refetch-article";
import { UserError } from "../../lib/services/user-error";

export const refetch: Command = {
  summary: "fetch stored articles' links again and take their pages' updates in place",
  usage: `Usage: lacuna refetch ARTICLE_ID…

For an article stored from a link, whose page was updated at the same address
(a corrected figure, a new headline, a "Correction:" note): fetches the link
again, as safely as \`ingest\` does, and when the page's text or headline has
changed, replaces the article's stored page and text in place (the same
article id, story and outlet; its story's reviews follow their findings as
after a re-extraction) and writes an Activity entry. When the page is
unchanged, or cannot be fetched (gone, a paywall, no longer an article), the
stored version is kept and the result says why. The ids are those \`ingest\`
prints ("articleId"; a "changed" result names this command) or \`find\` gives.
Prints one JSON line per article:
{"articleId","state":"changed"|"unchanged"|"failed","message"}.
Exit code 0 when every article was fetched again (changed or not); 1 when any failed.`,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    const ids = positionals.map((p) => p.trim()).filter(Boolean);
    if (ids.length === 0) throw new UsageError("Give the id of at least one stored article (lacuna find WORD… lists them).");
    return withDatabase(async () => {
      let failed = 0;
      for (const articleId of ids) {
        try {
          const result = await refetchArticle(articleId, commandLineActor());
          io.out(JSON.stringify({ articleId, state: result.changed ? "changed" : "unchanged", message: result.message }));
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          failed++;
          io.out(JSON.stringify({ articleId, state: "failed", message: error.message }));
        }
      }
      if (failed > 0) io.err(`${failed} of ${ids.length} article(s) could not be fetched again; their stored versions are kept.`);
      return failed > 0 ? 1 : 0;
    });
  },
};
