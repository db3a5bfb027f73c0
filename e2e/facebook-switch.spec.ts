// The one-click switch to Friends: it drives the simulated Facebook's own chooser,
// in both variants, slow or localised, and never touches the draft, the "Set as default
// audience" box or the Post button. Failures back out and leave the composer as it was.
import type { Page } from '@playwright/test';
import { test, expect, warningHost } from './extension-test';
import { composer, expectDraft, expectWarning, fbUrl, rerender, simState, writeDraft, type SimParams } from './facebook-helpers';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const en = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

const DRAFT = 'Lunch with the team today';

function switchLog(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('[Audience Guard] switch failed')) lines.push(m.text());
  });
  return lines;
}

async function switchAndExpectDone(page: Page, params: SimParams, path = '/') {
  await page.goto(fbUrl(path, params));
  const host = await expectWarning(page, { audience: 'public' });
  await writeDraft(page, DRAFT);
  await host.locator('[data-action="make-private"]').click();
  await expect(host).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(host).toHaveAttribute('data-audience', 'friends');
  // Done also stored Friends as the default audience: said in one sentence, with the setting's link.
  await expect(host.getByText(en.warningDoneDefaultFacebook!.message)).toBeVisible();
  await expect(host.getByRole('link', { name: en.warningDoneDefaultFacebookLink!.message })).toHaveAttribute('href', 'https://www.facebook.com/settings/?tab=posts');
  const state = await simState(page);
  expect(state.audience).toBe('friends');
  expect(state.defaultTicked).toBe(false);
  expect(state.defaultSet).toBeNull();
  expect(state.posted).toBe(false);
  expect(state.maxHostsPerDialog).toBe(1);
  await expect(composer(page).locator('[data-sim="audience-button"]').filter({ visible: true })).toHaveAttribute('aria-label', /./);
  await expectDraft(page, DRAFT);
  return host;
}

async function switchAndExpectError(page: Page, params: SimParams, messageKey: string, path = '/') {
  const log = switchLog(page);
  await page.goto(fbUrl(path, params));
  const host = await expectWarning(page, { audience: 'public' });
  await writeDraft(page, DRAFT);
  const panelBefore = (await simState(page)).panel;
  await host.locator('[data-action="make-private"]').click();
  await expect(host).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
  await expect(host).toHaveAttribute('data-audience', 'public');
  await expect(host.getByText(en[messageKey]!.message)).toBeVisible();
  const state = await simState(page);
  expect(state.audience).toBe('public');
  expect(state.defaultTicked).toBe(false);
  expect(state.posted).toBe(false);
  // Backed out: no chooser left open, the composer back on the panel it was on.
  expect(state.panel).toBe(panelBefore);
  await expect(page.locator('[role="dialog"]')).toHaveCount(1);
  await expectDraft(page, DRAFT);
  await expect.poll(() => log.length).toBe(1);
  return host;
}

