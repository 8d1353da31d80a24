// Component styles (stylist) under the strict CSP: the one inline <style> on every route, and in
// the panels that open only after interaction, is the one the policy names by its sha256, in
// light and dark; every sheet is in every page (the build writes them, the browser adds none);
// the rules apply, on pages the app renders afresh too; and an unhashed style is refused.
import { test, expect, open, DOCUMENT_KEY } from "./fixtures.js";
import { ROUTES } from "./routes.js";
import { readFile } from "node:fs/promises";

/** A plan with check-ins of each kind, wins and a talk (four: the timeline shows three and
 *  "Show all"), boundaries, and a plan for a slip. */
const PLAN = JSON.parse(await readFile(new URL("../fixtures/plan-before-if-then.json", import.meta.url), "utf8"));
PLAN.apologies[0].parts.commitments[0].if_slip = "If I'm late anyway, I'll call and say so.";
PLAN.forward.wins.push({ id: "w3", date: 1795650000000, text: "Dinner with your sister." });

/** A stored apology whose step 3 has notes and whose delivery page has words to rehearse. */
const DOCUMENT = {
  schema_version: 1, revision: 1, saved_at: 0, current: "a1",
  apologies: [{
    id: "a1", created_at: 1795800000000, updated_at: 1795810000000, recipient: "Sam", relationship: "partner",
    preparation: { calm: "", listened: "", values: "" },
    parts: {
      what_happened: "I know I hurt you when I raised my voice at dinner.", feelings: "",
      responsibility: "It was wrong of me.", remorse: "I'm sorry if you were upset, but you overreacted.",
      commitments: [{ id: "c1", text: "When I notice I'm frustrated, I will take ten minutes before we talk." }],
      repair: "I would like to apologize to your sister too.",
    },
    edited_text: null, dismissed_notes: [], last_step: { part: "remorse" },
  }],
  receiver: { notes: "" }, forward: { notes: "" },
};

/** The page's inline styles, each with its sha256 as the CSP writes it, the policy, and the
 *  stylist classes on the page's elements that no rule of the inline style names. */
function inlineStyles(page) {
  return page.evaluate(async () => {
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]').content;
    const styles = [];
    for (const style of document.querySelectorAll("style")) {
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(style.textContent));
      const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
      styles.push({ id: style.dataset.style, hash: `'sha256-${hash}'`, text: style.textContent });
    }
    const used = new Set([...document.querySelectorAll("[class*='stylist-']")]
      .flatMap((el) => [...el.classList].filter((c) => c.startsWith("stylist-"))));
    const text = styles.map((s) => s.text).join("");
    const unstyled = [...used].filter((c) => !new RegExp(`\\.${c}(?![\\w-])`).test(text));
    return { policy, styles: styles.map(({ id, hash }) => ({ id, hash })), unstyled };
  });
}

/** The one inline style is the build's, every sheet in it, allowed by its hash and nothing else;
 *  every stylist class on the page has its rules there. */
async function expectEveryStyleHashed(page) {
  const { policy, styles, unstyled } = await inlineStyles(page);
  const styleSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("style-src "));
  expect(styleSrc).toMatch(/^style-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(styles.map((s) => s.id), "the component sheets are in the page, in one style").toEqual(["stylist"]);
  expect(styleSrc).toContain(styles[0].hash);
  expect(unstyled, "stylist classes whose sheet is not in the page").toEqual([]);
}

