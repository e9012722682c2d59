import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { accounts, signIn } from "./accounts";
import { actionId } from "./http";
import { HomePage } from "./pages/home-page";
import { ComparePage } from "./pages/compare-page";

/** A local paper whose article is updated at the same address: the toll corrected, a new headline, a correction note. */
const versions = {
  1: {
    title: "Twelve dead in Kestrel Mills warehouse fire",
    paragraphs: [
      "Twelve people died when fire swept through a furniture warehouse in Kestrel Mills overnight, the county fire service said on Wednesday.",
      "Six workers were taken to hospital in a critical condition after the roof of the loading bay collapsed shortly after two o'clock.",
      "Station officer Maren Voss said forty firefighters had needed five hours to bring the blaze under control.",
    ],
  },
  2: {
    title: "Kestrel Mills warehouse fire: death toll rises to fifteen",
    paragraphs: [
      "Fifteen people have now died after fire swept through a furniture warehouse in Kestrel Mills overnight, the county fire service said on Thursday.",
      "Three workers remain in hospital in a critical condition after the roof of the loading bay collapsed shortly after two o'clock.",
      "Station officer Maren Voss said forty firefighters had needed five hours to bring the blaze under control.",
      "Correction: an earlier version of this article gave the death toll as twelve.",
    ],
  },
};
let live: 1 | 2 = 1;

type Version = (typeof versions)[1];

async function startPaper(read: () => Version = () => versions[live]): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    const { title, paragraphs } = read();
    response
      .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(`<!doctype html><html><head><title>${title} | Kestrel Courier</title><meta property="og:site_name" content="Kestrel Courier"></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/warehouse-fire` };
}

async function pasteLink(page: Page, url: string) {
  await page.goto("/");
  await page.getByRole("textbox", { name: /^Links/ }).fill(url);
  await page.getByRole("button", { name: "Fetch articles" }).click();
  return page.getByRole("list", { name: "Import progress" }).getByRole("listitem").first();
}

