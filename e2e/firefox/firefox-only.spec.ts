// What only Firefox does, or does its own way: the UI language from Firefox's own locale,
// the event page suspended when idle and woken by a message, the `scripting` injection into
// tabs open at install, and the toolbar badge. Each needs a Firefox of its own.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './firefox-test';
import { fbUrl } from '../facebook-helpers';
import { actionTitle, badgeText } from '../popup-helpers';
import { waitForHost, waitForNoHost, HOST } from './pages';

type SharedWorker = Parameters<typeof badgeText>[0];
const LOCALES = resolve(import.meta.dirname, '..', '..', 'public', '_locales');
const messages = (dir: string) => JSON.parse(readFileSync(join(LOCALES, dir, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

test('Firefox in German shows the popup and the warning in German (language pack firefox-esr-l10n-de)', async ({ launch }) => {
  const de = messages('de');
  const en = messages('en');
  const h = await launch({ lang: 'de' });
  const page = await h.context.newPage();
  await page.goto(fbUrl('/', { lang: 'de' }));
  await waitForHost(page, { audience: 'public' });
  const warningText = await page.$eval(HOST, (host) => host.shadowRoot?.textContent ?? '');
  expect(de.warningPublicFacebook!.message).not.toBe(en.warningPublicFacebook!.message);
  expect(warningText).toContain(de.warningPublicFacebook!.message.split('$')[0]!.trim().slice(0, 20));
  const popup = await h.context.newPage();
  await h.session.openExtensionPage(popup, 'src/popup/index.html?tabId=999999');
  await expect.poll(() => popup.evaluate(() => document.querySelector('#why-title')?.textContent)).toBe(de.popupWhyTitle!.message);
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
  const text = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
  for (const key of Object.keys(en)) expect(text, key).not.toContain(key);
});

test('the event page is suspended when idle, and a content script message wakes it (the badge follows)', async ({ launch }) => {
  const h = await launch({ prefs: { 'extensions.background.idle.timeout': 1000 } });
  // A mark in the running event page; a suspended page's window is a dead object.
  await h.extension.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    const bg = (await ext.runtime.getBackgroundPage()) as Window & { __agMark?: true };
    bg.__agMark = true;
    (window as unknown as { __agBg: Window }).__agBg = bg;
  });
  await expect
    .poll(
      () =>
        h.extension.evaluate(() => {
          try {
            return (window as unknown as { __agBg: Window }).__agBg.closed;
          } catch {
            return true; // "can't access dead object": the event page is gone
          }
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
  // The content script's status message wakes it: only a running event page sets the badge.
  const page = await h.context.newPage();
  await page.goto(fbUrl('/'));
  await waitForHost(page, { audience: 'public' });
  const tabId = await h.tabIdOf(page);
  await expect.poll(() => badgeText(h.extension as unknown as SharedWorker, tabId)).toBe('!');
  const fresh = await h.extension.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
    return ((await ext.runtime.getBackgroundPage()) as Window & { __agMark?: true }).__agMark ?? null;
  });
  expect(fresh).toBeNull();
});

test('a Facebook tab open before the install gets the content script through `scripting`', async ({ launch }) => {
  const h = await launch({ install: false });
  const page = await h.context.newPage();
  await page.goto(fbUrl('/'));
  await page.waitForSelector('[role="dialog"]');
  expect(await page.$$eval(HOST, (hosts) => hosts.length)).toBe(0);
  await h.session.installExtension();
  await waitForHost(page, { audience: 'public', state: 'warning' });
  expect((await h.settled(page)).audience).toBe('public');
});

test('the toolbar badge says "!" on a public composer and clears when the audience is Friends', async ({ browserContext, extension, tabIdOf }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/'));
  await waitForHost(page, { audience: 'public' });
  const tabId = await tabIdOf(page);
  const worker = extension as unknown as SharedWorker;
  await expect.poll(() => badgeText(worker, tabId)).toBe('!');
  expect(await actionTitle(worker, tabId)).toBe(messages('en').badgeTitlePublic!.message);
  await page.goto(fbUrl('/', { audience: 'friends' }));
  await waitForNoHost(page);
  await expect.poll(() => badgeText(worker, tabId)).toBe('');
});