for (const scheme of ["light", "dark"]) {
  test.describe(`${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test("every route's inline styles are the ones the CSP names by hash", async ({ page }) => {
      test.slow();
      for (const path of ROUTES) {
        await open(page, path);
        await expectEveryStyleHashed(page);
      }
    });

    test("the checker notes, the delivery page, rehearsing and the plan's rows are styled by their own sheets", async ({ page }) => {
      await open(page, "/");
      await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, DOCUMENT]);
      await open(page, "/apology/remorse");
      const note = page.locator("#notes-remorse .checker-note").first();
      await expect(note).toBeVisible({ timeout: 8000 });
      await expect(note).toHaveCSS("border-left-width", "4px");
      await expect(page.locator("#notes-remorse .checker-notes__list")).toHaveCSS("display", "grid");
      await expectEveryStyleHashed(page);

      await open(page, "/apology/deliver");
      await expect(page.locator(".timing")).toHaveCSS("border-left-width", "4px");
      await page.getByText("Say it in person").click();
      await expect(page.locator(".way__label").first()).toHaveCSS("border-top-width", "2px");
      await expect(page.locator(".way__input").first()).toHaveCSS("position", "absolute");
      await page.getByRole("button", { name: "Rehearse" }).click();
      await expect(page.locator("h1")).toHaveText("Rehearse your apology");
      await expect(page.getByTestId("rehearse-text")).toHaveCSS("display", "flex");
      await expectEveryStyleHashed(page);

      await open(page, "/forward");
      const rows = page.getByTestId("commitment");
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(1)).toHaveCSS("border-top-width", "1px");
      await expect(rows.first().locator(".plan-row__text")).toHaveCSS("white-space", "pre-wrap");
      await expectEveryStyleHashed(page);
    });

    test("the private link, its QR code, 'I've said it', /open, the reply and the receiver's pages (weighing, responding, boundaries, safety) are styled by their own sheets", async ({ page, browser, baseURL }) => {
      test.slow();
      await open(page, "/");
      await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, DOCUMENT]);
      await open(page, "/apology/deliver");
      await page.getByLabel("Send it as a message").check();
      await expect(page.locator(".private-link__warning")).toHaveCSS("border-left-width", "4px");
      await page.getByRole("button", { name: "Make the link" }).click();
      const address = page.getByTestId("private-link");
      await expect(address).toHaveValue(/\/open#m1\./);
      await expect(address).toHaveCSS("font-family", /monospace/);
      await page.getByRole("button", { name: "Show it as a QR code" }).click();
      // Dark modules on light in both themes: the QR code's own tokens, through its sheet.
      await expect(page.locator(".qr")).toHaveCSS("max-width", "320px");
      await expect(page.locator(".qr__light")).toHaveCSS("fill", "rgb(255, 255, 255)");
      await expect(page.locator(".qr__dark")).toHaveCSS("fill", "rgb(0, 0, 0)");
      await expect(page.locator(".said")).toHaveCSS("border-top-width", "1px");
      await expectEveryStyleHashed(page);
      const link = await address.inputValue();

      // The reader, in a profile of their own: /open with the link, then the guide.
      const reader = await browser.newContext({ baseURL, colorScheme: scheme, viewport: { width: 390, height: 844 } });
      // The suite's guard, for this profile: any CSP violation, page error or console error.
      await reader.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`)));
      const other = await reader.newPage();
      const violations = [];
      other.on("console", (m) => m.type() === "error" && violations.push(m.text()));
      other.on("pageerror", (e) => violations.push(e.message));
      await other.goto(link);
      await other.locator('html[data-app="running"]').waitFor();
      await other.getByRole("button", { name: "Read it" }).click();
      await expect(other.getByTestId("opened-words")).toBeFocused();
      await expect(other.getByTestId("opened-words")).toHaveCSS("outline-style", "none");
      await expectEveryStyleHashed(other);
      await other.getByRole("link", { name: "Weigh it with the guide" }).click();
      await other.getByRole("button", { name: "Keep it on this device" }).click();
      await expect(other.getByTestId("question-notes").first()).toHaveCSS("border-left-width", "4px");
      await expect(other.locator(".received-notes")).toHaveCSS("border-top-width", "1px");
      await expect(other.locator(".finding__quote").first()).toHaveCSS("font-weight", "700");
      await expect(other.getByTestId("link-apology")).toHaveCSS("margin-top", "24px");
      await expect(other.getByTestId("link-apology")).toHaveCSS("margin-bottom", "24px");
      await expect(other.locator("fieldset.question").first()).toHaveCSS("margin-bottom", "24px");
      await expect(other.locator(".radios--row").first()).toHaveCSS("column-gap", "16px");
      await expectEveryStyleHashed(other);
      await other.goto("/receive/respond");
      await other.locator('html[data-app="running"]').waitFor();
      await expect(other.locator(".reply-link")).toHaveCSS("margin-top", "24px");
      await expect(other.locator('[data-script="accept"]')).toHaveCSS("border-top-width", "1px");
      await expect(other.locator('[data-script="accept"] .textarea')).toHaveCSS("min-height", "72px");
      await expectEveryStyleHashed(other);
      expect(violations).toEqual([]);
      await reader.close();

      await open(page, "/receive/boundaries");
      await expect(page.locator(".boundary-preview")).toHaveCSS("border-left-width", "4px");
      await expect(page.locator(".boundary-builder__legend")).toHaveCSS("font-weight", "700");
      await open(page, "/receive/safety");
      await expect(page.locator(".safety__plain")).toHaveCSS("border-left-width", "4px");
      await expect(page.locator(".safety__next")).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".plain-links")).toHaveCSS("display", "flex");
      await expectEveryStyleHashed(page);
    });

    test("the plan's page, groups, check-in panel, slip, history, reminder, dots, timeline, forms and 'Show all', the guide's steps and the forgiveness page are styled by their own sheets", async ({ page }) => {
      await open(page, "/");
      await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, PLAN]);
      await open(page, "/forward");
      // The page: ruled sections, quiet tips, flush folds.
      await expect(page.locator(".forward-section").first()).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".forward-section > .tip").first()).toHaveCSS("padding-top", "0px");
      await expect(page.locator(".forward-section .forward-disclosure").first()).toHaveCSS("margin-bottom", "0px");
      await expect(page.locator(".forward__lead")).toHaveCSS("margin-top", "0px");
      // The groups, the dots and the timeline with its "Show all".
      await expect(page.locator(".plan-rows").first()).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".plan-group__title").first()).toHaveCSS("margin-top", "0px");
      // An apology's label reads under its section, not as a second section: smaller, quieter,
      // with room above it after the section's tip.
      const hierarchy = await page.evaluate(() => {
        const section = document.querySelector(".forward-section");
        const [title, tip, label] = [section.querySelector("h2"), section.querySelector(".tip"), section.querySelector(".plan-group__title")];
        const size = (el) => parseFloat(getComputedStyle(el).fontSize);
        return { title: size(title), label: size(label), gap: label.getBoundingClientRect().top - tip.getBoundingClientRect().bottom, muted: getComputedStyle(label).color === getComputedStyle(tip).color };
      });
      expect(hierarchy.label).toBeLessThan(hierarchy.title * 0.8);
      expect(hierarchy.gap).toBeGreaterThanOrEqual(12);
      expect(hierarchy.muted).toBe(true);
      await expect(page.locator(".dots").first()).toHaveCSS("overflow", "visible");
      await expect(page.locator(".dots__dot--slipped").first()).toHaveCSS("fill", "none");
      await expect(page.locator(".timeline .entry").first()).toHaveCSS("position", "relative");
      const dot = await page.locator(".timeline .entry").first().evaluate((el) => getComputedStyle(el, "::before").borderRadius);
      expect(dot).toBe("50%");
      await expect(page.locator(".timeline__more")).toHaveCSS("margin-top", "-12px");
      // A form in its fold.
      await page.locator("summary", { hasText: "Add a small win" }).click();
      await expect(page.locator(".add-entry").first()).toHaveCSS("margin-top", "16px");
      await expect(page.locator(".add-entry .textarea").first()).toHaveCSS("min-height", "56px");
      // The check-in panel, its history and reminder folds, and a slip with its plan.
      await page.getByRole("button", { name: /^Check in on “/ }).first().click();
      const panel = page.getByTestId("check-in-panel");
      await expect(panel).toHaveCSS("border-top-style", "dashed");
      await expect(panel.locator(".forward-disclosure").first()).toHaveCSS("margin-top", "8px");
      await panel.locator("details").first().locator("summary").click();
      const outcome = await panel.locator(".check-in--kept .check-in__outcome").first()
        .evaluate((el) => getComputedStyle(el, "::before").borderRadius);
      expect(outcome).toBe("50%");
      await expect(panel.locator(".reminder__repeat")).toHaveCSS("margin-top", "8px");
      await panel.getByRole("button", { name: /slipped/i }).first().click();
      await expect(page.getByTestId("slip")).toHaveCSS("border-left-width", "4px");
      await expect(page.getByTestId("slip-plan")).toHaveCSS("margin-top", "0px");
      await expectEveryStyleHashed(page);
      // The receiver's guide: its steps, and the forgiveness page's small heading and promises.
      await open(page, "/receive");
      await expect(page.locator(".guide-steps a").first()).toHaveCSS("display", "inline-flex");
      await open(page, "/receive/forgiveness");
      await expect(page.locator(".receive-subhead")).toHaveCSS("font-weight", "700");
      await expect(page.locator(".promises li").first()).toHaveCSS("margin-bottom", "8px");
      await expectEveryStyleHashed(page);
    });

    test("the frame (skip link, header, save status, footer), the back link, the step marks, 'Before you begin', the guidance, own notes, commitments, the review's own lines, the start page's card and list, backups and the file chooser are styled by their own sheets", async ({ page }) => {
      test.slow();
      const second = { ...DOCUMENT.apologies[0], id: "a2", recipient: "Jo" };
      const first = { ...DOCUMENT.apologies[0], preparation: { calm: "", listened: "They felt ignored.", values: "Honesty." } };
      const doc = { ...DOCUMENT, apologies: [first, second] };
      await open(page, "/");
      await page.evaluate(([key, doc]) => {
        localStorage.setItem(key, JSON.stringify(doc));
        localStorage.setItem("mend:backup:1795810000000", JSON.stringify({ saved_at: 1795810000000, reason: "conflict", text: "{}" }));
      }, [DOCUMENT_KEY, doc]);

      await open(page, "/apology/prepare");
      // The frame: hidden skip link until it takes focus; the header's row, name and mark; the footer.
      const skip = page.locator(".skip-link");
      await expect(skip).toHaveCSS("position", "absolute");
      await expect(skip).not.toHaveCSS("transform", "none");
      await page.keyboard.press("Tab");
      await expect(skip).toBeFocused();
      await expect(skip).toHaveCSS("transform", "none");
      await expect(skip).toHaveCSS("top", "8px");
      await expect(page.locator(".site-header")).toHaveCSS("border-bottom-width", "1px");
      await expect(page.locator(".site-header__inner")).toHaveCSS("display", "flex");
      await expect(page.locator(".brand")).toHaveCSS("font-weight", "700");
      await expect(page.locator(".brand")).toHaveCSS("text-decoration-line", "none");
      await expect(page.locator(".brand__mark")).toHaveCSS("border-top-left-radius", "50%");
      await expect(page.locator(".site-footer")).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".footer-links")).toHaveCSS("display", "flex");
      await expect(page.locator(".footer-links a").first()).toHaveCSS("min-height", "44px");
      await expect(page.locator(".back-link a")).toHaveCSS("display", "inline-flex");
      const chevron = await page.locator(".back-link a").evaluate((el) => getComputedStyle(el, "::before").borderLeftWidth);
      expect(chevron).toBe("2px");
      // "Before you begin": the way past it, the chips (the input covers its chip), the safety line.
      await expect(page.locator(".prepare__skip")).toHaveCSS("margin-top", "-8px");
      await expect(page.locator(".chips")).toHaveCSS("display", "flex");
      await expect(page.locator(".chip__input").first()).toHaveCSS("position", "absolute");
      await expect(page.locator(".chip__input").first()).toHaveCSS("opacity", "0");
      const chosen = page.locator(".chip__input:checked + .chip__label");
      await expect(chosen).toHaveCSS("font-weight", "600");
      expect(await chosen.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"✓"');
      await expect(page.locator(".page-safety")).toHaveCSS("border-top-width", "1px");
      // The save status, once there is something to say.
      await page.locator("#recipient").pressSequentially("!");
      await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
      await expect(page.getByTestId("save-status")).toHaveCSS("margin-bottom", "0px");
      await expect(page.getByTestId("save-status")).toHaveCSS("font-size", "15px");
      await expectEveryStyleHashed(page);

      await open(page, "/apology/acknowledge");
      await expect(page.locator(".step-marks")).toHaveCSS("display", "grid");
      await expect(page.locator(".step-mark--current .step-mark__bar")).toHaveCSS("height", "12px");
      await expect(page.locator(".step-mark--done .step-mark__bar").first()).toHaveCSS("border-top-width", "2px");
      await expect(page.locator(".example")).toHaveCSS("border-left-width", "4px");
      await expect(page.locator(".example__quote p")).toHaveCSS("margin-top", "0px");
      await expect(page.locator(".example__caption")).toHaveCSS("font-weight", "700");
      await expect(page.locator(".more-help")).toHaveCSS("margin-top", "24px");
      await expect(page.getByTestId("own-note")).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".own-note__source")).toHaveCSS("display", "block");

      await open(page, "/apology/change");
      await expect(page.locator(".commitments")).toHaveCSS("list-style-type", "none");
      await expect(page.locator(".commitment").first()).toHaveCSS("margin-bottom", "12px");
      await expect(page.locator(".commitment__after .textarea").first()).toHaveCSS("min-height", "48px");
      await expectEveryStyleHashed(page);

      await open(page, "/apology/review");
      await expect(page.getByTestId("all-written")).toHaveCSS("border-left-width", "4px");
      await expect(page.getByTestId("own-notes")).toHaveCSS("margin-top", "16px");
      await page.getByTestId("own-notes").locator("summary").click();
      await expect(page.locator(".own-notes__list dd").first()).toHaveCSS("margin-bottom", "12px");
      await page.getByRole("button", { name: "Edit the wording" }).click();
      await expect(page.locator(".textarea--tall")).toHaveCSS("min-height", "256px");
      await page.locator(".textarea--tall").pressSequentially(" x");
      await page.getByRole("button", { name: "Put it together from the parts again" }).click();
      await expect(page.locator(".confirm")).toHaveCSS("flex-basis", "100%");
      await expectEveryStyleHashed(page);

      await open(page, "/");
      await expect(page.locator(".resume")).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".resume h2")).toHaveCSS("margin-top", "0px");
      await expect(page.locator(".apology-list")).toHaveCSS("list-style-type", "none");
      await expect(page.locator(".apology-item").first()).toHaveCSS("display", "flex");
      await expect(page.locator(".apology-item__title").first()).toHaveCSS("font-weight", "700");

      await open(page, "/data");
      await expect(page.getByTestId("backup")).toHaveCSS("border-bottom-width", "1px");
      await expect(page.locator(".backup__what")).toHaveCSS("margin-bottom", "8px");
      await expect(page.locator(".file-input")).toHaveCSS("display", "block");
      await expect(page.locator(".file-input")).toHaveCSS("white-space", "normal");
      await expectEveryStyleHashed(page);
    });

    test("the progress marks, the quick exit, the needs' tick boxes, the review's checklist, the safety link and the undo line are styled by their own sheets", async ({ page }) => {
      await open(page, "/");
      await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, DOCUMENT]);
      // The undo line takes no room while empty, and shows once there is something to put back.
      await open(page, "/");
      const undo = page.locator(".undo-status");
      await expect(undo).toHaveCSS("display", "none");
      await page.getByRole("button", { name: /^Delete/ }).first().click();
      await expect(undo).toHaveCSS("display", "block");
      await page.getByRole("button", { name: "Undo" }).click();
      await open(page, "/receive/needs");
      // The safety link closes the guide's page as a ruled section, on the page's last line.
      await expect(page.locator(".guide-safety .safety-link")).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".guide-safety .safety-link")).toHaveCSS("padding-top", "16px");
      await expect(page.locator(".guide-safety .safety-link")).toHaveCSS("margin-bottom", "0px");
      await expect(page.locator(".progress__marks")).toHaveCSS("display", "flex");
      await expect(page.locator(".progress__mark--current")).toHaveCSS("box-shadow", /0px 0px 0px 3px$/);
      await expect(page.locator(".progress__mark--passed").first()).toHaveCSS("border-top-width", "2px");
      // Outlined below the guide's pages (a plain .button is filled), solid in a panel on the safety note.
      await expect(page.locator(".quick-exit__button")).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
      await expect(page.locator(".checks")).toHaveCSS("display", "grid");
      await expect(page.locator(".check").first()).toHaveCSS("display", "flex");
      await expect(page.locator(".check__input").first()).toHaveCSS("width", "24px");
      await expectEveryStyleHashed(page);
      await open(page, "/receive/safety");
      await expect(page.locator(".quick-exit--prominent")).toHaveCSS("border-top-width", "1px");
      await expect(page.locator(".quick-exit--prominent .quick-exit__button")).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
      await open(page, "/apology/review");
      await expect(page.locator(".checklist")).toHaveCSS("list-style-type", "none");
      await expect(page.locator(".checklist__row").first()).toHaveCSS("border-bottom-width", "1px");
      await expect(page.locator(".checklist__row--done .checklist__mark").first()).toHaveCSS("border-radius", "50%");
      await expectEveryStyleHashed(page);
    });
  });
}

