import { expect, test } from "@playwright/test";
import { ArticlePage } from "./pages/article-page";
import { HomePage } from "./pages/home-page";
import { openStoryOfItsOwn } from "./story-of-its-own";

// Three invented reports of one collapse; the Evening Post gives another toll than the other two.
test("a figure one report gives otherwise leads the story, with who says which", async ({ page }) => {
  const stamp = Date.now();
  const title = `Delmont collapse ${stamp}`;
  const lede = (toll: string) => `${toll} workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.`;
  await openStoryOfItsOwn(page, {
    title,
    article: { title: "Scaffolding collapse at Delmont tower", outlet: "Evening Post", text: `${lede("Nine")}\n\nThe tower is due to open next spring, its developer said (${stamp}-p).` },
  });
  const storyUrl = page.url();
  const others = [
    { title: "Workers hurt in Ashby collapse", outlet: "Ashby Wire", text: `${lede("Seven")}\n\nInspectors closed the site for the rest of the week (${stamp}-w).` },
    { title: "Seven hurt at Delmont site", outlet: "Radio Ashby", text: `Seven workers were injured when scaffolding collapsed at the Delmont tower site on Tuesday, according to the fire service.\n\nResidents had complained about the scaffolding for months (${stamp}-r).` },
  ];
  for (const article of others) {
    const home = new HomePage(page);
    await home.open();
    await home.addArticle(article);
    await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
    await new ArticlePage(page).fileUnderStory(title);
  }
  await page.goto(storyUrl);

  await expect(page.getByText("Figures they give differently are listed too.")).toBeVisible();
  const first = page.getByRole("list", { name: "Story flags" }).getByRole("listitem").first();
  await expect(first).toContainText("Figures differ");
  await expect(first).toContainText("Seven workers in Ashby Wire, Radio Ashby; Nine workers in Evening Post");
  await expect(first).toContainText("Evening Post says Nine workers");

  // Its sentences: what each report says, no report "absent".
  await first.getByRole("button", { name: "Show the sentences" }).click();
  const evidence = page.getByRole("region", { name: /Sentences behind/ });
  await expect(evidence.getByRole("listitem").filter({ hasText: /^Evening Post: says Nine workers/ })).toContainText(lede("Nine"));
  await expect(evidence.getByRole("listitem").filter({ hasText: /^Ashby Wire: says Seven workers/ })).toBeVisible();
  await expect(evidence).not.toContainText("absent");
});
