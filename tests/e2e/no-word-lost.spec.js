// Issue 18, "No word lost, even then": the ways words went missing across tabs, reloads and
// imports that the rest of the suite did not try. One test (or a few) per rule.
import { readFileSync } from "node:fs";
import { test, expect, open, stored, allStored, DOCUMENT_KEY } from "./fixtures.js";

/** Every backup's text, oldest first. */
async function backupTexts(page) {
  const all = await allStored(page);
  return Object.keys(all)
    .filter((k) => k.startsWith("mend:backup:"))
    .sort()
    .map((k) => all[k]);
}

/** Whether the page's own handlers cancel an unload now (a synthetic event: no dialog, no close). */
function beforeUnloadIsCancelled() {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Holds back this page's writes to the document (not to backups) until `release` is called, so
 * the page has unsaved words when another tab saves. */
async function holdDocumentWrites(page) {
  await page.evaluate((key) => {
    window.__realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) throw new DOMException("held back for the test", "InvalidStateError");
      return window.__realSetItem.call(this, k, v);
    };
  }, DOCUMENT_KEY);
  return () => page.evaluate(() => (Storage.prototype.setItem = window.__realSetItem));
}

/** Two tabs on the remorse step, the first with a conflict open: "Mend was changed in another tab". */
async function openConflict(page, context) {
  await open(page, "/apology/remorse");
  await page.locator("#remorse").fill("Base.");
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
  const other = await context.newPage();
  await open(other, "/apology/remorse");
  const release = await holdDocumentWrites(page);
  await page.locator("#remorse").fill("Typed in tab one.");
  await expect(page.getByTestId("save-failed")).toBeVisible();
  await other.locator("#remorse").fill("Typed in tab two.");
  await expect(other.getByTestId("save-status")).toHaveText("Saved on this device");
  await release();
  await expect(page.getByRole("heading", { name: "Mend was changed in another tab" })).toBeVisible();
  return other;
}

test.describe("1. a conflict left unanswered", () => {
  test("words typed while the question is open are kept as a backup at once, and the status says so", async ({ page, context }) => {
    await openConflict(page, context);
    const field = page.locator("#remorse");
    await field.press("End");
    await page.keyboard.type(" And more after the prompt.");
    // At once: no pause needed, no page hide needed.
    await expect
      .poll(() => backupTexts(page), { timeout: 1_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining("Typed in tab one. And more after the prompt.")]));
    await expect(page.getByTestId("save-status")).toContainText("backup copy");
    // The stored document is still the other tab's: nothing was chosen.
    expect(JSON.parse(await stored(page)).apologies[0].parts.remorse).toBe("Typed in tab two.");

    // Reloading the tab loses nothing: the words are in a backup, listed under "Your data".
    await page.reload();
    await expect(page.locator("main h1")).toHaveCount(1);
    const texts = await backupTexts(page);
    expect(texts.some((t) => t.includes("And more after the prompt."))).toBe(true);
  });

  test("closing the tab with words not in the document asks the browser to confirm", async ({ page, context }) => {
    await openConflict(page, context);
    // Chromium shows the question only for a page the person has used: a real click, in front.
    await page.bringToFront();
    await page.locator("#remorse").click();
    await page.locator("#remorse").press("End");
    await page.keyboard.type(" Last.");
    // The app's side, on its own: its handler cancels the unload.
    expect(await page.evaluate(beforeUnloadIsCancelled)).toBe(true);
    // The browser's side: closing really asks.
    const dialog = page.waitForEvent("dialog", { timeout: 15_000 });
    await page.close({ runBeforeUnload: true });
    const shown = await dialog;
    expect(shown.type()).toBe("beforeunload");
    await shown.dismiss();
  });

  test("a tab whose words are all saved closes without a question", async ({ page }) => {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").press("End");
    await page.keyboard.type("Saved words.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    expect(await page.evaluate(beforeUnloadIsCancelled)).toBe(false);
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.accept();
    });
    await page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(dialogs).toEqual([]);
  });
});

