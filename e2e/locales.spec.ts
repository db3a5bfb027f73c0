// Languages in the real browser: Chromium started with --lang=<code> shows the popup in that
// language (chrome.i18n follows the browser's UI language), every fact keeps its source link,
// and no string falls back to its key. This is also how the demo takes its screenshots.
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tools/browser/chromium.mjs';
import { EXTENSION_PATH } from './extension-test';

const LOCALES_DIR = resolve(import.meta.dirname, '..', 'public', '_locales');
const messages = (dir: string) => JSON.parse(readFileSync(join(LOCALES_DIR, dir, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Chromium with the extension, in the UI language `lang` (the browser toolkit's launcher). */
async function launch(lang: string): Promise<{ context: BrowserContext; worker: Worker; close(): Promise<void> }> {
  const { context, serviceWorker, close } = await launchChromium({ extensionPath: EXTENSION_PATH, lang });
  return { context, worker: serviceWorker, close };
}

const test = base;

for (const [lang, dir] of [
  ['de', 'de'],
  ['fr', 'fr'],
  ['pt-BR', 'pt_BR'],
] as const) {
  test(`the popup speaks ${lang} when the browser does, and keeps every fact's source link`, async () => {
    const { context, worker, close } = await launch(lang);
    try {
      const extensionId = new URL(worker.url()).host;
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=999999`);
      const strings = messages(dir);
      const en = messages('en');
      await expect(popup.locator('[data-testid="tab-status"]')).toHaveAttribute('data-site', 'none');
      await expect(popup.locator('[data-testid="tab-status"] .status')).toHaveText(strings.popupUnsupported!.message);
      await expect(popup.locator('#why-title')).toHaveText(strings.popupWhyTitle!.message);
      expect(strings.popupWhyTitle!.message).not.toBe(en.popupWhyTitle!.message);
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang.slice(0, 2)}`));
      // The same sources in every language.
      const hrefs = await popup.locator('section.why a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(expect.arrayContaining([expect.stringContaining('petapixel.com'), expect.stringContaining('about.fb.com')]));
      // No string fell back to its key (t() returns the key when a message is missing).
      const text = await popup.locator('main').innerText();
      for (const key of Object.keys(en)) expect(text, key).not.toContain(key);
    } finally {
      await close();
    }
  });
}