test("an article updated at its address is fetched again in place: unchanged said, the change flagged when the link is pasted again, taken, logged; a viewer cannot", async ({ page, browser }) => {
  const paper = await startPaper();
  try {
    const row = await pasteLink(page, paper.url);
    await expect(row).toContainText("Added", { timeout: 30_000 });
    await row.getByRole("link", { name: /^Open/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(versions[1].title);
    const articleUrl = page.url();
    const articleId = new URL(articleUrl).pathname.split("/").pop()!;

    // Nothing changed yet: said, nothing replaced.
    await page.getByRole("button", { name: "Fetch again" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Fetched again: the page is unchanged since \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);

    // The paper updates the article. Pasting the link again does not pass it off as "Already stored".
    live = 2;
    const again = await pasteLink(page, paper.url);
    await expect(again).toContainText("Stored, page changed since", { timeout: 30_000 });
    await expect(again).toContainText("the headline and 3 paragraphs (2 changed, 1 new)");
    await expect(again).toContainText("The stored version is kept");
    await again.getByRole("button", { name: /^Fetch again/ }).click();
    await expect(again).toContainText(/Fetched again: the page had changed since .* UTC — the headline and 3 paragraphs \(2 changed, 1 new\)\. The stored text is replaced\./);

    // The same article (same address in the app), now the new version.
    await page.goto(articleUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(versions[2].title);
    await expect(page.getByText("Fifteen people have now died")).toBeVisible();
    await expect(page.getByText("Twelve people died")).toHaveCount(0);
    await page.getByRole("button", { name: "Fetch again" }).click();
    await expect(page.getByRole("status")).toHaveText(/the page is unchanged since/);

    await page.goto("/activity");
    const log = page.getByRole("list", { name: "Activity, newest first" });
    await expect(
      log.getByRole("listitem").filter({ hasText: `fetched the article “${versions[2].title}” (Kestrel Courier) again from its link: the page had changed — the headline and 3 paragraphs (2 changed, 1 new); its text was replaced` }),
    ).toHaveCount(1);

    // A viewer reads the article with no Fetch again, and the action posted by hand is refused.
    const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const viewer = await viewerContext.newPage();
    try {
      await signIn(viewer, accounts.viewer);
      await viewer.goto(articleUrl);
      await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(versions[2].title);
      await expect(viewer.getByRole("button", { name: "Fetch again" })).toHaveCount(0);
      live = 1;
      const forged = await viewer.request.post(articleUrl, {
        headers: { "Next-Action": actionId("refetchArticleAction"), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: new URL(articleUrl).origin },
        data: JSON.stringify([articleId]),
      });
      expect(forged.status()).toBe(403);
      await viewer.goto(articleUrl);
      await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(versions[2].title);
    } finally {
      await viewerContext.close();
    }
  } finally {
    paper.server.closeAllConnections();
    await new Promise((resolve) => paper.server.close(resolve));
  }
});

/** Another fire, another day: the courier names the station officer, a wire rewrite does not. */
const depot = {
  1: {
    title: "Nine hurt in Kestrel Mills bus depot fire",
    paragraphs: [
      "Nine people were hurt when fire broke out in the Kestrel Mills bus depot on Friday evening, the county fire service said.",
      "Station officer Idris Fairweather said the blaze started in a workshop at the back of the depot and spread to four parked buses.",
      "Bus services across the town were cancelled for the rest of the evening.",
    ],
  },
  2: {
    title: "Kestrel Mills bus depot fire: eleven hurt",
    paragraphs: [
      "Eleven people were hurt when fire broke out in the Kestrel Mills bus depot on Friday evening, the county fire service said on Saturday.",
      "Station officer Idris Fairweather said the blaze started in a workshop at the back of the depot and spread to four parked buses.",
      "Two of the injured were still in hospital on Saturday morning.",
      "Bus services across the town were cancelled for the rest of the evening.",
    ],
  },
};

test("a review made before the article's text changed says so on the compare page until it is saved again", async ({ page }) => {
  let day: 1 | 2 = 1;
  const paper = await startPaper(() => depot[day]);
  try {
    const row = await pasteLink(page, paper.url);
    await expect(row).toContainText("Added", { timeout: 30_000 });
    await row.getByRole("link", { name: /^Open/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(depot[1].title);
    const courierUrl = page.url();
    const courierId = new URL(courierUrl).pathname.split("/").pop()!;

    const home = new HomePage(page);
    await home.open();
    await home.addArticle({
      title: "Fire at bus depot injures nine",
      outlet: "Midlands Wire",
      date: "2026-12-04",
      text: [
        "Nine people were injured in a fire at a bus depot in Kestrel Mills on Friday evening, firefighters said.",
        "The fire spread to four buses parked at the depot, and services in the town were cancelled for the night.",
      ].join("\n\n"),
    });
    await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fire at bus depot injures nine");
    const wireId = new URL(page.url()).pathname.split("/").pop()!;

    // The wire leaves out the station officer: confirmed on the courier's first version.
    await page.goto(`/compare/${courierId}/${wireId}`);
    const officer = () => new ComparePage(page).missingFrom("Midlands Wire").getByRole("listitem").filter({ hasText: /Idris Fairweather/ }).first();
    await officer().getByRole("combobox", { name: "Review" }).selectOption("confirmed");
    await expect(officer().getByRole("status")).toHaveText("Saved");
    await expect(officer()).not.toContainText("Reviewed before");

    // The courier updates the page; fetched again, its text is replaced.
    day = 2;
    await page.goto(courierUrl);
    await page.getByRole("button", { name: "Fetch again" }).click();
    await expect(page.getByRole("status")).toContainText("The stored text is replaced.");

    await page.goto(`/compare/${courierId}/${wireId}`);
    await expect(officer().getByRole("combobox", { name: "Review" })).toHaveValue("confirmed");
    await expect(officer()).toContainText(/Reviewed before Kestrel Courier's text changed \(\d{1,2} \w{3} \d{4}, \d\d:\d\d UTC\)/);

    // Looked at again on the new text and saved: no longer marked, after a reload too.
    await officer().getByRole("combobox", { name: "Review" }).selectOption("needs-check");
    await expect(officer().getByRole("status")).toHaveText("Saved");
    await expect(officer()).not.toContainText("Reviewed before");
    await page.reload();
    await expect(officer().getByRole("combobox", { name: "Review" })).toHaveValue("needs-check");
    await expect(officer()).not.toContainText("Reviewed before");
  } finally {
    paper.server.closeAllConnections();
    await new Promise((resolve) => paper.server.close(resolve));
  }
});
