// The options page and the settings behind it: per-site on/off, "I post publicly on
// purpose" (mutes the site's warnings, shown and undoable in the popup), the region, the
// numbers, and settings that repair themselves when storage holds garbage.
import { test, expect, warningHost } from './extension-test';
import { FACEBOOK_TEST_URL, readRawSettings, routeFacebookComposer, writeRawSettings, DEFAULT_SETTINGS } from './popup-helpers';

const DEFAULTS = DEFAULT_SETTINGS;

test('muting a site stops its warnings; the popup shows it muted and undoes it', async ({ context, extensionId, openPopup }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await expect(warningHost(page)).toHaveCount(1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator('[data-setting="facebook-public-on-purpose"]').check();
  await expect(options.locator('[data-testid="options-notice"]')).toHaveText('Saved.');
  // The open composer's warning goes away at once, without a reload.
  await expect(warningHost(page)).toHaveCount(0);

  const popup = await openPopup(page);
  await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'public');
  await expect(popup.locator('[data-testid="muted"]')).toBeVisible();
  await popup.locator('[data-action="unmute"]').click();
  await expect(popup.locator('[data-testid="muted"]')).toHaveCount(0);
  await expect(warningHost(page)).toHaveCount(1);
  // The options page follows changes made elsewhere.
  await expect(options.locator('[data-setting="facebook-public-on-purpose"]')).not.toBeChecked();
});

test('switching a site off removes its warnings; switching it on brings them back', async ({ context, extensionId }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await expect(warningHost(page)).toHaveCount(1);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const enabled = options.locator('[data-setting="facebook-enabled"]');
  await enabled.uncheck();
  await expect(warningHost(page)).toHaveCount(0);
  await enabled.check();
  await expect(warningHost(page)).toHaveCount(1);
});

for (const [name, garbage] of [
  ['a string', 'garbage'],
  ['wrong types everywhere', { version: 'two', sites: 42, region: 'mars', extra: [1, 2] }],
  ['half-broken sites', { version: 2, sites: { facebook: { enabled: 'yes', publicOnPurpose: null }, instagram: [] }, region: 7 }],
] as const) {
  test(`garbage in storage (${name}) is repaired to defaults and the extension keeps working`, async ({ context, serviceWorker, extensionId, pageErrors }) => {
    await writeRawSettings(serviceWorker, garbage);
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    // The content script read the garbage, fell back to defaults and still warns.
    await expect(warningHost(page)).toHaveCount(1);
    await expect.poll(() => readRawSettings(serviceWorker)).toEqual(DEFAULTS);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.locator('[data-setting="facebook-enabled"]')).toBeChecked();
    await expect(options.locator('[data-setting="facebook-public-on-purpose"]')).not.toBeChecked();
    await expect(options.locator('[data-setting="region-auto"]')).toBeChecked();
    expect(pageErrors).toEqual([]);
  });
}

test('settings stored by version 1 are migrated: a site switched off stays off, a muted site stays muted', async ({ serviceWorker, extensionId, context }) => {
  await writeRawSettings(serviceWorker, { version: 1, facebook: false, instagram: true, mutedSites: ['instagram'] });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await expect(options.locator('[data-setting="facebook-enabled"]')).not.toBeChecked();
  await expect(options.locator('[data-setting="instagram-enabled"]')).toBeChecked();
  await expect(options.locator('[data-setting="instagram-public-on-purpose"]')).toBeChecked();
  await expect.poll(() => readRawSettings(serviceWorker)).toEqual({
    version: 3,
    sites: { facebook: { enabled: false, publicOnPurpose: false, warnOnComments: true }, instagram: { enabled: true, publicOnPurpose: true, warnOnComments: true } },
    region: 'auto',
  });
});

test('the region can be chosen, and the numbers reset, on the options page', async ({ context, serviceWorker, extensionId }) => {
  await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ stats: { warningsShown: 5, postsSwitched: 2, accountsSwitched: 1 } });
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator('[data-setting="region-europe"]').check();
  // Storage may still be empty a moment after the click: poll until the write lands.
  await expect.poll(async () => ((await readRawSettings(serviceWorker)) as { region?: string } | undefined)?.region).toBe('europe');
  await expect(options.locator('[data-stat="warningsShown"]')).toHaveText('5');
  await options.locator('[data-action="reset-stats"]').click();
  await expect(options.locator('[data-stat="warningsShown"]')).toHaveText('0');
  await expect(options.locator('[data-stat="postsSwitched"]')).toHaveText('0');
  await expect(options.locator('[data-testid="options-notice"]')).toHaveText('The numbers are reset.');
});

test.describe(() => {
  // The install itself: only a new profile has one.
  test.use({ freshProfile: true });

  test('on install the welcome page opens and says, in half a screen, what it does, that it sends nothing, and how to try it', async ({ context, extensionId }) => {
    const url = `chrome-extension://${extensionId}/src/welcome/index.html`;
    const welcome = context.pages().find((p) => p.url() === url) ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === url }));
    await welcome.setViewportSize({ width: 1280, height: 900 });
    await expect(welcome.locator('h1')).toHaveText('Audience Guard is on');
    await expect(welcome.locator('main')).toContainText('sends nothing anywhere');
    await expect(welcome.locator('#try-title')).toBeVisible();
    // Half a screen: everything above the fold of a 900px window, with room to spare.
    const height = await welcome.locator('main').evaluate((m) => m.getBoundingClientRect().bottom);
    expect(height).toBeLessThanOrEqual(650);
    await expect(welcome.locator(`a[href="chrome-extension://${extensionId}/src/options/index.html"]`)).toBeVisible();
  });
});