test.describe("3. saves a few milliseconds apart", () => {
  test("of two tabs saving at the same moment, neither tab's words vanish: each is stored, or kept in a backup with the question asked", async ({ page, context }) => {
    test.slow();
    await open(page, "/apology/remorse");
    await page.locator("#remorse").fill("Base.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    const other = await context.newPage();
    await open(other, "/apology/remorse");
    const tabs = [page, other];
    let asked = 0;
    for (let run = 0; run < 12; run++) {
      const words = tabs.map((_, i) => `Run ${run}, tab ${i === 0 ? "one" : "two"}.`);
      // Both tabs settled on the same stored revision, neither with a question open.
      for (const tab of tabs) {
        await expect(tab.getByRole("heading", { name: "Mend was changed in another tab" })).toHaveCount(0);
      }
      const base = JSON.parse(await stored(page)).revision;
      await expect.poll(() => other.evaluate(() => document.querySelector("#remorse").value)).toBe(
        await page.evaluate(() => document.querySelector("#remorse").value),
      );
      // Type in both, then have both save (as on page hide) at the same millisecond, before the pause ends.
      await Promise.all(tabs.map((tab, i) => tab.locator("#remorse").fill(words[i])));
      const at = Date.now() + 60;
      await Promise.all(
        tabs.map((tab) =>
          tab.evaluate((at) => setTimeout(() => window.dispatchEvent(new Event("pagehide")), at - Date.now()), at),
        ),
      );
      await new Promise((r) => setTimeout(r, 700));
      const kept = [await stored(page), ...(await backupTexts(page))].join("\n");
      for (const w of words) expect(kept, `run ${run}: "${w}" is stored or in a backup`).toContain(w);
      // Settle: a tab asked the question keeps its own words, so the next run starts even.
      for (const tab of tabs) {
        const keep = tab.getByRole("button", { name: "Keep this tab’s version" });
        if (await keep.count()) {
          asked++;
          await keep.click();
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(JSON.parse(await stored(page)).revision).toBeGreaterThan(base);
    }
    // The race really happened (the tab written over was asked), not just saves in turn.
    expect(asked, "runs where one tab's save was written over").toBeGreaterThan(0);
  });

  test("without Web Locks, saving after a pause still works as before", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "locks", { configurable: true, get: () => undefined });
    });
    await open(page, "/apology/remorse");
    await page.locator("#remorse").fill("Saved without locks.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    expect(JSON.parse(await stored(page)).apologies[0].parts.remorse).toBe("Saved without locks.");
  });

  test("the save after a pause waits for the tabs' shared lock", async ({ page, context }) => {
    await open(page, "/apology/remorse");
    const other = await context.newPage();
    await open(other, "/");
    // Another tab holds the lock: this tab's save waits for it, then goes through.
    await other.evaluate(() => {
      navigator.locks.request("mend:document", () => new Promise((r) => (window.__release = r)));
    });
    await page.locator("#remorse").fill("Waited for the lock.");
    await new Promise((r) => setTimeout(r, 800));
    expect(await stored(page)).toBeNull();
    await other.evaluate(() => window.__release());
    await expect.poll(async () => JSON.parse((await stored(page)) || "{}").apologies?.[0]?.parts?.remorse).toBe("Waited for the lock.");
  });
});

/** A stored document with two apologies, "one" and "two", the given one open. */
function twoApologies(current) {
  const apology = (id, name, at) => ({
    id,
    created_at: at,
    updated_at: at,
    recipient: name,
    last_step: { part: "remorse" },
    parts: { remorse: `Words for ${name}.` },
  });
  return JSON.stringify({
    schema_version: 1,
    revision: 3,
    saved_at: 1795000000000,
    apologies: [apology("one", "One", 1795000000000), apology("two", "Two", 1795000001000)],
    current,
  });
}