test("a page the app renders afresh, or reaches inside the app, has every sheet and adds none", async ({ page }) => {
  await open(page, "/");
  await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, DOCUMENT]);
  const sheetsInHtml = await page.evaluate(() => document.querySelectorAll("head > style[data-style]").length);
  // A query the build could not know: the app clears the prerendered body and renders its own.
  await open(page, "/apology/deliver?way=message");
  await expect(page.locator(".timing")).toHaveCSS("border-left-width", "4px");
  await expect(page.locator(".way__label").first()).toHaveCSS("border-top-width", "2px");
  await expectEveryStyleHashed(page);
  // Inside the app: from the start page to the plan without loading a page.
  await open(page, "/");
  await page.locator("main").getByRole("link", { name: "Moving forward together" }).first().click();
  await expect(page.locator("h1")).toHaveText("Moving forward together");
  await expect(page.getByTestId("commitment").first().locator(".plan-row__text")).toHaveCSS("white-space", "pre-wrap");
  expect(await page.evaluate(() => document.querySelectorAll("style").length)).toBe(sheetsInHtml);
});

test("a style the build did not hash is refused", async ({ page, guard }) => {
  await open(page, "/apology/deliver");
  guard.consoleErrors.push(/Content Security Policy|CSP violation/);
  const applied = await page.evaluate(async () => {
    const style = document.createElement("style");
    style.textContent = "main { display: none; }";
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 50));
    return getComputedStyle(document.querySelector("main")).display === "none";
  });
  expect(applied).toBe(false);
});