test.describe('Facebook switch to Friends', () => {
  test('with 250 ms slides both ways, ends in done with Friends within 1.5 s of the click', async ({ context }) => {
    const page = await context.newPage();
    const timeouts: string[] = [];
    page.on('console', (m) => m.text().includes('waited for its timeout') && timeouts.push(m.text()));
    await page.goto(fbUrl('/', { slide: 250 }));
    const host = await expectWarning(page, { audience: 'public' });
    await writeDraft(page, DRAFT);
    // Timed in the page: from the (trusted) click on the switch to data-state="done".
    await host.evaluate((el) => {
      const w = window as unknown as { __switch: { clickAt: number; doneAt: number } };
      w.__switch = { clickAt: 0, doneAt: 0 };
      el.addEventListener('click', () => (w.__switch.clickAt ||= performance.now()), { capture: true });
      new MutationObserver(() => {
        if (el.getAttribute('data-state') === 'done') w.__switch.doneAt ||= performance.now();
      }).observe(el, { attributes: true });
    });
    await host.locator('[data-action="make-private"]').click();
    await expect(host).toHaveAttribute('data-state', 'done');
    await expect(host).toHaveAttribute('data-audience', 'friends');
    const { clickAt, doneAt } = await page.evaluate(() => (window as unknown as { __switch: { clickAt: number; doneAt: number } }).__switch);
    expect(clickAt).toBeGreaterThan(0);
    expect(doneAt - clickAt).toBeLessThan(1500);
    expect(timeouts).toEqual([]);
    expect(await simState(page)).toMatchObject({ audience: 'friends', defaultTicked: false, posted: false });
    await expectDraft(page, DRAFT);
  });

  test('switches through a chooser whose rows have no <label> (only a click on the radio works)', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectDone(page, { rows: 'plain', slide: 250 });
  });

  test('the Share dialog (no aria-label, "Share now") warns and switches', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { open: 0 }));
    await page.locator('[data-sim="share-post"]').click();
    const dialog = page.locator('[role="dialog"][aria-labelledby]');
    await expect(dialog).toBeVisible();
    await expect(dialog).not.toHaveAttribute('aria-label', /./);
    await expect(dialog.locator('form[method="POST"] [aria-label="Share now"]')).toHaveCount(1);
    const host = await expectWarning(page, { audience: 'public' });
    // Above the publish button, as in every composer.
    const hostBox = await host.boundingBox();
    const shareBox = await dialog.locator('[aria-label="Share now"]').boundingBox();
    expect(hostBox!.y + hostBox!.height).toBeLessThanOrEqual(shareBox!.y + 1);
    await composer(page).locator('[data-sim="editor"]').click();
    await page.keyboard.type('Look at this');
    await host.locator('[data-action="make-private"]').click();
    await expect(host).toHaveAttribute('data-state', 'done');
    await expect(host).toHaveAttribute('data-audience', 'friends');
    expect(await simState(page)).toMatchObject({ audience: 'friends', posted: false, defaultTicked: false });
    await expect(composer(page).locator('[data-sim="editor"]')).toHaveText('Look at this');
  });

  test('the Share dialog in Vietnamese (saved live markup): warns and switches', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { share: 1, lang: 'vi' }));
    await expect(page.locator('[aria-label="Chia sẻ ngay"]')).toHaveCount(1);
    const host = await expectWarning(page, { audience: 'public' });
    await host.locator('[data-action="make-private"]').click();
    await expect(host).toHaveAttribute('data-state', 'done');
    expect((await simState(page)).audience).toBe('friends');
  });

  test('switches through the in-place "Post audience" panel and keeps the draft and photo', async ({ context }) => {
    const page = await context.newPage();
    const host = await switchAndExpectDone(page, { chooser: 'inplace' });
    // The audience button itself now says Friends, in the visible panel.
    await expect(composer(page).locator('[data-sim="audience-button"]')).toHaveAttribute('aria-label', 'Edit privacy. Sharing with Friends.');
    await expect(host).toBeInViewport();
  });

  test('switches through the older "Select Audience" dialog with role=radio rows', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectDone(page, { chooser: 'dialog' });
    await expect(page.locator('[role="dialog"]')).toHaveCount(1);
  });

  test('waits for a chooser that takes three seconds to appear', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectDone(page, { slow: 3000 });
  });

  test('waits for a slow "Select Audience" dialog too', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectDone(page, { slow: 2500, chooser: 'dialog' });
  });

  for (const [lang, chooser] of [['de', 'inplace'], ['es', 'dialog'], ['fr', 'inplace'], ['pt', 'dialog'], ['vi', 'inplace'], ['it', 'dialog']] as const) {
    test(`switches in ${lang} (${chooser} chooser), reading the localised labels`, async ({ context }) => {
      const page = await context.newPage();
      await switchAndExpectDone(page, { lang, chooser });
    });
  }

  test('finds Friends behind "See more"', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectDone(page, { seemore: 1 });
  });

  test('switches the visible panel when a stale panel is mounted off-screen', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectDone(page, { stale: 1 });
  });

  test('from the profile\'s "Post settings" step without an audience button: goes Back, switches, returns; never Post', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/ana'));
    await expectWarning(page, { audience: 'public' });
    await writeDraft(page, DRAFT);
    await composer(page).locator('[data-sim="submit"]').filter({ visible: true }).click();
    await expect(composer(page).locator('[data-sim="settings-panel"]')).toBeInViewport();
    const host = await expectWarning(page, { audience: 'public' });
    await host.locator('[data-action="make-private"]').click();
    await expect(host).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    const state = await simState(page);
    expect(state).toMatchObject({ audience: 'friends', posted: false, defaultTicked: false, panel: 'settings' });
  });

  test('switches in the "Edit post" dialog and keeps its text and photo', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { edit: 1 }));
    const host = await expectWarning(page, { audience: 'public' });
    await host.locator('[data-action="make-private"]').click();
    await expect(host).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    expect((await simState(page)).audience).toBe('friends');
    await expectDraft(page, 'Sunset at the lake last night');
  });

  test('a Page composer without a Friends option: picks nothing else, backs out, explains', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectError(page, {}, 'errorFacebookNoFriends', '/lakesidebakery');
  });

  test('no Friends option in the "Select Audience" dialog: closes it and explains', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectError(page, { nofriends: 1, chooser: 'dialog' }, 'errorFacebookNoFriends');
  });

  test('a chooser that never appears ends in an error that says what to do by hand', async ({ context }) => {
    test.setTimeout(60_000);
    const page = await context.newPage();
    await switchAndExpectError(page, { nochooser: 1 }, 'errorFacebookChooserMissing');
  });

  test('a switch that does not stick (the check afterwards fails) ends in an error, composer as it was', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectError(page, { ignoredone: 1 }, 'errorFacebookVerifyFailed');
  });

  test('the error stays, in one host, while Facebook re-renders the composer', async ({ context }) => {
    const page = await context.newPage();
    await switchAndExpectError(page, { ignoredone: 1, chooser: 'dialog' }, 'errorFacebookVerifyFailed');
    await rerender(page, 5);
    await expect(warningHost(page)).toHaveCount(1);
    await expect(warningHost(page)).toHaveAttribute('data-state', 'error');
    expect((await simState(page)).maxHostsPerDialog).toBe(1);
  });

  test('the popup\'s switch drives the same chooser', async ({ context, openPopup }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/', { chooser: 'dialog' }));
    await expectWarning(page, { audience: 'public' });
    await writeDraft(page, DRAFT);
    const popup = await openPopup(page);
    const status = popup.locator('[data-testid="tab-status"]');
    await expect(status).toHaveAttribute('data-audience', 'public');
    await popup.locator('[data-action="make-private"]').first().click();
    await expect.poll(async () => (await simState(page)).audience, { timeout: 15_000 }).toBe('friends');
    expect(await simState(page)).toMatchObject({ posted: false, defaultTicked: false });
    await expectDraft(page, DRAFT);
  });

  test('a scripted (untrusted) click on the switch does nothing', async ({ context, settled }) => {
    const page = await context.newPage();
    await page.goto(fbUrl('/'));
    const host = await expectWarning(page, { audience: 'public' });
    await host.evaluate((el) => (el.shadowRoot?.querySelector('[data-action="make-private"]') as HTMLElement).click());
    // A switch would have opened the chooser synchronously from that click.
    await settled(page);
    expect((await simState(page)).chooserOpens).toBe(0);
    await expect(host).toHaveAttribute('data-state', 'warning');
  });

  test('a failed switch offers "Copy details for a bug report": the outline holds the control labels, not the draft or the name', async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
    const page = await context.newPage();
    await page.goto(fbUrl('/', { nochooser: 1, name: 'Zqxname Vwkmarker' }));
    const host = await expectWarning(page, { audience: 'public' });
    await composer(page).locator('[data-sim="editor"]').click();
    await page.keyboard.type('Zqxdraft secret words');
    await host.locator('[data-action="make-private"]').click();
    await expect(host).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
    await host.getByRole('button', { name: en.actionCopyReport!.message }).click();
    await expect(host.getByText(en.reportCopied!.message)).toBeVisible();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Audience Guard bug report');
    expect(report).toMatch(/extension version: \d+\.\d+/);
    expect(report).toContain('page language: en');
    expect(report).toContain('no audience chooser');
    for (const label of ['"Edit privacy. Sharing with Public."', '"Post"', '"Photo/video"', '"Close composer dialog"', 'role="dialog"', 'role="textbox"']) expect(report).toContain(label);
    for (const marker of [/zqxname/i, /vwkmarker/i, /zqxdraft/i, /secret/i]) expect(report).not.toMatch(marker);
  });
});
