import { expect, test } from "@playwright/test";
import { ArticlePage } from "./pages/article-page";
import { HomePage } from "./pages/home-page";
import { openStoryOfItsOwn } from "./story-of-its-own";

// Four invented reports of one contract; three give its price in three forms, the contractor's statement none.
test("a figure most reports give and one leaves out is a story item, with its row in the matrix", async ({ page }) => {
  const stamp = Date.now();
  const title = `Kestrel Bay dredging ${stamp}`;
  const silt = "The work will remove about 2.3 million cubic metres of silt from the channel and is due to finish in 2028.";
  await openStoryOfItsOwn(page, {
    title,
    article: {
      title: "Port authority awards €84.6 million dredging contract to Halvard Marine",
      outlet: "Bay Wire",
      text: `The Kestrel Bay Port Authority on Monday awarded an €84.6 million contract to deepen the harbour's main channel to Halvard Marine.\n\n${silt}\n\nHarbour master Ines Dalgaard said larger container ships had been turned away last year (w${stamp}).`,
    },
  });
  const storyUrl = page.url();
  const others = [
    {
      title: "Halvard Marine wins harbour deal worth more than €80 million",
      outlet: "Kestrel Courier",
      text: `Halvard Marine will deepen Kestrel Bay's main channel under a contract worth more than €80 million, the port authority said on Monday.\n\n${silt}\n\nFishing crews fear the dredging will drive cod from the bay (c${stamp}).`,
    },
    {
      title: "Kestrel Bay Port Authority awards channel deepening contract",
      outlet: "Port Authority",
      text: `The Kestrel Bay Port Authority today awarded a contract worth €84,600,000 to Halvard Marine to deepen the main channel of the harbour.\n\nHarbour master Ines Dalgaard said larger container ships had been turned away last year.\n\nBids were invited from firms abroad (p${stamp}).`,
    },
    {
      title: "Halvard Marine selected for Kestrel Bay channel project",
      outlet: "Halvard Marine",
      text: `Halvard Marine is proud to have been selected by the Kestrel Bay Port Authority to deepen the main channel of the harbour.\n\n${silt}\n\nChief executive Morten Hale said the company would hire local workers (h${stamp}).`,
    },
  ];
  for (const article of others) {
    const home = new HomePage(page);
    await home.open();
    await home.addArticle(article);
    await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
    await new ArticlePage(page).fileUnderStory(title);
  }
  await page.goto(storyUrl);

  // The price is the story's first item: a figure, who gives it how, and who leaves it out.
  const first = page.getByRole("list", { name: "Story flags" }).getByRole("listitem").first();
  await expect(first).toContainText("Figure");
  await expect(first).toContainText(/“€84\.6 million” reported by 3 of 4 sources .*; absent from Halvard Marine/);
  await expect(first).toContainText("Kestrel Courier says more than €80 million");

  // Its sentences: how each report gives it, and the statement absent.
  await first.getByRole("button", { name: "Show the sentences" }).click();
  const evidence = page.getByRole("region", { name: /Sentences behind “€84\.6 million”/ });
  await expect(evidence.getByRole("listitem").filter({ hasText: /^Port Authority: says €84,600,000/ })).toContainText("awarded a contract worth €84,600,000");
  await expect(evidence.getByRole("listitem").filter({ hasText: /^Halvard Marine: absent/ })).toBeVisible();

  // The matrix has the figure's row, one source absent.
  const matrix = page.getByRole("table", { name: /Coverage matrix/ });
  const row = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^figure\s*€84\.6 million/ }) });
  await expect(row.getByRole("button", { name: /absent$/ })).toHaveCount(1);
  await expect(row.getByRole("button", { name: /in Halvard Marine: absent$/ })).toBeVisible();
});
