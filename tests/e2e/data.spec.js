// Your data: export, delete everything, import back word for word; bad files change nothing; private session.
import { readFile, writeFile } from "node:fs/promises";
import { test, expect, open, stored, allStored } from "./fixtures.js";

const words = "I told your secret to Marco. That was wrong of me, and I own it.";

async function writeApology(page) {
  await open(page, "/apology/prepare");
  await page.getByLabel("Who is this apology for?").fill("Ana");
  await page.goto("/apology/responsibility");
  await page.locator("#responsibility").fill(words);
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
}

async function exportFile(page, testInfo) {
  await open(page, "/data");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download everything (Mend file)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mend-export-\d{4}-\d{2}-\d{2}\.json$/);
  const path = testInfo.outputPath("export.json");
  await download.saveAs(path);
  return path;
}

test("export, delete everything, import: the apology is back word for word", async ({ page }, testInfo) => {
  await writeApology(page);
  const file = await exportFile(page, testInfo);
  expect(JSON.parse(await readFile(file, "utf8")).apologies[0].parts.responsibility).toBe(words);

  await page.getByRole("button", { name: "Delete everything from this device" }).click();
  const confirm = page.getByTestId("erase-confirm");
  await expect(confirm).toContainText("1 apology");
  await confirm.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByTestId("erase-done")).toBeVisible();
  const keys = Object.keys(await allStored(page)).filter((k) => k.startsWith("mend:"));
  expect(keys).toEqual([]);
  await page.reload();
  await expect(page.locator("main h1")).toHaveCount(1);
  expect(Object.keys(await allStored(page))).toEqual([]);

  await page.getByLabel("Choose a Mend file").setInputFiles(file);
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("1 apology");
  await preview.getByRole("button", { name: "Replace what’s here" }).click();
  await expect(page.getByText("Imported.")).toBeVisible();
  await page.goto("/apology/review");
  await expect(page.getByTestId("apology-text")).toHaveText(`Ana,\n\n${words}`);
  expect(JSON.parse(await stored(page)).apologies[0].parts.responsibility).toBe(words);
});

test("a hand-corrupted export is refused with a message, and nothing changes", async ({ page }, testInfo) => {
  await writeApology(page);
  const file = await exportFile(page, testInfo);
  const before = await allStored(page);
  const corrupted = testInfo.outputPath("corrupted.json");
  const original = await readFile(file, "utf8");
  const broken = original.replace('"parts":{', '"parts":[');
  expect(broken).not.toBe(original);
  await writeFile(corrupted, broken);
  await page.getByLabel("Choose a Mend file").setInputFiles(corrupted);
  await expect(page.getByTestId("import-error")).toContainText("Nothing was imported");
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
  expect(await allStored(page)).toEqual(before);

  const foreign = testInfo.outputPath("foreign.json");
  await writeFile(foreign, JSON.stringify({ todos: ["milk"] }));
  await page.getByLabel("Choose a Mend file").setInputFiles(foreign);
  await expect(page.getByTestId("import-error")).toContainText("wasn’t made by Mend");
  expect(await allStored(page)).toEqual(before);
});

test("adding an import keeps what is here", async ({ page }, testInfo) => {
  await writeApology(page);
  const file = await exportFile(page, testInfo);
  await page.goto("/apology/responsibility");
  await page.locator("#responsibility").fill("Changed since the export.");
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
  await open(page, "/data");
  await page.getByLabel("Choose a Mend file").setInputFiles(file);
  await page.getByTestId("import-preview").getByRole("button", { name: "Add to what’s here" }).click();
  await expect(page.getByText("Imported.")).toBeVisible();
  await expect.poll(async () => JSON.parse(await stored(page)).apologies.map((a) => a.parts.responsibility))
    .toEqual(["Changed since the export.", words]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(async () => JSON.parse(await stored(page)).apologies.length).toBe(1);
});

test("adding a file whose contents are all here already says so and changes nothing", async ({ page }, testInfo) => {
  await writeApology(page);
  const file = await exportFile(page, testInfo);
  const before = await allStored(page);
  await page.getByLabel("Choose a Mend file").setInputFiles(file);
  await page.getByTestId("import-preview").getByRole("button", { name: "Add to what’s here" }).click();
  const status = page.getByText("Everything in that file is already here, so nothing changed.");
  await expect(status).toBeFocused();
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  expect(await allStored(page)).toEqual(before);

  // Cancel on a preview takes focus back to the file field, not to the page.
  await page.getByLabel("Choose a Mend file").setInputFiles(file);
  await page.getByTestId("import-preview").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("import-preview")).toHaveCount(0);
  await expect(page.getByLabel("Choose a Mend file")).toBeFocused();
  expect(await allStored(page)).toEqual(before);
});

test("a private session saves nothing until saving is switched back on", async ({ page }) => {
  await writeApology(page);
  await open(page, "/data");
  const before = await stored(page);
  await page.getByLabel("Don’t save on this device for now").check();
  await expect(page.getByTestId("private-session")).toBeVisible();

  // In-app navigation keeps the session; the notice stays on every page.
  await page.getByRole("link", { name: "Mend, start page" }).click();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Take responsibility");
  await expect(page.getByTestId("private-session")).toBeVisible();
  await page.locator("#responsibility").fill("Private words.");
  // Back saves at once when saving is on; here it must not.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.locator("h1")).toHaveText("Acknowledge the hurt");
  expect(await stored(page)).toBe(before);

  await page.getByTestId("private-session").getByRole("button", { name: "Go back to saving" }).click();
  await expect(page.getByTestId("private-session")).toHaveCount(0);
  await expect.poll(async () => JSON.parse(await stored(page)).apologies[0].parts.responsibility).toBe("Private words.");
});

test("a reload does not end a private session: nothing typed after it is saved either", async ({ page }) => {
  await writeApology(page);
  await open(page, "/data");
  await page.getByLabel("Don’t save on this device for now").check();
  const before = await stored(page);
  await page.reload();
  await expect(page.getByTestId("private-session")).toBeVisible();
  await expect(page.getByLabel("Don’t save on this device for now")).toBeChecked();
  await page.goto("/apology/responsibility");
  await expect(page.getByTestId("private-session")).toBeVisible();
  await page.locator("#responsibility").fill("Words after the reload.");
  await page.getByRole("link", { name: "Back" }).click();
  await page.waitForTimeout(1500); // longer than the save delay
  expect(await stored(page)).toBe(before);
  // Switched off, it stays off after a reload.
  await page.getByTestId("private-session").getByRole("button", { name: "Go back to saving" }).click();
  await page.reload();
  await expect(page.getByTestId("private-session")).toHaveCount(0);
  // sessionStorage holds only the switch, never words.
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain("Words");
});
