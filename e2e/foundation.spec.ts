import { test, expect, warningHost } from './extension-test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

test('the built Chrome manifest has no web_accessible_resources and exactly the narrow permissions', () => {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', process.env.AG_OUT_DIR ?? 'dist', 'chrome/manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.web_accessible_resources).toBeUndefined();
  // `scripting`: to protect tabs already open when the extension is installed or updated
  // (README, "Permissions, and why").
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  expect([...manifest.host_permissions].sort()).toEqual(['https://www.facebook.com/*', 'https://www.instagram.com/*']);
  expect(manifest.optional_permissions).toBeUndefined();
  // One standalone content-script file per site, no loader, each only on its own site.
  expect(manifest.content_scripts).toHaveLength(2);
  const bySite = Object.fromEntries(manifest.content_scripts.map((c: { matches: string[]; js: string[] }) => [c.matches.join(), c.js]));
  expect(Object.keys(bySite).sort()).toEqual(['https://www.facebook.com/*', 'https://www.instagram.com/*']);
  for (const js of Object.values(bySite) as string[][]) {
    expect(js).toHaveLength(1);
    const script = readFileSync(resolve(import.meta.dirname, '..', process.env.AG_OUT_DIR ?? 'dist', 'chrome', js[0]!), 'utf8');
    expect(script).not.toMatch(/\bimport\s*\(/);
    expect(script).not.toMatch(/^\s*import\s/m);
  }
});

test('the Firefox build derives its manifest: event-page scripts, gecko id, no data collected', () => {
  const dist = resolve(import.meta.dirname, '..', process.env.AG_OUT_DIR ?? 'dist');
  const chrome = JSON.parse(readFileSync(resolve(dist, 'chrome/manifest.json'), 'utf8'));
  const firefox = JSON.parse(readFileSync(resolve(dist, 'firefox/manifest.json'), 'utf8'));
  expect(firefox.background.service_worker).toBeUndefined();
  expect(firefox.background.scripts).toHaveLength(1);
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  expect(firefox.web_accessible_resources).toBeUndefined();
  expect(firefox.permissions).toEqual(chrome.permissions);
  expect(firefox.host_permissions).toEqual(chrome.host_permissions);
  expect(firefox.content_scripts).toEqual(chrome.content_scripts);
});

test('the content script runs on facebook.com and answers the popup', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/');
  await expect(warningHost(page)).toHaveCount(1);
  const popup = await openPopup(page);
  const status = popup.locator('[data-testid="tab-status"]');
  await expect(status).toHaveAttribute('data-site', 'facebook');
});

test('the content script runs on instagram.com and answers the popup', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto('https://www.instagram.com/');
  const popup = await openPopup(page);
  await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-site', 'instagram');
});

test('the content script does not run on example.org', async ({ context, openPopup }) => {
  const page = await context.newPage();
  await page.goto('https://example.org/');
  // Loaded (content scripts would have run by the load event: document_idle), and the
  // popup's question reached the tab and found no content script to answer it.
  const popup = await openPopup(page);
  const status = popup.locator('[data-testid="tab-status"]');
  await expect(status).toHaveAttribute('data-site', 'none');
  await expect(status).toHaveAttribute('data-audience', 'none');
  await expect(warningHost(page)).toHaveCount(0);
  await expect(popup.locator('[data-action="make-private"]')).toHaveCount(0);
});