test.describe("2. two tabs on two apologies", () => {
  test("opening another apology in one tab never switches what the other tab is editing", async ({ page, context }) => {
    await open(page, "/");
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOCUMENT_KEY, twoApologies("two")]);
    await open(page, "/apology/remorse");
    await expect(page.locator("#remorse")).toHaveValue("Words for Two.");

    const other = await context.newPage();
    await open(other, "/");
    await other.getByRole("region", { name: "Your other apologies" }).getByRole("button", { name: "Open your apology to One" }).click();
    await expect(other).toHaveURL(/\/apology\/remorse$/);
    await expect.poll(async () => JSON.parse(await stored(other)).current).toBe("one");

    // Tab one still holds Two's words, and its next words land in Two.
    await new Promise((r) => setTimeout(r, 500));
    await expect(page.locator("#remorse")).toHaveValue("Words for Two.");
    await page.locator("#remorse").press("End");
    await page.keyboard.type(" More for Two.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    const doc = JSON.parse(await stored(page));
    const remorse = Object.fromEntries(doc.apologies.map((a) => [a.id, a.parts.remorse]));
    expect(remorse).toEqual({ one: "Words for One.", two: "Words for Two. More for Two." });

    // A reload keeps this tab on Two; the other tab is still on One.
    await page.reload();
    await expect(page.locator("#remorse")).toHaveValue("Words for Two. More for Two.");
    await other.goto("/apology/remorse");
    await expect(other.locator("#remorse")).toHaveValue("Words for One.");
  });

  test("a new tab opens the apology opened last, in any tab", async ({ page, context }) => {
    await open(page, "/");
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOCUMENT_KEY, twoApologies("one")]);
    await open(page, "/");
    await page.getByRole("region", { name: "Your other apologies" }).getByRole("button", { name: "Open your apology to Two" }).click();
    await expect(page).toHaveURL(/\/apology\/remorse$/);
    await expect.poll(async () => JSON.parse(await stored(page)).current).toBe("two");
    const fresh = await context.newPage();
    await open(fresh, "/apology/remorse");
    await expect(fresh.locator("#remorse")).toHaveValue("Words for Two.");
  });
});

test.describe("4. fields from a newer version", () => {
  test("fields this version doesn't know, at the top, in an apology and in its parts, survive a save", async ({ page }) => {
    const doc = JSON.parse(twoApologies("two"));
    doc.future_top = { mood: "calm", list: [1, 2, 3] };
    doc.apologies[1].future_apology = ["kept", { exactly: true }];
    doc.apologies[1].parts.future_part = "a part's new field";
    doc.receiver = { future_receiver: 7 };
    doc.forward = { future_forward: null };
    await open(page, "/");
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOCUMENT_KEY, JSON.stringify(doc)]);
    await open(page, "/apology/remorse");
    await expect(page.locator("#remorse")).toHaveValue("Words for Two.");
    await page.locator("#remorse").press("End");
    await page.keyboard.type(" A keystroke.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    const saved = JSON.parse(await stored(page));
    expect(saved.apologies[1].parts.remorse).toBe("Words for Two. A keystroke.");
    expect(saved.future_top).toEqual(doc.future_top);
    expect(saved.apologies[1].future_apology).toEqual(doc.apologies[1].future_apology);
    expect(saved.apologies[1].parts.future_part).toBe("a part's new field");
    expect(saved.receiver.future_receiver).toBe(7);
    expect(saved.forward).toHaveProperty("future_forward", null);
  });
});

test.describe("8. smaller ones", () => {
  test("two apologies stored with the same id: each gets its own, it says so, and Delete acts on the one chosen", async ({ page }) => {
    const doc = JSON.parse(twoApologies("one"));
    doc.apologies[1].id = "one";
    await open(page, "/");
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOCUMENT_KEY, JSON.stringify(doc)]);
    await open(page, "/");
    await expect(page.getByTestId("duplicate-ids")).toContainText("own");
    await page.getByRole("button", { name: "Delete your apology to Two" }).click();
    await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
    await expect.poll(async () => JSON.parse(await stored(page)).apologies.map((a) => a.recipient)).toEqual(["One"]);
    const ids = JSON.parse(await stored(page)).apologies.map((a) => a.id);
    expect(ids).toEqual(["one"]);
  });
});