// The scratch build that carried stylist's sheets through Yew's state (ManagerProvider inside
// <Suspense>) moved the caret to a field's start after hydration; this design has no Suspense.
test("typing once the app has taken over keeps the caret after the last character", async ({ page }) => {
  await open(page, "/apology/remorse");
  const field = page.locator("#remorse");
  await field.click();
  await field.pressSequentially("I am sorry", { delay: 30 });
  await page.waitForTimeout(300);
  await field.pressSequentially(" for it", { delay: 30 });
  await expect(field).toHaveValue("I am sorry for it");
  expect(await field.evaluate((el) => [el.selectionStart, el.value.length])).toEqual([17, 17]);
});

test("a choice whose input is hidden draws the same two-tone focus ring, from the keyboard, as any control", async ({ page }) => {
  /** The ring on whatever draws it once Tab reaches `selector` (its label, for a hidden input). */
  async function ringAt(selector, drawnBy) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) {
        return page.evaluate((d) => {
          const el = d ? document.activeElement.nextElementSibling : document.activeElement;
          const style = getComputedStyle(el);
          return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, offset: style.outlineOffset, gap: style.boxShadow };
        }, drawnBy);
      }
    }
    throw new Error(`Tab never reached ${selector}`);
  }
  await open(page, "/apology/prepare");
  const button = await ringAt("button, a.button", false);
  expect(button.outline).toMatch(/^solid 3px /);
  expect(button.gap).toMatch(/0px 0px 0px 2px$/);
  await open(page, "/apology/prepare");
  expect(await ringAt(".chip__input", true)).toEqual(button);
  await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [DOCUMENT_KEY, DOCUMENT]);
  await open(page, "/apology/deliver");
  expect(await ringAt(".way__input", true)).toEqual(button);
});
