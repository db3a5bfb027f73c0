// Page helpers of the Firefox suite, on puppeteer pages: the contract hooks (docs/CONTRACT.md)
// read the same way the Chromium suite's Playwright locators read them. Each wait is on the
// page's own state (puppeteer's waitForFunction re-checks on every animation frame), with
// the same timeouts as the Chromium suite's expect.
import type { Page } from 'puppeteer-core';

export const HOST = '[data-audience-guard="warning"]';

export interface HostState {
  count: number;
  inComposer: number;
  site: string | null;
  audience: string | null;
  state: string | null;
  visible: boolean;
  actions: string[];
}

/** The warning hosts on `page` and the first one's attributes, visibility and shadow-root actions. */
export function hostState(page: Page, composer = '[role="dialog"]'): Promise<HostState> {
  return page.evaluate(
    (sel, dialog) => {
      const hosts = [...document.querySelectorAll(sel)];
      const host = hosts[0];
      const rect = host?.getBoundingClientRect();
      const visible = !!rect && rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
      return {
        count: hosts.length,
        inComposer: hosts.filter((h) => h.closest(dialog)).length,
        site: host?.getAttribute('data-site') ?? null,
        audience: host?.getAttribute('data-audience') ?? null,
        state: host?.getAttribute('data-state') ?? null,
        visible,
        actions: [...(host?.shadowRoot?.querySelectorAll('[data-action]') ?? [])].map((b) => b.getAttribute('data-action') ?? ''),
      };
    },
    HOST,
    composer,
  );
}

/** Waits until exactly one host is on the page with these attributes, then returns its state. */
export async function waitForHost(page: Page, want: { audience?: string; state?: string; site?: string }, timeout = 10_000): Promise<HostState> {
  await page.waitForFunction(
    (sel, w) => {
      const hosts = document.querySelectorAll(sel);
      const h = hosts[0];
      return (
        hosts.length === 1 &&
        (!w.audience || h?.getAttribute('data-audience') === w.audience) &&
        (!w.state || h?.getAttribute('data-state') === w.state) &&
        (!w.site || h?.getAttribute('data-site') === w.site)
      );
    },
    { timeout },
    HOST,
    want,
  );
  return hostState(page);
}

/** Waits until no host is on the page. */
export async function waitForNoHost(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, { timeout }, HOST);
}

/** A trusted click (BiDi input actions) on a button inside the warning's shadow root. */
export async function clickHostAction(page: Page, action: string): Promise<void> {
  const button = await page.waitForSelector(`${HOST} >>> [data-action="${action}"]`, { visible: true });
  await button!.click();
}

/**
 * A trusted click on the first visible element matching `selector` (whose text starts with
 * `text`, if given): the Facebook simulator keeps hidden copies of its panels mounted.
 */
export async function clickVisible(page: Page, selector: string, text?: string): Promise<void> {
  const handle = await page.waitForFunction(
    (sel, t) =>
      [...document.querySelectorAll<HTMLElement>(sel)].find((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && (!t || (el.textContent ?? '').trim().startsWith(t));
      }) ?? null,
    { timeout: 10_000 },
    selector,
    text ?? '',
  );
  // The simulator's panels slide (CSS transitions, as Facebook's do): a click computed
  // mid-slide lands beside the moving element. Wait for what is running to finish.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await (handle as unknown as import('puppeteer-core').ElementHandle<Element>).click();
}

/** Types `text` into the Facebook simulator's draft and attaches one photo (as writeDraft does in Chromium). */
export async function writeDraft(page: Page, text: string): Promise<void> {
  await clickVisible(page, '[role="dialog"] [data-sim="editor"]');
  await page.keyboard.type(text);
  await clickVisible(page, '[role="dialog"] [data-sim="photo-button"]');
  await page.waitForFunction(() => document.querySelectorAll('[role="dialog"] [data-sim="photo"]').length === 1);
}

/** The draft's text and photo count, to check both survived. */
export function draft(page: Page): Promise<{ text: string; photos: number }> {
  return page.evaluate(() => {
    const dialog = [...document.querySelectorAll('[role="dialog"]')].find((d) => d.querySelector('[data-sim="editor"]'));
    return {
      text: dialog?.querySelector('[data-sim="editor"]')?.textContent ?? '',
      photos: dialog?.querySelectorAll('[data-sim="photo"]').length ?? 0,
    };
  });
}

/** Picks an audience by hand through the simulator's chooser (pickAudienceByHand in Chromium). */
export async function pickAudienceByHand(page: Page, name: string): Promise<void> {
  await clickVisible(page, '[role="dialog"] [data-sim="audience-button"]');
  await clickVisible(page, 'label, [role="radio"]', name);
  await clickVisible(page, '[data-sim="chooser-done"]', 'Done');
}

/** The Instagram simulator's "Create new post" dialog, as far as the share step with a caption (goToStep in Chromium). */
export async function instagramDraftOnShareStep(page: Page, photoPath: string, captionText: string, ui: { create: string; next: string; caption: string }): Promise<void> {
  await clickVisible(page, `svg[aria-label="${ui.create}"]`);
  const input = await page.waitForSelector('[role="dialog"] input[type="file"]');
  await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(photoPath);
  await clickVisible(page, '[role="dialog"] [role="button"]', ui.next);
  await clickVisible(page, '[role="dialog"] [role="button"]', ui.next);
  await clickVisible(page, `[contenteditable="true"][role="textbox"][aria-label="${ui.caption}"]`);
  await page.keyboard.type(captionText);
}
