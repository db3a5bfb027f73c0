// Accessibility: axe-core finds zero violations on the popup (several states, light and
// dark), the options page, the welcome page and the inline warning inside its shadow root;
// every action is reachable by keyboard with a visible focus.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, warningHost, warningAction } from './extension-test';
import { FACEBOOK_TEST_URL, INSTAGRAM_TEST_URL, routeFacebookComposer, routeInstagramAccount } from './popup-helpers';

const WARNING = '[data-audience-guard="warning"]';

// axe runs several full analyses per test; on a busy 2-core CI machine that takes a while.
test.describe.configure({ timeout: 120_000 });

/** axe's violations, each named with its nodes so that a failure says what to fix. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('popup on a Facebook tab with a public composer, light and dark, before and after the switch: no axe violations', async ({ context, openPopup }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await expect(warningHost(page)).toHaveCount(1);
  const popup = await openPopup(page);
  const base = popup.url();
  for (const theme of ['light', 'dark'] as const) {
    await popup.goto(`${base}&theme=${theme}`);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'public');
    expect(await violations(popup), theme).toEqual([]);
  }
  // With the switch's outcome shown (done or error, whichever this minimal page allows).
  await popup.locator('[data-action="make-private"]').click();
  await expect(popup.locator('[data-testid="switch-outcome"]')).toHaveAttribute('data-ok', /^(true|false)$/, { timeout: 25_000 });
  expect(await violations(popup), 'after the switch').toEqual([]);
});

test('popup on an unsupported tab (both regions) and on Instagram, light and dark: no axe violations', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto('https://example.org/');
  const popup = await openPopup(page);
  const base = popup.url();
  for (const theme of ['light', 'dark'] as const) {
    await popup.goto(`${base}&theme=${theme}`);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-site', 'none');
    expect(await violations(popup), `${theme}, elsewhere`).toEqual([]);
  }
  await popup.locator('[data-action="switch-region"]').selectOption('europe');
  await expect(popup.locator('section.why')).toHaveAttribute('data-region', 'europe');
  expect(await violations(popup), 'dark, europe').toEqual([]);

  await routeInstagramAccount(context, false);
  const instagram = await context.newPage();
  await instagram.goto(INSTAGRAM_TEST_URL);
  const igPopup = await openPopup(instagram);
  await expect(igPopup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'public', { timeout: 10_000 });
  expect(await violations(igPopup), 'instagram').toEqual([]);
});

test('popup with a muted site has no axe violations', async ({ context, extensionId, openPopup }) => {
  await routeFacebookComposer(context, 'Public');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.locator('[data-setting="facebook-public-on-purpose"]').check();
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-testid="muted"]')).toBeVisible();
  expect(await violations(popup)).toEqual([]);
});

test('options and welcome pages, light and dark: no axe violations', async ({ context, extensionId }) => {
  const page = await context.newPage();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(page.locator('[data-setting="facebook-enabled"]')).toBeVisible();
    expect(await violations(page), `options ${scheme}`).toEqual([]);
    await page.goto(`chrome-extension://${extensionId}/src/welcome/index.html`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await violations(page), `welcome ${scheme}`).toEqual([]);
  }
});

for (const dark of [false, true]) {
  test(`the inline warning has no axe violations inside its shadow root (${dark ? 'dark' : 'light'}: warning, Why open, after the switch)`, async ({ context }) => {
    await routeFacebookComposer(context, 'Public', dark);
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    const host = warningHost(page);
    await expect(host).toHaveAttribute('data-state', 'warning');
    expect(await violations(page, WARNING), 'warning').toEqual([]);
    const why = host.locator('button[aria-expanded]');
    if (await why.count()) {
      await why.first().click();
      expect(await violations(page, WARNING), 'why open').toEqual([]);
    }
    await warningAction(page, 'make-private').click();
    await expect(host).toHaveAttribute('data-state', /^(done|error)$/, { timeout: 25_000 });
    expect(await violations(page, WARNING), `state ${await host.getAttribute('data-state')}`).toEqual([]);
  });
}

test('the inline warning is reachable by keyboard with a visible focus', async ({ context }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  await expect(warningHost(page)).toHaveCount(1);
  const seen: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? { action: el.getAttribute('data-action'), outline: getComputedStyle(el).outlineStyle } : null;
    });
    if (focused?.action) {
      seen.push(focused.action);
      expect(focused.outline, `focus ring on ${focused.action}`).not.toBe('none');
    }
  }
  expect(seen).toEqual(expect.arrayContaining(['make-private', 'dismiss']));
});

test('every popup action is reachable by keyboard with a visible focus', async ({ context, openPopup }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const popup = await openPopup(page);
  await expect(popup.locator('[data-action="make-private"]')).toBeVisible();
  const interactive = await popup.locator('a[href], button').count();
  const reached = new Set<string>();
  for (let i = 0; i < interactive + 2; i += 1) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      (el as HTMLElement).dataset.keyboardReached = 'yes';
      return { id: el.getAttribute('data-action') ?? el.getAttribute('href') ?? el.textContent ?? '', outline: getComputedStyle(el).outlineStyle };
    });
    if (focused) {
      reached.add(focused.id);
      expect(focused.outline, `focus ring on ${focused.id}`).not.toBe('none');
    }
  }
  for (const action of ['make-private', 'switch-region', 'reset-stats']) expect([...reached]).toContain(action);
  // Every link and button shown was focused at least once (those inside the closed "More
  // facts" disclosure are not shown, so not focusable, until it is opened: the summary is).
  expect(await popup.locator('summary[data-keyboard-reached]').count()).toBe(1);
  expect(await popup.locator('a[href]:not([data-keyboard-reached]):visible, button:not([data-keyboard-reached]):visible').count()).toBe(0);
});
