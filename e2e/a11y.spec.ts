// Accessibility: axe-core finds zero violations on the popup (several states, light and
// dark), the options page, the welcome page and the inline warning inside its shadow root.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, warningHost } from './fixtures';
import { FACEBOOK_TEST_URL, routeFacebookComposer } from './popup-helpers';

async function violations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  // Name each violation with its nodes, so a failure says what to fix.
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`popup on a Facebook tab with a public composer has no axe violations (${theme})`, async ({ context, openPopup }) => {
    await routeFacebookComposer(context, 'Public');
    const page = await context.newPage();
    await page.goto(FACEBOOK_TEST_URL);
    await expect(warningHost(page)).toHaveCount(1);
    const popup = await openPopup(page);
    await popup.goto(`${popup.url()}&theme=${theme}`);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-audience', 'public');
    expect(await violations(popup)).toEqual([]);
  });

  test(`popup on an unsupported tab, region Europe, has no axe violations (${theme})`, async ({ context, openPopup }) => {
    const page = await context.newPage();
    await page.goto('https://example.org/');
    const popup = await openPopup(page);
    await popup.goto(`${popup.url()}&theme=${theme}`);
    await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-site', 'none');
    await popup.locator('[data-action="switch-region"]').click();
    await expect(popup.locator('section.why')).toHaveAttribute('data-region', 'europe');
    expect(await violations(popup)).toEqual([]);
  });
}

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

for (const scheme of ['light', 'dark'] as const) {
  test(`options page has no axe violations (${scheme})`, async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    await expect(options.locator('[data-setting="facebook-enabled"]')).toBeVisible();
    expect(await violations(options)).toEqual([]);
  });

  test(`welcome page has no axe violations (${scheme})`, async ({ context, extensionId }) => {
    const welcome = await context.newPage();
    await welcome.emulateMedia({ colorScheme: scheme });
    await welcome.goto(`chrome-extension://${extensionId}/src/welcome/index.html`);
    await expect(welcome.locator('h1')).toBeVisible();
    expect(await violations(welcome)).toEqual([]);
  });
}

test('the inline warning has no axe violations inside its shadow root (warning and Why open)', async ({ context }) => {
  await routeFacebookComposer(context, 'Public');
  const page = await context.newPage();
  await page.goto(FACEBOOK_TEST_URL);
  const host = warningHost(page);
  await expect(host).toHaveCount(1);
  expect(await violations(page, '[data-audience-guard="warning"]')).toEqual([]);
  const why = host.getByRole('button', { name: 'Why?' });
  if (await why.count()) {
    await why.click();
    expect(await violations(page, '[data-audience-guard="warning"]')).toEqual([]);
  }
});

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
  expect(seen).toContain('dismiss');
});
