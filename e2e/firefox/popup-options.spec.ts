// The popup (`?tabId=`), the options page and repaired storage, in Firefox. Extension pages
// send no BiDi load events: the harness opens them and waits on their document.
import { test, expect } from './firefox-test';
import { FACEBOOK_TEST_URL, INSTAGRAM_TEST_URL, readRawSettings, routeFacebookComposer, routeInstagramAccount, writeRawSettings, DEFAULT_SETTINGS } from '../popup-helpers';
import { waitForHost, waitForNoHost } from './pages';
import type { Page } from 'puppeteer-core';
import type { Page as PlaywrightPage } from '@playwright/test';
import { fbUrl, simState } from '../facebook-helpers';

type SharedContext = Parameters<typeof routeFacebookComposer>[0];
type SharedWorker = Parameters<typeof readRawSettings>[0];

const DEFAULTS = DEFAULT_SETTINGS;

/** The popup's status element: its attributes and whether it offers the switch. */
function popupStatus(popup: Page) {
  return popup.evaluate(() => {
    const el = document.querySelector('[data-testid="tab-status"]');
    return {
      site: el?.getAttribute('data-site') ?? null,
      audience: el?.getAttribute('data-audience') ?? null,
      canSwitch: !!document.querySelector('[data-action="make-private"]'),
    };
  });
}

test('the popup reports a public Facebook composer and its switch makes the post Friends', async ({ browserContext, openPopup }) => {
  const page = await browserContext.newPage();
  await page.goto(fbUrl('/'));
  await waitForHost(page, { audience: 'public' });
  const popup = await openPopup(page);
  await expect.poll(() => popupStatus(popup)).toEqual({ site: 'facebook', audience: 'public', canSwitch: true });
  await popup.click('[data-action="make-private"]');
  // The switch ran in the tab, on the simulator's own chooser, and the popup says so.
  await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="switch-outcome"]')?.getAttribute('data-ok')), { timeout: 20_000 }).toBe('true');
  expect((await simState(page as unknown as PlaywrightPage)).audience).toBe('friends');
  await expect.poll(async () => (await popupStatus(popup)).audience).toBe('friends');
});

test('the popup reports a private Instagram account without a switch, and an unsupported tab as none', async ({ browserContext, openPopup }) => {
  await routeInstagramAccount(browserContext as unknown as SharedContext, true);
  const page = await browserContext.newPage();
  await page.goto(INSTAGRAM_TEST_URL);
  const popup = await openPopup(page);
  await expect.poll(() => popupStatus(popup)).toEqual({ site: 'instagram', audience: 'private', canSwitch: false });
  const other = await browserContext.newPage();
  await other.goto('https://example.org/');
  const popup2 = await openPopup(other);
  await expect.poll(() => popupStatus(popup2)).toEqual({ site: 'none', audience: 'none', canSwitch: false });
});

test('switching Facebook off on the options page removes its warning; on brings it back', async ({ browserContext, openOptions, extension }) => {
  await routeFacebookComposer(browserContext as unknown as SharedContext, 'Public');
  const page = await browserContext.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await waitForHost(page, { audience: 'public' });
  const options = await openOptions();
  const toggle = () => options.evaluate(() => (document.querySelector('[data-setting="facebook-enabled"]') as HTMLInputElement).click());
  await toggle();
  await expect.poll(async () => ((await readRawSettings(extension as unknown as SharedWorker)) as typeof DEFAULTS).sites.facebook.enabled).toBe(false);
  await waitForNoHost(page);
  await toggle();
  await waitForHost(page, { audience: 'public' });
});

for (const [name, garbage] of [
  ['a string', 'garbage'],
  ['wrong types everywhere', { version: 'two', sites: 42, region: 'mars', extra: [1, 2] }],
] as const) {
  test(`garbage in storage (${name}) is repaired to defaults and the extension keeps working`, async ({ browserContext, extension, openOptions, pageErrors }) => {
    await writeRawSettings(extension as unknown as SharedWorker, garbage);
    await routeFacebookComposer(browserContext as unknown as SharedContext, 'Public');
    const page = await browserContext.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await waitForHost(page, { audience: 'public' });
    await expect.poll(() => readRawSettings(extension as unknown as SharedWorker)).toEqual(DEFAULTS);
    const options = await openOptions();
    await expect
      .poll(() => options.evaluate(() => (document.querySelector('[data-setting="facebook-enabled"]') as HTMLInputElement | null)?.checked))
      .toBe(true);
    expect(pageErrors).toEqual([]);
  });
}
