import type { Command } from "../command";
import { withDatabase } from "../database";
import { seedDemoStory } from "../../lib/services/seed-demo-story";

export const seedDemo: Command = {
  summary: "load the demo story (two reports of the Blinken–Motegi talks)",
  usage: "Usage: lacuna seed-demo\n\nAdds the articles in demo/ as one story; already stored articles are kept as they are.",
  async run(_args, io) {
    const result = await withDatabase(() => seedDemoStory());
    io.err(`Demo story ready: ${result.articleIds.length} articles (${result.created} new).`);
    io.out(JSON.stringify({ storyId: result.storyId, articleIds: result.articleIds, compare: `/compare/${result.articleIds[0]}/${result.articleIds[1]}` }));
    return 0;
  },
};
