import type { Command } from "../command";
import { parseCommandArgs } from "../args";
import { withDatabase } from "../database";
import { seedDemoStory } from "../../lib/services/seed-demo-story";
import { readyDemoAccount } from "../../lib/services/accounts/demo-account";

export const seedDemo: Command = {
  summary: "load the demo story (two reports of the Blinken–Motegi talks)",
  usage: `Usage: lacuna seed-demo [--account]

Adds the articles in demo/ as one story; already stored articles are kept as they are.
--account also readies the editor account "demo" with a new random password and
prints it (npm run demo does this), so the demo opens with a sign-in that works.`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, { account: { type: "boolean" } });
    const { result, account } = await withDatabase(async () => ({
      result: await seedDemoStory(),
      account: values.account ? await readyDemoAccount() : undefined,
    }));
    io.err(`Demo story ready: ${result.articleIds.length} articles (${result.created} new).`);
    if (account) {
      io.err("");
      io.err(`  Sign in as "${account.username}" with the password ${account.password}`);
      io.err("  (a new password on every run of the demo; make your own accounts with `npm run lacuna -- user add NAME`)");
      io.err("");
    }
    io.out(JSON.stringify({ storyId: result.storyId, articleIds: result.articleIds, compare: `/compare/${result.articleIds[0]}/${result.articleIds[1]}` }));
    return 0;
  },
};
