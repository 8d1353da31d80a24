// Delivering an apology: the review points at it, the delivery page, private links that carry
// the words in the address's fragment (never to the server), replies, and "I've said it".
import { test, expect, open, stored } from "./fixtures.js";

const LONG = (() => {
  let text = "I know I hurt you when I forgot your birthday 🎂 and joked about it. ";
  text += "אני מצטער מאוד. آسف جدا. Je suis désolé. 👩‍👩‍👧 ";
  while ([...text].length < 1500) text += "I keep thinking about how that evening felt for you. ";
  return text.trim();
})();

async function writeApology(page, { recipient = "Sam", what = LONG } = {}) {
  await open(page, "/apology/prepare");
  await page.getByLabel("Who is this apology for?").fill(recipient);
  await page.goto("/apology/acknowledge");
  await page.getByLabel("What happened").fill(what);
  await page.goto("/apology/responsibility");
  await page.locator("#responsibility").fill("It was wrong of me. I take full responsibility.");
  await page.goto("/apology/change");
  await page.getByLabel("Commitment 1", { exact: true }).fill("When a date matters to you, I will put it in my calendar that day.");
  await page.goto("/apology/review");
  await expect(page.getByTestId("apology-text")).toContainText("It was wrong of me");
  return page.getByTestId("apology-text").innerText();
}