test("8. stored text with a lone surrogate is copied aside exactly before a keystroke writes over it", async ({ page }) => {
  await open(page, "/");
  // A lone surrogate: valid in a JavaScript string, not in any Rust String.
  const original = twoApologies("two").replace("Words for Two.", "Words for Two \ud800.");
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOCUMENT_KEY, original]);
  await open(page, "/apology/remorse");
  await expect(page.getByTestId("unreadable")).toBeVisible();
  await page.locator("#remorse").press("End");
  await page.keyboard.type(" More.");
  await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
  const exact = await page.evaluate((original) => {
    return Object.keys(localStorage)
      .filter((k) => k.startsWith("mend:backup:"))
      .some((k) => localStorage.getItem(k) === original);
  }, original);
  expect(exact, "a backup equal, code unit for code unit, to what was stored").toBe(true);
});

test.describe("8. backups in Your data", () => {
  test("each backup is listed with what it is, when it was made and its size; it can be read as text, downloaded, exported and deleted", async ({ page }) => {
    await open(page, "/");
    const made = Date.UTC(2026, 10, 27, 21, 53);
    await page.evaluate(([made]) => {
      localStorage.setItem(`mend:backup:${made}`, "<img src=x onerror=alert(1)> not Mend's");
      localStorage.setItem(`mend:backup:${made + 60_000}`, JSON.stringify({ schema_version: 1, apologies: [{ id: "a", parts: { remorse: "Kept words." } }] }));
    }, [made]);
    await open(page, "/data");
    const list = page.getByTestId("backups").getByTestId("backup");
    await expect(list).toHaveCount(2);
    // Newest first.
    await expect(list.nth(0)).toContainText("A copy of Mend’s saved words (1 apology)");
    await expect(list.nth(1)).toContainText("Saved text Mend could not read");
    await expect(list.nth(1)).toContainText(/Kept on 27 Nov 2026 at \d\d:53 · 1 KB/);

    // Read as text, never as HTML.
    await list.nth(1).getByRole("button", { name: "Show the saved text" }).click();
    await expect(list.nth(1).locator("textarea")).toHaveValue("<img src=x onerror=alert(1)> not Mend's");
    await expect(page.locator("main img")).toHaveCount(0);

    const download = page.waitForEvent("download");
    await list.nth(1).getByRole("button", { name: "Download backup copy 2" }).click();
    const file = await download;
    expect(readFileSync(await file.path(), "utf8")).toBe("<img src=x onerror=alert(1)> not Mend's");

    // The Mend file carries them only when asked to.
    await page.getByLabel("Include the 2 backup copies in the Mend file").check();
    const exported = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download everything (Mend file)" }).click();
    const json = JSON.parse(readFileSync(await (await exported).path(), "utf8"));
    expect(json.mend_backups.map((b) => b.text)).toContain("<img src=x onerror=alert(1)> not Mend's");

    // Delete asks first; "Keep it" keeps it.
    await list.nth(1).getByRole("button", { name: "Delete backup copy 2" }).click();
    await page.getByRole("button", { name: "Keep it" }).click();
    await expect(list).toHaveCount(2);
    await list.nth(1).getByRole("button", { name: "Delete backup copy 2" }).click();
    await page.getByRole("button", { name: "Delete it" }).click();
    await expect(list).toHaveCount(1);
    await expect(page.getByText("Backup copy deleted.")).toBeVisible();
    const keys = Object.keys(await allStored(page)).filter((k) => k.startsWith("mend:backup:"));
    expect(keys).toEqual([`mend:backup:${made + 60_000}`]);
  });
});

test.describe("6. importing the same thing twice", () => {
  const file = (doc) => ({ name: "mend.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  const addFile = async (page, doc) => {
    await page.getByLabel("Choose a Mend file").setInputFiles(file(doc));
    await page.getByTestId("import-preview").getByRole("button", { name: "Add to what’s here" }).click();
  };

  test("my own export, after only moving between steps, adds nothing; a colliding apology is added once, not twice", async ({ page }) => {
    await open(page, "/");
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DOCUMENT_KEY, twoApologies("one")]);
    await open(page, "/apology/remorse");
    const exported = JSON.parse(await stored(page));
    // Moving between steps changes only where I left off.
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page.locator("main h1")).toHaveText("Take responsibility");
    await open(page, "/data");
    await expect.poll(async () => JSON.parse(await stored(page)).apologies[0].last_step).not.toEqual(exported.apologies[0].last_step);

    await addFile(page, exported);
    await expect(page.getByText("Everything in that file is already here, so nothing changed.")).toBeVisible();
    expect(JSON.parse(await stored(page)).apologies).toHaveLength(2);

    const colliding = structuredClone(exported);
    colliding.apologies[0].parts.remorse = "Other words, same id.";
    await addFile(page, colliding);
    await expect(page.getByText("Imported.")).toBeVisible();
    await expect.poll(async () => JSON.parse(await stored(page)).apologies.length).toBe(3);
    await addFile(page, colliding);
    await expect(page.getByText("Everything in that file is already here, so nothing changed.")).toBeVisible();
    expect(JSON.parse(await stored(page)).apologies).toHaveLength(3);
  });
});

