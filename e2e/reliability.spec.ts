// The extension must survive its own reload/update, corrupt storage and a hostile page.
import { test, expect, warningHost } from './extension-test';
import type { BrowserContext, Page } from '@playwright/test';

const COMPOSER_PAGE = `<!doctype html><html id="facebook" lang="en"><head><meta charset="utf-8"><title>Facebook</title></head>
<body><div role="dialog" aria-modal="true" aria-label="Create post">
  <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Ana?">My draft</div>
  <div role="button" tabindex="0" aria-label="Edit privacy. Sharing with Public.">Public</div>
  <div role="button" tabindex="0" aria-label="Post">Post</div>
</div>
<script>
  // Watches, from the page's own world, how many hosts the dialog ever holds at once.
  window.maxHosts = 0;
  new MutationObserver(() => {
    const n = document.querySelectorAll('[data-audience-guard="warning"]').length;
    window.maxHosts = Math.max(window.maxHosts, n);
  }).observe(document, { childList: true, subtree: true });
</script></body></html>`;

/**
 * Resolves after the page has painted two more frames: the content script's watcher flushes
 * in the next animation frame, so any copy of it still alive has acted by then.
 */
function afterTwoFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function openComposerPage(context: BrowserContext): Promise<Page> {
  await context.route('https://www.facebook.com/reliability', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: COMPOSER_PAGE }),
  );
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/reliability');
  await expect(warningHost(page)).toHaveCount(1);
  return page;
}

test.describe(() => {
  // Reloading turns developer mode on and replaces the extension: a profile of its own.
  test.use({ freshProfile: true });

  test('after the extension reloads, the old script leaves and the new one takes over with one warning', async ({ context, reloadExtension, pageErrors }) => {
    const page = await openComposerPage(context);
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const oldHost = await warningHost(page).elementHandle();
    await reloadExtension();
    await page.bringToFront();
    // The new copy, injected into the open tab, shows its own warning; the old one is gone.
    await expect.poll(async () => oldHost?.evaluate((el) => el.isConnected)).toBe(false);
    await expect(warningHost(page)).toHaveCount(1);
    await expect(warningHost(page)).toHaveAttribute('data-audience', 'public');
    // It still follows the audience (the new watcher works)...
    await page.evaluate(() => {
      const b = document.querySelector('[aria-label^="Edit privacy"]')!;
      b.setAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
      b.textContent = 'Friends';
    });
    await expect(warningHost(page)).toHaveCount(0);
    // ...the old one's watcher is gone (it would have put its host back), and never were
    // there two hosts at once.
    await page.evaluate(() => {
      const b = document.querySelector('[aria-label^="Edit privacy"]')!;
      b.setAttribute('aria-label', 'Edit privacy. Sharing with Public.');
      b.textContent = 'Public';
    });
    await expect(warningHost(page)).toHaveCount(1);
    // The new copy has acted on the change (its host is there); a watcher flushing on the
    // next frame (the old copy's, were it alive) has had two frames since. (Not settled():
    // the reload replaced the service worker it asks through.)
    await afterTwoFrames(page);
    await expect(warningHost(page)).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { maxHosts: number }).maxHosts)).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((t) => /audience|extension context/i.test(t))).toEqual([]);
  });
});

test('scripted clicks and forged hosts from the page cannot trigger a switch', async ({ context, settled }) => {
  const page = await openComposerPage(context);
  // Synthetic clicks on the real buttons (the shadow root is open, as the contract says).
  await page.evaluate(() => {
    const host = document.querySelector('[data-audience-guard="warning"]')!;
    const buttons = host.shadowRoot!.querySelectorAll<HTMLElement>('[data-action]');
    if (!host.shadowRoot!.querySelector('[data-action="dismiss"]')) throw new Error('no dismiss button');
    for (const button of buttons) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
  });
  // The content script has taken the clicks and every mutation since, and is not switching.
  expect((await settled(page)).state).toBe('warning');
  await expect(warningHost(page)).toHaveCount(1);
  await expect(warningHost(page)).toHaveAttribute('data-state', 'warning');
  await expect(page.locator('[aria-label^="Edit privacy"]')).toHaveAttribute('aria-label', 'Edit privacy. Sharing with Public.');
  // A fake host made by the page is not ours: it neither gets our UI nor displaces ours.
  await page.evaluate(() => {
    const fake = document.createElement('div');
    fake.setAttribute('data-audience-guard', 'warning');
    fake.setAttribute('data-state', 'switching');
    document.querySelector('[role="dialog"]')!.append(fake);
    fake.click();
  });
  expect((await settled(page)).state).toBe('warning');
  await expect(page.locator('[data-audience-guard="warning"][data-state="warning"]')).toHaveCount(1);
  // A real (trusted) click still works: the dismiss button hides the warning.
  await page.locator('[data-audience-guard="warning"][data-state="warning"] [data-action="dismiss"]').click();
  await expect(page.locator('[data-audience-guard="warning"][data-state="warning"]')).toHaveCount(0);
});

test('page styles on the host element can neither hide nor restyle the warning', async ({ context }) => {
  const page = await openComposerPage(context);
  const host = warningHost(page);
  const read = () =>
    host.evaluate((el) => {
      const style = getComputedStyle(el);
      const headline = el.shadowRoot!.querySelector('.headline')!;
      return {
        display: style.display,
        opacity: style.opacity,
        fontSize: style.fontSize,
        color: style.color,
        headlineVisibility: getComputedStyle(headline).visibility,
        height: Math.round(el.getBoundingClientRect().height),
      };
    });
  const before = await read();
  expect(before).toMatchObject({ display: 'block', opacity: '1', fontSize: '16px', headlineVisibility: 'visible' });
  expect(before.height).toBeGreaterThan(20);
  // Ordinary page rules that match the host (Facebook's CSS styles every div).
  await page.addStyleTag({ content: 'div { opacity: 0; font-size: 40px; display: inline; visibility: hidden; color: red; }' });
  expect(await read()).toEqual(before);
  // A rule aimed at our own attribute, with !important: the shadow root's !important wins.
  await page.addStyleTag({ content: '[data-audience-guard] { display: none !important; opacity: 0 !important; visibility: hidden !important; }' });
  expect(await read()).toEqual(before);
});

test('messages forged by a page, or with unknown types, are rejected by the background', async ({ context, serviceWorker }) => {
  const page = await openComposerPage(context);
  // A web page cannot message the extension at all (no externally_connectable)...
  const fromPage = await page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    return typeof c?.runtime?.sendMessage;
  });
  expect(fromPage).toBe('undefined');
  // ...and the background answers nothing to messages outside its allow-list, even from
  // the extension's own contexts: an unknown type, a status with a bad shape, a content
  // message not sent from a supported site's tab.
  const answers = await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const tryIt = (m: unknown) => api.runtime.sendMessage(m).then((a) => a ?? null, (e: Error) => `rejected: ${e.message}`);
    return [await tryIt({ type: 'content:status', status: { site: 'facebook' } }), await tryIt({ type: 'evil:do-something' })];
  });
  // A service worker's own sendMessage reaches no listener of its own: nothing answered.
  for (const a of answers) expect(a === null || String(a).startsWith('rejected')).toBe(true);
  const badge = await serviceWorker.evaluate(async () =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}),
  );
  expect(badge).toBe('');
});