/** Makes a private link on the delivery page; returns the whole address. */
async function makeLink(page, { from = "", passphrase = "" } = {}) {
  await page.getByRole("link", { name: "Ready to deliver it" }).click();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await page.getByLabel("Send it as a message").check();
  if (from) await page.getByLabel("Sign it as (optional)").fill(from);
  if (passphrase) {
    await page.getByLabel("Lock it with a passphrase").check();
    await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  }
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = page.getByTestId("private-link");
  await expect(link).toHaveValue(/\/open#m1\./);
  return link.inputValue();
}

/** A fresh browser profile (no storage shared with the sender), recording every request. */
async function freshReader(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const requests = [];
  context.on("request", (r) => requests.push({ url: r.url(), body: r.postData() || "" }));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { context, page, requests, errors };
}

function expectNoPayloadSent(requests, link) {
  const payload = link.split("#")[1];
  const pieces = [payload, payload.slice(3, 40), payload.slice(-30)];
  for (const { url, body } of requests) {
    expect(url.includes("#"), url).toBe(false);
    for (const piece of pieces) {
      expect(url.includes(piece) || body.includes(piece), `${url} carries the payload`).toBe(false);
    }
  }
}

test("the review leads with the finished apology, sums up open notes, and points to delivery", async ({ page }) => {
  await writeApology(page, { what: "I know I hurt you when I forgot. Sorry if you were upset." });
  const box = await page.getByTestId("apology-text").boundingBox();
  expect(box.y).toBeLessThan(844 / 2);
  // Four parts as a checklist of first words, not a second copy of the apology.
  await expect(page.locator("#summary-remorse")).toContainText("You haven’t written this part yet");
  await expect(page.locator("#summary-acknowledge")).toContainText("I know I hurt you when I forgot.");
  await expect(page.getByTestId("open-notes")).toContainText("still open, in: Acknowledge the hurt");
  await page.getByTestId("open-notes").getByRole("link", { name: "Acknowledge the hurt" }).click();
  await expect(page.locator("h1")).toHaveText("Acknowledge the hurt");
});

test("'Edit the wording' calls it edited only once a word has changed", async ({ page }) => {
  await writeApology(page, { what: "I know I hurt you when I forgot." });
  await page.getByRole("button", { name: "Edit the wording" }).click();
  await expect(page.getByText("You have edited the wording by hand")).toHaveCount(0);
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await page.reload();
  // Opening the editor and closing it changed nothing: the text still follows the parts.
  await expect(page.getByTestId("apology-text")).toBeVisible();
  await page.getByRole("button", { name: "Edit the wording" }).click();
  await page.getByLabel("Your apology, in your words").press("End");
  await page.keyboard.type(" Truly.");
  await expect(page.getByText("You have edited the wording by hand")).toBeVisible();
});

test("a private link carries emoji, right-to-left text and 1,500 characters word for word, and the server never sees them", async ({ page, browser, baseURL }) => {
  const sent = await writeApology(page);
  const link = await makeLink(page, { from: "Alex" });
  await expect(page.getByTestId("link-size")).toContainText("characters long");
  // For handing it over in person: a QR code of the same address, drawn in the page.
  await page.getByRole("button", { name: "Show it as a QR code" }).click();
  const qr = page.getByRole("img", { name: "QR code of your private link" });
  await expect(qr).toBeVisible();
  expect(Number(await qr.getAttribute("data-size"))).toBeGreaterThan(21);
  await page.getByRole("button", { name: "Hide the QR code" }).click();
  await expect(qr).toHaveCount(0);
  expect(link.startsWith(`${baseURL}/open#m1.`)).toBe(true);

  const reader = await freshReader(browser, baseURL);
  await reader.page.goto(link);
  await expect(reader.page.locator("main h1")).toHaveText("A message for you", { timeout: 15_000 });
  // A calm first screen: no words until the reader asks for them.
  await expect(reader.page.getByText("Alex sent you an apology through Mend.")).toBeVisible();
  await expect(reader.page.getByText("You don’t have to read it now.")).toBeVisible();
  await expect(reader.page.getByTestId("opened-words")).toHaveCount(0);
  await reader.page.getByRole("button", { name: "Read it" }).click();
  await expect(reader.page.getByTestId("opened-words")).toHaveText(sent);
  await expect(reader.page.getByTestId("opened-words")).toBeFocused();
  // Read: the words leave the address bar, and nothing was stored.
  expect(new URL(reader.page.url()).hash).toBe("");
  expect(await reader.page.evaluate(() => localStorage.getItem("mend:document"))).toBeNull();

  // On to weighing it: the apology is already there.
  await reader.page.getByRole("link", { name: "Weigh it with the guide" }).click();
  await expect(reader.page.locator("h1")).toHaveText("Weighing the apology");
  await expect(reader.page.getByTestId("link-apology")).toContainText("I keep thinking about how that evening felt");
  await reader.page.getByRole("button", { name: "Keep it on this device" }).click();
  await expect(reader.page.getByRole("button", { name: "Keep it on this device" })).toHaveCount(0);
  await expect(reader.page.getByText("Kept on this device.", { exact: true })).toBeFocused();
  await reader.page.reload();
  await expect(reader.page.getByTestId("link-apology")).toContainText("I keep thinking about how that evening felt");
  expect(await reader.page.evaluate(() => localStorage.getItem("mend:document"))).toContain("received_links");

  expectNoPayloadSent(reader.requests, link);
  expect(reader.errors).toEqual([]);
  await reader.context.close();
});

test("'Not now' shows no words, keeps nothing, and leaves the link able to open it later", async ({ page, browser, baseURL }) => {
  await writeApology(page, { what: "I know I hurt you when I forgot your birthday." });
  const link = await makeLink(page);
  const reader = await freshReader(browser, baseURL);
  await reader.page.goto(link);
  await reader.page.getByRole("button", { name: "Not now" }).click({ timeout: 15_000 });
  await expect(reader.page.getByTestId("later")).toBeFocused();
  await expect(reader.page.getByText("birthday")).toHaveCount(0);
  expect(await reader.page.evaluate(() => localStorage.getItem("mend:document"))).toBeNull();
  await reader.page.getByRole("link", { name: "Read about taking your time" }).click();
  await expect(reader.page.locator("h1")).toHaveText("When you receive an apology");
  await reader.page.goto(link);
  await reader.page.getByRole("button", { name: "Read it" }).click({ timeout: 15_000 });
  await expect(reader.page.getByTestId("opened-words")).toContainText("birthday");
  await reader.context.close();
});

test("a link cut short or with one character changed says so and shows no words", async ({ page, browser, baseURL }) => {
  await writeApology(page, { what: "I know I hurt you when I forgot your birthday." });
  const link = await makeLink(page);
  const cut = link.slice(0, -10);
  const at = link.indexOf("#") + 20;
  const swapped = link.slice(0, at) + (link[at] === "A" ? "B" : "A") + link.slice(at + 1);

  const reader = await freshReader(browser, baseURL);
  await reader.page.goto(cut);
  await expect(reader.page.getByTestId("link-trouble")).toContainText("This link was cut off", { timeout: 15_000 });
  await expect(reader.page.getByText("birthday")).toHaveCount(0);
  await reader.page.goto(swapped);
  await expect(reader.page.getByTestId("link-trouble")).toContainText("This link was changed after it was made");
  await expect(reader.page.getByText("birthday")).toHaveCount(0);
  await expect(reader.page.getByRole("button", { name: "Read it" })).toHaveCount(0);
  await reader.page.goto(link.replace("#m1.", "#m9."));
  await expect(reader.page.getByTestId("link-trouble")).toContainText("made by a newer version of Mend");
  await reader.page.goto("/open");
  await expect(reader.page.getByTestId("link-trouble")).toContainText("This address holds no apology");
  expect(reader.errors).toEqual([]);
  await reader.context.close();
});

test("a link locked with a passphrase opens only with the right one", async ({ page, browser, baseURL }) => {
  await writeApology(page, { what: "I know I hurt you when I read your messages." });
  const link = await makeLink(page, { passphrase: "river stone 42" });
  expect(link).not.toContain("read");

  const reader = await freshReader(browser, baseURL);
  await reader.page.goto(link);
  const field = reader.page.getByLabel("Passphrase");
  await expect(field).toBeVisible({ timeout: 15_000 });
  await field.fill("river stone 41");
  await reader.page.getByRole("button", { name: "Unlock" }).click();
  await expect(reader.page.getByText("That passphrase doesn’t open it.")).toBeVisible({ timeout: 10_000 });
  await expect(reader.page.getByText("read your messages")).toHaveCount(0);
  await expect(field).toBeFocused();
  await field.fill("river stone 42");
  await field.press("Enter");
  await reader.page.getByRole("button", { name: "Read it" }).click({ timeout: 10_000 });
  await expect(reader.page.getByTestId("opened-words")).toContainText("I know I hurt you when I read your messages.");
  expect(reader.errors).toEqual([]);
  await reader.context.close();
});

test("a reply link finds its way back to the apology it answers", async ({ page, browser, baseURL }) => {
  await writeApology(page, { recipient: "Sam", what: "I know I hurt you when I missed your recital." });
  const link = await makeLink(page, { from: "Alex" });

  const reader = await freshReader(browser, baseURL);
  await reader.page.goto(link);
  await reader.page.getByRole("button", { name: "Read it" }).click({ timeout: 15_000 });
  // Not kept, so the reader moves on within the app (a reload would let it go).
  await reader.page.getByRole("link", { name: "Weigh it with the guide" }).click();
  await reader.page.getByRole("button", { name: "Continue" }).click();
  await expect(reader.page.locator("h1")).toHaveText("Ways to respond");
  const reply = reader.page.getByRole("region", { name: "Reply with a private link" });
  // Nothing is chosen for the reader: no words, no link, until they pick what is true for them.
  await expect(reply.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(reply.getByRole("button", { name: "Make the link" })).toHaveCount(0);
  await expect(reply.getByTestId("reply-choose")).toContainText("Nothing is chosen for you");
  await reply.getByLabel("To ask for time").check();
  await expect(reply.getByTestId("reply-preview")).toContainText("I’m not ready to answer yet.");
  await expect(reply).toContainText("Anyone who has the link can read your reply, so send it only to them.");
  await reply.getByRole("button", { name: "Make the link" }).click();
  const replyLink = await reply.getByTestId("private-link").inputValue();
  expect(replyLink).toMatch(/\/open#m1\./);
  // Other words make the link stale; the same words again make it current again.
  await reply.getByLabel("To accept it").check();
  await expect(reply.getByText("You changed something, so make the link again.")).toBeVisible();
  await reply.getByLabel("To ask for time").check();
  await expect(reply.getByText("Link made. Copy it or share it.")).toBeVisible();
  expect(await reply.getByTestId("private-link").inputValue()).toBe(replyLink);
  expectNoPayloadSent(reader.requests, replyLink);
  await reader.context.close();

  // Back on the apologizer's device.
  await page.goto(replyLink);
  await expect(page.getByText("Sam replied to your apology through Mend.")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Read it" }).click();
  await expect(page.getByTestId("opened-words")).toContainText("I’m not ready to answer yet.");
  // Said whose words these are: a reply, to this apology, not an apology of its own.
  await expect(page.locator(".opened__about")).toHaveText(/^Their reply to “.+”$/);
  await page.getByRole("button", { name: "Keep it with your apology" }).click();
  await expect(page.getByTestId("kept")).toHaveText("Kept with your apology.");
  await page.getByRole("link", { name: "See your apology" }).click();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await page.getByLabel("Send it as a message").check();
  await expect(page.getByTestId("replies")).toContainText(/Sam replied on \d+ \w+ \d{4}:/);
  await expect(page.getByTestId("replies")).toContainText("I’m not ready to answer yet.");
  await page.reload();
  await page.getByLabel("Send it as a message").check();
  await expect(page.getByTestId("replies")).toContainText("I’m not ready to answer yet.");
});

test("'I've said it' marks the apology delivered, the start page says so, and the plan takes the commitments", async ({ page }) => {
  await writeApology(page, { what: "I know I hurt you when I forgot. Sorry if you were upset." });
  await page.getByRole("link", { name: "Ready to deliver it" }).click();
  // Open notes are pointed out before it is said, not after: then the words can't change.
  await expect(page.getByTestId("open-notes")).toContainText("still open");
  await page.getByLabel("Say it in person").check();
  await expect(page.getByRole("button", { name: "Rehearse" })).toBeVisible();
  await page.getByRole("button", { name: "I’ve said it" }).click();
  await expect(page.getByTestId("delivered")).toContainText(/Delivered in person on \d+ \w+ \d{4}\./);
  await expect(page.getByTestId("open-notes")).toHaveCount(0);
  await expect(page.getByTestId("delivered")).toBeFocused();
  await page.getByLabel("How did it go? (optional)").fill("They listened, and asked for a day.");
  await page.reload();
  await expect(page.getByLabel("How did it go? (optional)")).toHaveValue("They listened, and asked for a day.");
  const doc = JSON.parse(await stored(page));
  expect(doc.apologies[0].delivery.way).toBe("in_person");

  await open(page, "/");
  await expect(page.getByText(/Delivered on \d+ \w+/).first()).toBeVisible();
  await page.goto("/apology/deliver");
  await page.getByRole("link", { name: "On to moving forward" }).click();
  await expect(page.locator("h1")).toHaveText("Moving forward together");
  await expect(page.getByText("When a date matters to you, I will put it in my calendar that day.").first()).toBeVisible();
});

test("the keyboard alone can deliver, mark it said and open a link", async ({ page, browser, baseURL, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await writeApology(page, { what: "I know I hurt you when I forgot." });
  const tabTo = async (p, target, limit = 40) => {
    for (let i = 0; i < limit; i++) {
      await p.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target}`);
  };
  await page.locator("h1").focus();
  await tabTo(page, page.getByRole("link", { name: "Ready to deliver it" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toBeFocused();
  await tabTo(page, page.getByLabel("Say it in person"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /Send it as a message/ })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Make the link" }));
  await page.keyboard.press("Enter");
  // Making it keeps the keyboard's place: focus stays on the button (not dropped to the page).
  await expect(page.getByText("Link made. Copy it or share it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Make the link" })).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Copy the link" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Link copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/open#m1\./);
  await tabTo(page, page.getByRole("button", { name: "I’ve said it" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("delivered")).toContainText("Delivered as a message on");

  const reader = await freshReader(browser, baseURL);
  await reader.page.goto(link);
  await expect(reader.page.getByRole("button", { name: "Read it" })).toBeVisible({ timeout: 15_000 });
  await tabTo(reader.page, reader.page.getByRole("button", { name: "Read it" }));
  await reader.page.keyboard.press("Enter");
  await expect(reader.page.getByTestId("opened-words")).toBeFocused();
  await reader.context.close();
});

test("rehearsing from the delivery page is a history entry, and focus comes back to Rehearse", async ({ page }) => {
  await writeApology(page, { what: "I know I hurt you when I forgot." });
  await page.getByRole("link", { name: "Ready to deliver it" }).click();
  await page.getByLabel("Say it in person").check();
  await page.getByRole("button", { name: "Rehearse" }).click();
  await expect(page.locator("h1")).toHaveText("Rehearse your apology");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Deliver your apology");
  await expect(page.getByRole("button", { name: "Rehearse" })).toBeFocused();
  await page.getByRole("button", { name: "Rehearse" }).click();
  await page.getByRole("button", { name: "Done rehearsing" }).click();
  await expect(page.getByRole("button", { name: "Rehearse" })).toBeFocused();
  await expect(page).toHaveTitle("Deliver your apology – Mend");
});