test.describe("7. the last word when the browser closes", () => {
  /** Ends the page the way a closing browser or a killed tab can: no page hide, no save after the
   * pause, nothing run after the last key. */
  async function kill(page) {
    const cdp = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent("crash");
    cdp.send("Page.crash").catch(() => {});
    await crashed;
  }
  const journals = async (page) => Object.keys(await allStored(page)).filter((k) => k.startsWith("mend:journal:"));
  const remorseStored = async (page) => (JSON.parse(await stored(page)) ?? { apologies: [] }).apologies.map((a) => a.parts.remorse);

  test("a page killed right after the last key loses no word: the next page folds it in and saves it", async ({ page, context }) => {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").fill("Saved words.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    await page.locator("#remorse").press("End");
    await page.keyboard.type(" And the very last word");
    await kill(page);

    const next = await context.newPage();
    await open(next, "/apology/remorse");
    await expect(next.locator("#remorse")).toHaveValue("Saved words. And the very last word");
    // Folded into the document and saved; then the journal goes.
    await expect.poll(() => remorseStored(next)).toEqual(["Saved words. And the very last word"]);
    await expect.poll(() => journals(next)).toEqual([]);
  });

  test("an apology started and killed before its first save is there in the next page", async ({ page, context }) => {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").pressSequentially("Only ever typed");
    await kill(page);
    const next = await context.newPage();
    await open(next, "/apology/remorse");
    await expect(next.locator("#remorse")).toHaveValue("Only ever typed");
    await expect.poll(() => remorseStored(next)).toEqual(["Only ever typed"]);
  });

  test("a closed tab's journal never writes over newer saved words, and an unreadable one is kept", async ({ page }) => {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").fill("Newer words, saved by another tab.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    const doc = JSON.parse(await stored(page));
    const older = structuredClone(doc.apologies[0]);
    older.parts.remorse = "Older words, typed on an older revision.";
    const journal = JSON.stringify({ base_revision: doc.revision - 1, at: 1, apology: older });
    await page.evaluate(([a, b]) => {
      localStorage.setItem("mend:journal:tab-closed", a);
      localStorage.setItem("mend:journal:tab-broken", b);
    }, [journal, "{not a journal"]);
    await page.reload();
    await expect(page.locator("#remorse")).toHaveValue("Newer words, saved by another tab.");
    await expect.poll(() => journals(page)).toEqual([]);
    const all = await allStored(page);
    const backups = Object.keys(all).filter((k) => k.startsWith("mend:backup:")).map((k) => all[k]);
    expect(backups).toEqual(expect.arrayContaining([journal, "{not a journal"]));
    expect(await remorseStored(page)).toEqual(["Newer words, saved by another tab."]);
  });

  test("a journal of a tab still open is left to that tab", async ({ page, context }) => {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").fill("Base.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    // Hold this tab's saves, so its journal stays while another tab starts.
    const release = await holdDocumentWrites(page);
    await page.locator("#remorse").fill("Still typing here.");
    await expect.poll(() => journals(page)).toHaveLength(1);
    const other = await context.newPage();
    await open(other, "/apology/remorse");
    await expect(other.locator("#remorse")).toHaveValue("Base.");
    await other.waitForTimeout(500);
    expect(await journals(other)).toHaveLength(1);
    expect(await remorseStored(other)).toEqual(["Base."]);
    await release();
  });
});

