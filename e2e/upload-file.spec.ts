import path from "node:path";
import { expect, test } from "@playwright/test";

test("an analyst uploads a saved web page and reads the clean article", async ({ page }) => {
  await page.goto("/");
  const upload = page.getByRole("region", { name: "Add from a file" });
  await upload.getByLabel("File", { exact: true }).setInputFiles(path.join(import.meta.dirname, "fixtures", "saved-page.html"));
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Allies hold trilateral talks in Hawaii");
  await expect(page.getByText("Harbour Times", { exact: true })).toBeVisible();
  await expect(page.getByText("for the first in-person trilateral meeting since 2019.")).toBeVisible();
  await expect(page.getByText("Subscribe now")).toHaveCount(0);
});

test("uploading a PDF says what to do instead", async ({ page }) => {
  await page.goto("/");
  const upload = page.getByRole("region", { name: "Add from a file" });
  await upload.getByLabel("File", { exact: true }).setInputFiles({ name: "readout.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n") });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByRole("status")).toContainText("is a PDF");
});