test.describe("5. an import too big for the device", () => {
  const file = (text) => ({ name: "mend.json", mimeType: "application/json", buffer: Buffer.from(text) });
  /** A valid Mend file of about `kb` kilobytes: one apology whose remorse is long. */
  const bigFile = (kb, words = "Imported words. ") => {
    const doc = { schema_version: 1, revision: 1, apologies: [{ id: "big", parts: { remorse: words.repeat(Math.ceil((kb * 1024) / words.length)) } }] };
    return JSON.stringify(doc);
  };
  async function withSomethingHere(page) {
    await open(page, "/apology/remorse");
    await page.locator("#remorse").fill("What was here before.");
    await expect(page.getByTestId("save-status")).toHaveText("Saved on this device");
    await open(page, "/data");
  }

  test("the preview says how much space the file needs, and refuses one that can't fit", async ({ page }) => {
    await page.addInitScript(() => {
      navigator.storage.estimate = async () => ({ usage: 900_000, quota: 1_000_000 });
    });
    await withSomethingHere(page);
    await page.getByLabel("Choose a Mend file").setInputFiles(file(bigFile(20)));
    await expect(page.getByTestId("import-space")).toContainText(/needs about 4\d KB of space; this browser can give Mend about 98 KB more/);
    await page.getByLabel("Choose a Mend file").setInputFiles(file(bigFile(300)));
    await expect(page.getByTestId("import-error")).toContainText(/needs about .* of space, and this browser can give Mend only about 98 KB more/);
    await expect(page.getByTestId("import-preview")).toHaveCount(0);
    expect(JSON.parse(await stored(page)).apologies.map((a) => a.parts.remorse)).toEqual(["What was here before."]);
  });

  test("an import whose save fails is not called imported, and what was here comes back", async ({ page }) => {
    await withSomethingHere(page);
    // The device has no room for a document this big.
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === "mend:document" && v.length > 100_000) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return real.call(this, k, v);
      };
    });
    await page.getByLabel("Choose a Mend file").setInputFiles(file(bigFile(300)));
    await page.getByTestId("import-preview").getByRole("button", { name: "Replace what’s here" }).click();
    await expect(page.getByTestId("import-save-failed")).toContainText("not enough room on this device");
    await expect(page.getByText("Imported.")).toHaveCount(0);
    expect(JSON.parse(await stored(page)).apologies.map((a) => a.parts.remorse)).toEqual(["What was here before."]);
    // And the app holds what was here, not the file: a later save writes the old words back.
    await open(page, "/apology/remorse");
    await expect(page.locator("#remorse")).toHaveValue("What was here before.");
  });

  test("/forward with 50,000 check-ins opens at once, the history a page at a time", async ({ page }) => {
    await open(page, "/");
    // As small as a check-in gets (no date, no note), so this many fit in Chromium's localStorage
    // (about 5 million characters; 100,000 check-ins can't be stored at all, so an import of
    // them is now refused or put back).
    const checkIns = Array.from({ length: 50_000 }, (_, i) => ({
      id: `${i}`, apology_id: "a1", commitment_id: "c1", outcome: i % 3 ? "kept" : "slipped",
    }));
    const doc = {
      schema_version: 1, revision: 1, current: "a1",
      apologies: [{ id: "a1", recipient: "Sam", parts: { commitments: [{ id: "c1", text: "When I'm late, I will text first." }] } }],
      forward: { check_ins: checkIns },
    };
    await page.evaluate((t) => localStorage.setItem("mend:document", t), JSON.stringify(doc));
    const started = Date.now();
    await open(page, "/forward");
    const row = page.getByTestId("commitment");
    await row.getByRole("button", { name: /^Check in/ }).click();
    const history = row.locator("details", { hasText: "Check-ins so far" });
    await history.locator("summary").click();
    await expect(history.getByTestId("check-ins").locator("li")).toHaveCount(50);
    console.log(`/forward with 50,000 check-ins: history open after ${Date.now() - started} ms`);
    await history.getByRole("button", { name: "Show 50 more (49950 not shown yet)" }).click();
    await expect(history.getByTestId("check-ins").locator("li")).toHaveCount(100);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
